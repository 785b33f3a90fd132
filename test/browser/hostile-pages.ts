// Hostile page kinds for the browser test and `npm run bench` (issue 14), generated on request so
// the repository holds the recipe, not megabytes of HTML. Every page records its long tasks from
// the start of its <head> (PerformanceObserver 'longtask', buffered) in `__longTasks`, frames
// included, and sets `__ready` once its own building is over. The personal questions they hold are
// the ones a user fills in: the badge must be set on each.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from './harness';

export interface HostilePage {
  /** Short name printed by the bench. */
  name: string;
  path: string;
  /** Holds personal fields: the badge must be set. */
  personal: boolean;
  /** Page script to run after load (the mutation storm), resolved when the page is done with it. */
  afterLoad?: string;
  /** Why this kind does not meet its limits yet (issue 14 stays open): the browser test skips it, the bench still prints it. */
  knownOpen?: string;
  /**
   * The page's own loading varies from run to run by more than the test's limits, with or without
   * the extension: the browser test holds our own work inside long tasks (and the badge), not the
   * difference of two loads. The bench prints both.
   */
  noisyLoad?: string;
}

/** Long tasks from the very start, for the measurer to read (in every frame). */
const RECORD_LONG_TASKS = `<script>window.__longTasks=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__longTasks.push({start:performance.timeOrigin+e.startTime,duration:e.duration})}).observe({type:'longtask',buffered:true});</script>`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${RECORD_LONG_TASKS}</head><body>${body}</body></html>`;

const PERSONAL_LABELS = ['Date of birth', 'Social security number', '身份证号', 'Home address', 'Mobile phone number'];
const FILLER = 'Please read the following general information carefully before completing this section of the form. ';

/** (a) Each input named by aria-labelledby: ~100 long shared texts, then its own short label. */
function labelledBy(): string {
  const texts = Array.from({ length: 100 }, (_, i) => `<p id="t${i}">${FILLER.repeat(5)}(${i})</p>`).join('');
  const refs = Array.from({ length: 100 }, (_, i) => `t${i}`).join(' ');
  const inputs = Array.from({ length: 30 }, (_, i) => {
    const own = PERSONAL_LABELS[i % PERSONAL_LABELS.length]!;
    return `<p><span id="own${i}">${own}</span><input name="q${i}" aria-labelledby="${refs} own${i}"></p>`;
  }).join('');
  return page(
    'Labels of many references',
    `<div hidden>${texts}</div><form action="/submitted.html">${inputs}</form><script>window.__ready=true</script>`,
  );
}

const FRAMES = 30;
const FIELDS_PER_FRAME = 200;

/** (b) 30 same-origin frames of 200 fields each, stacked (most start below the fold). */
function frames(): string {
  const list = Array.from(
    { length: FRAMES },
    (_, i) => `<iframe src="/hostile-gen/frame.html?i=${i}" style="display:block;width:900px;height:400px"></iframe>`,
  ).join('');
  return page('Thirty frames', `<h1>Thirty frames</h1>${list}<script>window.__ready=true</script>`);
}

function fields(count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, i) => {
    const label = i < PERSONAL_LABELS.length ? PERSONAL_LABELS[i]! : `Item ${prefix}${i} remarks`;
    return `<tr><td><label for="${prefix}${i}">${label}</label></td><td><input id="${prefix}${i}" name="${prefix}${i}"></td></tr>`;
  });
}

function frame(i: number): string {
  return page(
    `Frame ${i}`,
    `<form action="/submitted.html"><table>${fields(FIELDS_PER_FRAME, `f${i}_`).join('')}</table></form>`,
  );
}

/** (c) 10,000 fields in a table layout. */
function table(): string {
  return page(
    'Ten thousand fields',
    `<form action="/submitted.html"><table>${fields(10_000, 'c').join('')}</table></form><script>window.__ready=true</script>`,
  );
}

/**
 * (d) Hundreds of nested open shadow roots, a field in each, and as many side by side, built by page
 * script in one task after load (web components render when the app starts).
 */
function deepShadow(): string {
  return page(
    'Deep shadow trees',
    `<form action="/submitted.html" id="f"></form><div id="row"></div><script>
