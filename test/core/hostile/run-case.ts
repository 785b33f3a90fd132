// Child-process runner for cases that may hang: `npx tsx test/core/hostile/run-case.ts <generator> [args…]`
// runs the whole pipeline on the generated page and prints one JSON line of figures, so the
// test can kill it after a hard timeout instead of freezing the test worker.
import * as generators from './generators';
import { runPipeline } from './helpers';

const [name, ...rest] = process.argv.slice(2);
const generate = (generators as unknown as Record<string, (...args: number[]) => string>)[name ?? ''];
if (!generate) {
  process.stderr.write(`unknown generator ${name}\n`);
  process.exit(2);
}
const html = generate(...rest.map(Number));
try {
  const run = runPipeline(html);
  process.stdout.write(
    `${JSON.stringify({ ok: true, fields: run.report.summary.fields, findings: run.report.summary.findings, parseMs: run.parseMs, scanMs: run.scanMs, evaluateMs: run.evaluateMs, totalMs: run.totalMs })}\n`,
  );
} catch (error) {
  process.stdout.write(
    `${JSON.stringify({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })}\n`,
  );
}
