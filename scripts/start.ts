#!/usr/bin/env -S npx tsx
// `npm start`: builds dist/, serves the bundled sample forms from 127.0.0.1 on a free port and opens
// each in Chromium with the extension loaded. Without a display it runs headless, prints each
// sample's badge count and findings, and saves screenshots of the page (with marks) and of the
// popup to out/. With a display the browser stays open for you to explore.
// `npm start -- --firefox` does the same in Firefox ESR (scripts/start-firefox.ts).
// Serving, launching and polling are the real-browser test harness's own (test/browser/harness.ts).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowserDeps, ensureBrowsers } from './browser-deps.mjs';
import {
  badgeText,
  CHROMIUM,
  DIST,
  ensureBuilt,
  launchWithExtension,
  poll,
  reportFor,
  ROOT,
  serveStatic,
} from '../test/browser/harness';
import { printSample, settledBadge } from './sample-report';

const OUT = join(ROOT, 'out');
const headed = Boolean(process.env.DISPLAY) && process.env.FORMWARDEN_HEADLESS !== '1';
const firefox = process.argv.includes('--firefox');
const only = process.argv.slice(2).filter((a) => a !== '--firefox');

/**
 * The samples are the fixture pages that public/samples/index.html links to (one copy of each
 * page, kept with its expected labels in test/fixtures/forms); public/samples/ adds the index and
 * the notice pages the samples link to.
 */
const SAMPLE_DIRS = [join(ROOT, 'public/samples'), join(ROOT, 'test/fixtures/forms')];
function samplePages(): string[] {
  const index = readFileSync(join(SAMPLE_DIRS[0]!, 'index.html'), 'utf8');
  return [...index.matchAll(/href="([^"]+\.html)"/g)].map((m) => m[1]!);
}

async function main(): Promise<void> {
  if (firefox) {
    // Firefox ESR, and CJK fonts so that the screenshots' Chinese is not boxes (as root: installed).
    ensureBrowsers([{ path: process.env.FORMWARDEN_FIREFOX || '/usr/bin/firefox-esr', pkg: 'firefox-esr' }]);
    const { startFirefox } = await import('./start-firefox');
    return startFirefox(
      SAMPLE_DIRS,
      samplePages().filter((f) => only.length === 0 || only.some((o) => f.includes(o))),
      headed,
    );
  }
  // Chromium, and CJK fonts so that the screenshots' Chinese is not boxes (as root: installed).
  if (!ensureBrowserDeps(CHROMIUM)) {
    console.error(
      `Chromium not found at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk, or set FORMWARDEN_CHROMIUM).`,
    );
    process.exit(2);
  }
  console.log('building dist/ …');
  ensureBuilt('production'); // what ships, without the test build's hooks
  const pages = samplePages().filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
  const server = await serveStatic(SAMPLE_DIRS);
  console.log(`serving ${pages.length} sample(s) (public/samples/index.html) at ${server.origin}`);
  mkdirSync(OUT, { recursive: true });

  const browser = await launchWithExtension({ headless: !headed, build: DIST });
  const { context, worker, extensionId } = browser;
  console.log(`extension ${extensionId} loaded (${headed ? 'headed' : 'headless'})\n`);

  for (const file of pages) {
    const page = await context.newPage();
    const url = server.url(`/${file}`);
    await page.goto(url, { waitUntil: 'load' });
    const name = file.replace(/\.html$/, '');
    // The tab's report exists once the first scan is in: `tab:<id>` names the page, the report is
    // stored beside it under `tab:<id>:report` (src/background/tab-state.ts).
    const tabId = await poll(
      () =>
        worker.evaluate(async (u) => {
          const all = await chrome.storage.session.get<Record<string, { pageUrl?: string }>>(null);
          const hit = Object.entries(all).find(
            ([k, v]) => /^tab:\d+$/.test(k) && v.pageUrl === u && `${k}:report` in all,
          );
          return hit ? Number(hit[0].slice(4)) : 0;
        }, url),
      `report for ${name}`,
    ).catch(() => 0);
    if (!tabId) {
      console.log(`${name}: no report (the page was not scanned)`);
      continue;
    }
    const badge = await settledBadge(() => badgeText(worker, tabId), name);
    const reply = await reportFor(page, extensionId, tabId);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 384, height: 900 }); // the popup's own width (popup.css)
    await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main[aria-busy="false"]', { timeout: 10000 }).catch(() => undefined);
    await page.bringToFront();
    await page.screenshot({ path: join(OUT, `${name}.page.png`), fullPage: true });
    await popup.screenshot({ path: join(OUT, `${name}.popup.png`), fullPage: true });
    printSample(name, badge, reply?.report);
    if (!headed) {
      await popup.close();
      await page.close();
    }
  }
  console.log(`\nscreenshots in ${OUT}/ (<sample>.page.png, <sample>.popup.png)`);
  if (headed) {
    console.log('Browser left open: press Ctrl-C to quit.');
    process.on('SIGINT', () => void browser.close().then(() => process.exit(0)));
    return;
  }
  await browser.close();
  await server.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