addEventListener('load', () => {
  let host = document.getElementById('f');
  const labels = ${JSON.stringify(PERSONAL_LABELS)};
  for (let i = 0; i < 300; i++) {
    const inner = document.createElement('div');
    host.append(inner);
    const root = inner.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><label for="s' + i + '">' + (labels[i] || 'Level ' + i + ' note') + '</label><input id="s' + i + '" name="s' + i + '"></p><div></div>';
    host = root.lastElementChild;
  }
  const row = document.getElementById('row');
  for (let i = 0; i < 300; i++) {
    const item = document.createElement('div');
    row.append(item);
    item.attachShadow({ mode: 'open' }).innerHTML = '<label>Remark ' + i + ' <input name="r' + i + '"></label>';
  }
  window.__ready = true;
});
</script>`,
  );
}

/** Huge option lists (10,000 options × 3) and huge values (1 MB each) beside personal fields. */
function hugeOptionsAndValues(): string {
  const options = Array.from({ length: 10_000 }, (_, i) => `<option value="${i}">Option number ${i}</option>`).join('');
  const selects = ['Nationality', 'Place of birth', 'Department'].map(
    (l, i) => `<p><label for="o${i}">${l}</label><select id="o${i}" name="o${i}">${options}</select></p>`,
  );
  const big = 'x'.repeat(1_000_000);
  return page(
    'Huge option lists and values',
    `<form action="/submitted.html">${selects.join('')}<p><label for="id">National ID number</label><input id="id" name="id" value="${big}"></p><p><label for="addr">Home address</label><textarea id="addr" name="addr">${big}</textarea></p></form><script>window.__ready=true</script>`,
  );
}

/**
 * (f) Thousands of notice items: privacy links, consent boxes and notice paragraphs (a page built
 * to defeat the notice pass's bounds: one 4 s step in Node before it paused per item), beside
 * personal questions.
 */
function noticeItems(): string {
  const group = (count: number, item: (i: number) => string) =>
    Array.from(
      { length: count / 20 },
      (_, g) => `<div>${Array.from({ length: 20 }, (_, i) => item(g * 20 + i)).join('')}</div>`,
    ).join('');
  const links = group(2_000, (i) => `<a href="#n${i}">Privacy policy</a> `);
  const boxes = group(
    2_000,
    (i) => `<label><input type="checkbox" name="c${i}"> I agree to the processing of my personal data (${i})</label>`,
  );
  const blocks = group(
    1_000,
    () =>
      `<p>Privacy notice: we collect your name and ID number only for building access and delete them after 30 days.</p>`,
  );
  const questions = PERSONAL_LABELS.map(
    (l, i) => `<p><label for="q${i}">${l}</label><input id="q${i}" name="q${i}"></p>`,
  );
  return page(
    'Notice items',
    `${links}${blocks}<form action="/submitted.html">${questions.join('')}${boxes}</form><script>window.__ready=true</script>`,
  );
}

const GENERATED: Record<string, (url: URL) => string> = {
  'labelledby.html': labelledBy,
  'frames.html': frames,
  'frame.html': (url) => frame(Number(url.searchParams.get('i') ?? 0)),
  'table.html': table,
  'shadow.html': deepShadow,
  'huge.html': hugeOptionsAndValues,
  'notice-items.html': noticeItems,
};

/** Serves the generated pages under /hostile-gen/ (a route for harness.serveStatic). */
export const hostilePagesRoute: Route = (req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (!url.pathname.startsWith('/hostile-gen/')) return false;
  const make = GENERATED[url.pathname.slice('/hostile-gen/'.length)];
  if (!make) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(make(url));
  return true;
};

/** Every kind of hostile page, in the order the bench prints them. */
export const HOSTILE_PAGES: HostilePage[] = [
  { name: 'aria-labelledby ×100 long parts', path: '/hostile-gen/labelledby.html', personal: true },
  // Measured from the page's load, once every frame has loaded (bench-hostile.ts longTasks): from
  // the first frame's load, the other frames' own parsing made 200–1,450 ms of blocking time
  // without the extension, varying from run to run.
  { name: '30 frames × 200 fields', path: '/hostile-gen/frames.html', personal: true },
  {
    name: '10,000 fields in a table',
    path: '/hostile-gen/table.html',
    // Its own parsing task (434–939 ms on CI), which ends with the load event, varied more than the
    // limits: the measurer leaves out the task that began before the load (bench-hostile.ts LongTask).
    personal: true,
    noisyLoad:
      'after its parsing, the page’s first rendering update (prepaint, compositing) takes 33–48 ms traced without the extension and 48–53 ms with the marks drawn: it hovers at the 50 ms long-task line, and a run where it crosses counts all of it as "added" (one CI run: +53 ms, 0 ms of our own work in long tasks; other runs and the bench: 0)',
  },
  { name: '300 nested + 300 side-by-side shadow roots', path: '/hostile-gen/shadow.html', personal: true },
  { name: '50,000 nodes', path: '/hostile.html', personal: true },
  {
    name: '50,000 nodes + 5 s mutation storm',
    path: '/hostile.html',
    personal: true,
    afterLoad:
      'new Promise((ok) => { const go = () => { startStorm(); const t = setInterval(() => { if (window.__stormDone) { clearInterval(t); ok(true); } }, 100); }; if (window.__built) go(); else addEventListener("built", go, { once: true }); })',
  },
  {
    name: 'huge option lists and values',
    path: '/hostile-gen/huge.html',
    // Its own parsing task (0.5–2 s, ±200 ms between runs), which ends with the load event: left
    // out as on the table above.
    personal: true,
  },
  { name: '5,000 notice links, boxes, paragraphs', path: '/hostile-gen/notice-items.html', personal: true },
];
