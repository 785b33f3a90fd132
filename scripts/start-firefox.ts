// `npm start -- --firefox`: the same as `npm start`, in Firefox ESR. Builds dist/ and dist-firefox/,
// serves the samples, opens each in firefox-esr with the extension installed (puppeteer-core over
// WebDriver BiDi, as the Firefox test suite does), prints each sample's badge count and findings,
// and saves screenshots of the page (with marks) and of the popup to out/ as
// <sample>.firefox.page.png and <sample>.firefox.popup.png. With a display the browser stays open.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  badgeText,
  ensureFirefoxBuilt,
  FIREFOX,
  launchFirefox,
  poll,
  reportFor,
  tabIdOf,
} from '../test/browser-firefox/harness';
import { ROOT, serveStatic } from '../test/browser/harness';
import { printSample, settledBadge } from './sample-report';

export async function startFirefox(dirs: string[], pages: string[], headed: boolean): Promise<void> {
  if (!existsSync(FIREFOX)) {
    console.error(`Firefox not found at ${FIREFOX} (apt-get install firefox-esr, or set FORMWARDEN_FIREFOX).`);
    process.exit(2);
  }
  console.log('building dist/ and dist-firefox/ …');
  ensureFirefoxBuilt();
  const out = join(ROOT, 'out');
  mkdirSync(out, { recursive: true });
  const server = await serveStatic(dirs);
  console.log(`serving ${pages.length} sample(s) (public/samples/index.html) at ${server.origin}`);
  const ff = await launchFirefox({ headless: !headed });
  console.log(`Firefox extension loaded (${headed ? 'headed' : 'headless'})\n`);

  for (const file of pages) {
    const name = file.replace(/\.html$/, '');
    const page = await ff.open(server.url(`/${file}`));
    const tabId = await tabIdOf(ff.ext, page.url()).catch(() => 0);
    if (!tabId) {
      console.log(`${name}: no report (the page was not scanned)`);
      continue;
    }
    // As in Chromium (start.ts): the badge is read once the tab's first report exists.
    await poll(() => reportFor(ff.ext, tabId), `report for ${name}`).catch(() => undefined);
    const badge = await settledBadge(() => badgeText(ff.ext, tabId), name);
    const reply = await reportFor(ff.ext, tabId);
    const popup = await ff.openExtensionPage(`src/ui/popup/popup.html?tab=${tabId}`);
    await popup.setViewport({ width: 460, height: 900 });
    await popup.waitForSelector('main[aria-busy="false"]', { timeout: 10_000 }).catch(() => undefined);
    await page.bringToFront();
    await page.screenshot({ path: join(out, `${name}.firefox.page.png`), fullPage: true });
    await popup.screenshot({ path: join(out, `${name}.firefox.popup.png`), fullPage: true });
    printSample(name, badge, reply?.report);
    if (!headed) {
      await popup.close();
      await page.close();
    }
  }
  console.log(`\nscreenshots in ${out}/ (<sample>.firefox.page.png, <sample>.firefox.popup.png)`);
  if (headed) {
    console.log('Browser left open: press Ctrl-C to quit.');
    process.on('SIGINT', () => void ff.close().then(() => process.exit(0)));
    return;
  }
  await ff.close();
  await server.close();
}
