// npm run bench — performance of the core scan in Node (linkedom).
//
// Sections are plain functions run in order; add a section (bundle sizes, in-browser timings…) by
// writing another `async function xxxSection(): Promise<void>` and listing it in SECTIONS.
//
// Scan section: for every fixture page (test/fixtures/forms/*.html) and a generated page of
// 10,000 controls, the median over RUNS runs of scanRoot() against the bare cost of reading the
// same controls: one querySelectorAll of the controls, then each one's name, id, placeholder,
// aria-label and `labels` text. linkedom does not implement `labels`, so the baseline computes
// it the way a browser does natively — one label[for] map per page plus the wrapping <label> —
// rather than leaving it out (which would make the baseline artificially cheap) or querying the
// document per control (which would make it artificially expensive).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../src/cli/parse-html';
import { extractFields } from '../src/core/extract';
import { classifyField } from '../src/core/classify';
import { scanRoot } from '../src/core/scan';

const RUNS = 7;
const FORMS_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'forms');
const CONTROL_SELECTOR =
  'input:not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea, [contenteditable], [role=textbox], [role=combobox], [role=radio], [role=checkbox], [role=listbox], [role=spinbutton]';
const PAGE_URL = 'https://oa.example.cn/form';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * CPU time of this process (user + system) in ms. Wall time is meaningless on a shared machine
 * (other builds and tests running); CPU time of the same work is stable.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeMs(run: () => unknown): number {
  const start = cpuMs();
  run();
  return cpuMs() - start;
}

/**
 * Median time of one `run` over RUNS batches, after warm-up. Small pages are repeated within a
 * batch until the batch lasts ≥ 20 ms, so timer resolution and GC noise do not decide the ratio.
 */
function measure(run: () => unknown): number {
  const first = timeMs(run);
  run();
  const perBatch = Math.max(1, Math.min(500, Math.ceil(20 / Math.max(first, 0.01))));
  return median(
    Array.from(
      { length: RUNS },
      () =>
        timeMs(() => {
          for (let i = 0; i < perBatch; i++) run();
        }) / perBatch,
    ),
  );
}

/** The bare reading of the controls that the scan is compared with (see the header). */
export function enumerateControls(root: Document): number {
  let sink = 0;
  const labelsByFor = new Map<string, string>();
  const controls = root.querySelectorAll(CONTROL_SELECTOR);
  let needsLabelMap = false;
  const read = (el: Element): string => {
    const native = (el as { labels?: ArrayLike<Element> | null }).labels;
    if (native !== undefined)
      return Array.from(native ?? [])
        .map((l) => l.textContent ?? '')
        .join(' ');
    if (!needsLabelMap) {
      needsLabelMap = true;
      for (const label of Array.from(root.querySelectorAll('label[for]')))
        labelsByFor.set(label.getAttribute('for') ?? '', label.textContent ?? '');
    }
    const id = el.getAttribute('id');
    return `${id ? (labelsByFor.get(id) ?? '') : ''}${el.closest('label')?.textContent ?? ''}`;
  };
  for (const el of Array.from(controls)) {
    const parts = [
      el.getAttribute('name'),
      el.getAttribute('id'),
      el.getAttribute('placeholder'),
      el.getAttribute('aria-label'),
      read(el),
    ];
    for (const p of parts) sink += p ? p.length : 0;
  }
  return sink;
}

/** A page of `count` controls in the shapes real forms use (label for, wrapping label, table rows, radio groups, selects). */
export function generatedPage(count: number): string {
  const rows: string[] = [];
  const labels = ['姓名', '手机号', '身份证号', '体温', '所在城市', '项目名称', 'Email', 'Department', '备注', '学号'];
  for (let i = 0; rows.length < count; i++) {
    const label = labels[i % labels.length]!;
    switch (i % 5) {
      case 0:
        rows.push(
          `<div class="form-group"><label for="f${i}">${label}</label><input id="f${i}" name="f${i}" placeholder="请输入${label}"></div>`,
        );
        break;
      case 1:
        rows.push(`<p><label>${label} <input name="f${i}" type="text"></label></p>`);
        break;
      case 2:
        rows.push(`<table><tr><td>${label}</td><td><input name="f${i}" aria-label="${label}"></td></tr></table>`);
        break;
      case 3:
        rows.push(
          `<div>${label}：<input type="radio" name="r${i}" value="1">是<input type="radio" name="r${i}" value="0">否</div>`,
          '',
        );
        break;
      default:
        rows.push(
          `<div class="el-form-item"><label class="el-form-item__label">${label}</label><select name="f${i}"><option>请选择</option><option>A</option></select></div>`,
        );
    }
  }
  return `<!doctype html><html><head><title>Generated form</title></head><body><form action="/submit">${rows.join('\n')}</form></body></html>`;
}

