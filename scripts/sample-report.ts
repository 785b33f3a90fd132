// What `npm start` prints for each sample, in Chromium (start.ts) and Firefox (start-firefox.ts).
import type { Report } from '../src/core/types';
import { poll } from '../test/browser/harness';

/** The badge once SPA pages stop changing: two equal readings in a row (or the last one seen). */
export async function settledBadge(read: () => Promise<string>, name: string): Promise<string> {
  let badge: string | null = null;
  await poll(
    async () => {
      const now = await read();
      const stable = now === badge;
      badge = now;
      return stable;
    },
    `badge on ${name}`,
    8000,
    150,
  ).catch(() => undefined);
  return badge ?? '';
}

/** One line for the sample, then one per finding. */
export function printSample(name: string, badge: string, report: Report | undefined): void {
  const findings = report?.findings ?? [];
  console.log(`${name}: badge "${badge}" — ${findings.length} finding(s), purpose ${report?.purpose.id ?? '?'}`);
  for (const f of findings)
    console.log(
      `  [${f.severity}] ${f.rule}/${f.check}: ${f.message.en}${f.fields.length ? `  (${f.fields.join(', ')})` : ''}`,
    );
}
