#!/usr/bin/env node
// `npm start`: builds dist/, serves the bundled sample forms (public/samples/) from 127.0.0.1 on a
// free port and opens each in Chromium with the extension loaded. Without a display it runs
// headless, prints each sample's badge count and findings, and saves screenshots of the page (with
// marks) and of the popup to out/. With a display the browser stays open for you to explore.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'out');
const CHROMIUM = process.env.FORMWARDEN_CHROMIUM || '/usr/bin/chromium';
const headed = Boolean(process.env.DISPLAY) && process.env.FORMWARDEN_HEADLESS !== '1';
const only = process.argv.slice(2);

/**
 * The samples are the fixture pages that public/samples/index.html links to (one copy of each
 * page, kept with its expected labels in test/fixtures/forms); public/samples/ adds the index and
 * the notice pages the samples link to.
 */
const SAMPLE_DIRS = [join(ROOT, 'public/samples'), join(ROOT, 'test/fixtures/forms')];
function samplePages() {
  const index = readFileSync(join(SAMPLE_DIRS[0], 'index.html'), 'utf8');
  return [...index.matchAll(/href="([^"]+\.html)"/g)].map((m) => m[1]);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg' };
function serve(dirs) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const dir of dirs) {
      const file = normalize(join(dir, path === '/' ? 'index.html' : path));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) continue;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
async function poll(check, timeoutMs = 15000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check().catch(() => null);
    if (v) return v;
    if (Date.now() > until) return null;
    await sleep(150);
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set FORMWARDEN_CHROMIUM).`);
    process.exit(2);
  }
  console.log('building dist/ …');
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);

  const pages = samplePages().filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
  const server = await serve(SAMPLE_DIRS);
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(`serving ${pages.length} sample(s) (public/samples/index.html) at ${base}`);
  mkdirSync(OUT, { recursive: true });

  const profile = mkdtempSync(join(tmpdir(), 'formwarden-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(worker.url()).host;
  console.log(`extension ${extensionId} loaded (${headed ? 'headed' : 'headless'})\n`);

  const tabIdOf = (url) => worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.pageUrl === u && v.report);
    return hit ? Number(hit[0].slice(4)) : 0;
  }, url);

  const summary = [];
  for (const file of pages) {
    const page = await context.newPage();
    const url = `${base}/${file}`;
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await poll(() => tabIdOf(url));
    const name = file.replace(/\.html$/, '');
    if (!tabId) {
      console.log(`${name}: no report (the page was not scanned)`);
      summary.push({ name, badge: '?', findings: [] });
      continue;
    }
    // The badge settles once SPA pages stop changing: wait for two equal readings in a row.
    let badge = null;
    await poll(async () => {
      const now = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      const stable = now === badge;
      badge = now;
      return stable ? 'ok' : null;
    }, 8000);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 460, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/popup.html?tab=${tabId}`);
    const reply = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab/report', tabId: id }), tabId);
    await popup.waitForSelector('main[aria-busy="false"]', { timeout: 10000 }).catch(() => undefined);
    await page.bringToFront();
    await page.screenshot({ path: join(OUT, `${name}.page.png`), fullPage: true });
    await popup.screenshot({ path: join(OUT, `${name}.popup.png`), fullPage: true });
    const findings = reply?.report.findings ?? [];
    console.log(`${name}: badge "${badge || ''}" — ${findings.length} finding(s), purpose ${reply?.report.purpose.id ?? '?'}`);
    for (const f of findings) console.log(`  [${f.severity}] ${f.rule}/${f.check}: ${f.message.en}${f.fields.length ? `  (${f.fields.join(', ')})` : ''}`);
    summary.push({ name, badge: badge || '', findings: findings.length });
    if (!headed) {
      await popup.close();
      await page.close();
    }
  }
  console.log(`\nscreenshots in ${OUT}/ (<sample>.page.png, <sample>.popup.png)`);
  if (headed) {
    console.log('Browser left open: press Ctrl-C to quit.');
    process.on('SIGINT', async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      process.exit(0);
    });
    return;
  }
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
