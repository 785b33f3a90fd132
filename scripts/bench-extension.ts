// Extension figures for `npm run bench`: the content-script bundle size (gzip; budget ≤ 30 KB, no
// Preact or Dexie inside) and in-browser scan timings on fixture pages (Chromium + the built
// extension). The bench owner calls these; `tsx scripts/bench-extension.ts` prints them alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CONTENT_BUDGET_GZIP_BYTES = 30 * 1024;
const ROOT = resolve(import.meta.dirname, '..');

export interface BundleFigures {
  file: string;
  bytes: number;
  gzipBytes: number;
  withinBudget: boolean;
  /** Libraries that must not be in the content script, found by their tell-tale strings. */
  forbidden: { preact: boolean; dexie: boolean };
  mainWorld: { bytes: number; gzipBytes: number };
}

export function contentBundleFigures(dist = join(ROOT, 'dist')): BundleFigures {
  const file = join(dist, 'src/content/index.js');
  if (!existsSync(file)) throw new Error(`${file} missing: run npm run build first`);
  const code = readFileSync(file);
  const text = code.toString('utf8');
  const main = readFileSync(join(dist, 'src/content/main-world.js'));
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  return {
    file: 'dist/src/content/index.js',
    bytes: code.length,
    gzipBytes,
    withinBudget: gzipBytes <= CONTENT_BUDGET_GZIP_BYTES,
    forbidden: {
      preact: /dangerouslySetInnerHTML|__PREACT_DEVTOOLS__|preact/.test(text),
      dexie: /Dexie|IDBKeyRange/.test(text),
    },
    mainWorld: { bytes: main.length, gzipBytes: gzipSync(main, { level: 9 }).length },
  };
}

export interface ScanTiming {
  page: string;
  fields: number;
  findings: number;
  /** Longest single scanRoot call in the content script (ms). */
  /** The longest the content script held the page's main thread at once (scans run in idle slices). */
  longestSliceMs: number;
  /** The core's one-off warm-up (vocabularies compiled) in its own idle task (ms). */
  warmUpMs: number;
  /** All scanning work on the page (ms). */
  totalScanMs: number;
  /** From navigation start to the badge showing (ms), or null if the page has no findings. */
  timeToBadgeMs: number | null;
}

/** Loads each fixture page in Chromium with the extension and reads the content script's timings. */
export async function inBrowserScanTimings(
  pagesDir = join(ROOT, 'test/fixtures/forms'),
  limit = 40,
): Promise<ScanTiming[]> {
  const h = await import('../test/browser/harness');
  h.ensureBuilt();
  const server = await h.serveStatic([pagesDir]);
  const b = await h.launchWithExtension({ headless: true });
  const out: ScanTiming[] = [];
  try {
    for (const name of readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .slice(0, limit)) {
      const page = await b.context.newPage();
      const started = Date.now();
      await page.goto(server.url(`/${name}`), { waitUntil: 'load' });
      const tabId = await h.tabIdOf(b.worker, page.url());
      const reply = await h.poll(() => h.reportFor(page, b.extensionId, tabId), `report for ${name}`);
      let timeToBadgeMs: number | null = null;
      if (reply.report.findings.length) {
        await h.poll(async () => (await h.badgeText(b.worker, tabId)) !== '', `badge on ${name}`);
        timeToBadgeMs = Date.now() - started;
      }
      const stats = await h.contentStats(page);
      out.push({
        page: name,
        fields: reply.report.fields.length,
        findings: reply.report.findings.length,
        longestSliceMs: round(stats?.longestSliceMs),
        warmUpMs: round(stats?.warmUpMs),
        totalScanMs: round(stats?.totalScanMs),
        timeToBadgeMs,
      });
      await page.close();
    }
  } finally {
    await b.close();
    await server.close();
  }
  return out;
}

const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;

export function formatExtensionBench(bundle: BundleFigures, timings: ScanTiming[]): string {
  const lines = [
    `content script: ${(bundle.bytes / 1024).toFixed(1)} KB, ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzip (budget 30 KB: ${bundle.withinBudget ? 'ok' : 'OVER'}); preact ${bundle.forbidden.preact ? 'FOUND' : 'absent'}, dexie ${bundle.forbidden.dexie ? 'FOUND' : 'absent'}`,
    `main-world script: ${(bundle.mainWorld.bytes / 1024).toFixed(1)} KB, ${(bundle.mainWorld.gzipBytes / 1024).toFixed(1)} KB gzip`,
  ];
  if (timings.length) {
    const sorted = timings.map((t) => t.longestSliceMs).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    lines.push(
      `in-browser scans on ${timings.length} fixture pages: longest main-thread slice median ${median} ms, max ${sorted.at(-1)} ms`,
    );
    for (const t of timings)
      lines.push(
        `  ${t.page.padEnd(48)} ${String(t.fields).padStart(3)} fields ${String(t.findings).padStart(2)} findings  longest slice ${t.longestSliceMs} ms (scans total ${t.totalScanMs}, warm-up ${t.warmUpMs})  badge ${t.timeToBadgeMs ?? '-'} ms`,
      );
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const timings = process.argv.includes('--size-only') ? [] : await inBrowserScanTimings();
  console.log(formatExtensionBench(contentBundleFigures(), timings));
}