interface PageTiming {
  page: string;
  controls: number;
  enumerateMs: number;
  scanMs: number;
  extractMs: number;
  scanRootMs: number;
  ratio: number;
}

/** The scan of the performance target: find and describe every control, then classify each. */
function extractAndClassify(document: Document): number {
  const { descriptors } = extractFields(document);
  let personal = 0;
  for (const d of descriptors) if (classifyField(d).category) personal++;
  return personal;
}

function benchPage(page: string, html: string): PageTiming {
  const { document } = parseHtml(html);
  const controls = document.querySelectorAll(CONTROL_SELECTOR).length;
  const enumerateMs = measure(() => enumerateControls(document));
  const scanMs = measure(() => extractAndClassify(document));
  const extractMs = measure(() => extractFields(document));
  const scanRootMs = measure(() => scanRoot(document, { pageUrl: PAGE_URL }));
  return { page, controls, enumerateMs, scanMs, extractMs, scanRootMs, ratio: scanMs / enumerateMs };
}

async function scanSection(): Promise<void> {
  console.log(`## scan (extract + classify) vs bare enumeration (median CPU ms of ${RUNS} runs, linkedom)`);
  console.log('   scanRoot = scan + notice/page facts + transport, shown for information');
  let files: string[] = [];
  try {
    files = readdirSync(FORMS_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort();
  } catch {
    /* no fixtures yet */
  }
  const pages = files.map((f) => ({ page: f, html: readFileSync(join(FORMS_DIR, f), 'utf8') }));
  pages.push({ page: 'generated-10000-controls', html: generatedPage(10_000) });
  // One discarded pass first: otherwise the first pages pay for JIT warm-up and look slow.
  for (const { page, html } of pages) if (page !== 'generated-10000-controls') benchPage(page, html);
  const timings: PageTiming[] = pages.map(({ page, html }) => benchPage(page, html));
  const width = Math.max(...timings.map((t) => t.page.length));
  for (const t of timings) {
    console.log(
      `${t.page.padEnd(width)}  controls=${String(t.controls).padStart(5)}  enumerate=${t.enumerateMs.toFixed(2)}ms  scan=${t.scanMs.toFixed(2)}ms (extract ${t.extractMs.toFixed(2)}ms)  scanRoot=${t.scanRootMs.toFixed(2)}ms  ratio=${t.ratio.toFixed(2)}`,
    );
  }
  overallRatio = `ratio scan/enumerate median=${median(timings.map((t) => t.ratio)).toFixed(2)}`;
  console.log(overallRatio);
}

async function linearitySection(): Promise<void> {
  console.log('## linearity (extract + classify on generated pages, median CPU ms)');
  const at = (n: number): number => {
    const { document } = parseHtml(generatedPage(n));
    return measure(() => extractAndClassify(document));
  };
  const small = at(1_000);
  const large = at(10_000);
  const ratio = large / small;
  console.log(
    `1000 controls=${small.toFixed(1)}ms  10000 controls=${large.toFixed(1)}ms  time ratio=${ratio.toFixed(2)} (linear ≈ 10; quadratic ≈ 100)`,
  );
}

/**
 * The same comparison in Chromium (real DOM, native `labels`), on the generated 10,000-control
 * page: core bundled with esbuild (already installed with tsx/vite), wall-clock medians in the page.
 * Skipped when no Chromium is found (set CHROMIUM_PATH).
 */
async function browserSection(): Promise<void> {
  const executablePath =
    process.env.CHROMIUM_PATH ??
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (!executablePath) {
    console.log('## in-browser: skipped (no Chromium found; set CHROMIUM_PATH)');
    return;
  }
  console.log(`## in-browser (Chromium, generated 10,000 controls, median wall ms of ${RUNS} runs)`);
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: {
      contents:
        "import { extractFields } from './src/core/extract'; import { classifyField } from './src/core/classify'; (globalThis as any).__fw = { extractFields, classifyField };",
      resolveDir: join(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(generatedPage(10_000));
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    // Plain JS text: tsx compiles this file with helpers (__name) that do not exist in the page.
    const inPage = `(() => {
      const fw = globalThis.__fw;
      const selector = ${JSON.stringify(CONTROL_SELECTOR)};
      const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
      const enumerate = () => {
        let n = 0;
        for (const el of document.querySelectorAll(selector)) {
          n += (el.getAttribute('name') ?? '').length + el.id.length + (el.getAttribute('placeholder') ?? '').length + (el.getAttribute('aria-label') ?? '').length;
          for (const l of el.labels ?? []) n += (l.textContent ?? '').length;
        }
        return n;
      };
      const scan = () => { for (const d of fw.extractFields(document).descriptors) fw.classifyField(d); };
      enumerate(); scan();
      const e = [], s = [];
      for (let i = 0; i < ${RUNS}; i++) {
        let t0 = performance.now(); enumerate(); e.push(performance.now() - t0);
        t0 = performance.now(); scan(); s.push(performance.now() - t0);
      }
      return { enumerate: med(e), scan: med(s) };
    })()`;
    const t = await page.evaluate<{ enumerate: number; scan: number }>(inPage);
    console.log(
      `chromium enumerate=${t.enumerate.toFixed(1)}ms  scan=${t.scan.toFixed(1)}ms  ratio=${(t.scan / t.enumerate).toFixed(2)}`,
    );
  } finally {
    await browser.close();
  }
}

/** Heap kept by one scan of the 10,000-control page (Node; the scan result, not the page). */
async function memorySection(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const { document } = parseHtml(generatedPage(10_000));
  scanRoot(document, { pageUrl: PAGE_URL });
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = scanRoot(document, { pageUrl: PAGE_URL });
  gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `## memory\nscan result for 10,000 controls: ${((after - before) / 1024 / 1024).toFixed(1)} MB heap (${kept.fields.length} fields${gc ? '' : '; run with --expose-gc for a steadier figure'})`,
  );
}

/** Bundle sizes and per-page scan timings of the built extension in Chromium. */
async function extensionSection(): Promise<void> {
  const { contentBundleFigures, inBrowserScanTimings, formatExtensionBench } = await import('./bench-extension');
  console.log('## extension (built dist/, Chromium)');
  try {
    const timings = existsSync('/usr/bin/chromium') || process.env.CHROMIUM_PATH ? await inBrowserScanTimings() : [];
    console.log(formatExtensionBench(contentBundleFigures(), timings));
  } catch (error) {
    console.log(`extension: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}

/** Hostile page kinds with vs without the extension: added stall and blocking time, badge (scripts/bench-hostile.ts). */
async function hostileSection(): Promise<void> {
  const { hostileSection: measure } = await import('./bench-hostile');
  try {
    if (existsSync('/usr/bin/chromium') || process.env.CHROMIUM_PATH)
      await measure(Number(process.env.HOSTILE_RUNS ?? 5));
    else console.log('## hostile pages: skipped (no Chromium found)');
  } catch (error) {
    console.log(
      `hostile pages: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  }
}

/** The consent ledger with 100,000 records: open + filter (Node with fake-indexeddb, and Chromium). */
async function ledgerSection(): Promise<void> {
  const { benchLedger } = await import('./bench-ledger');
  console.log('## consent ledger (100,000 records; budget 200 ms to open and filter)');
  await benchLedger({ records: Number(process.env.LEDGER_RECORDS ?? 100_000) });
}

let overallRatio = '';
const SECTIONS: (() => Promise<void>)[] = [
  scanSection,
  linearitySection,
  browserSection,
  memorySection,
  extensionSection,
  hostileSection,
  ledgerSection,
];

// `npm run bench -- --node`: the Node sections only (scan, linearity, memory), no browser.
const NODE_SECTIONS = new Set<() => Promise<void>>([scanSection, linearitySection, memorySection]);
const nodeOnly = process.argv.includes('--node');
for (const section of SECTIONS) if (!nodeOnly || NODE_SECTIONS.has(section)) await section();
// The summary line again, last, for scripts that read the final line.
if (overallRatio) console.log(overallRatio);
process.exit(0);
