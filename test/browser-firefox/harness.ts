// Real-browser harness for Firefox ESR: builds dist-firefox/ when missing or stale, launches
// Debian's firefox-esr through puppeteer-core over WebDriver BiDi (no geckodriver, no browser
// download), installs the extension, and gives tests an extension page to ask the extension
// things from — the counterpart of the service-worker handle in test/browser/harness.ts. Serving
// pages and polling are that harness's own.
//
// Firefox facts this harness works around:
// - The moz-extension:// host is a per-profile random UUID unless the pref
//   `extensions.webextensions.uuids` maps the add-on id to one: we fix it, so URLs are known.
// - WebDriver BiDi refuses to navigate a tab to moz-extension:// unless the remote agent may reach
//   privileged documents (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS); even then page.goto() never resolves
//   for an extension page: fire it and poll location.href and readyState.
// - The event page (background) is not a target BiDi can evaluate in, so the badge, tab state
//   and messages are read from an extension page (storage.session and action.getBadgeText are
//   there too).
// - A page asking for its location would wait for a permission prompt: the geo testing prefs
//   answer it with a fixed position.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/firefox-manifest';
import type { TabReportReady } from '../../src/messaging/contract';
import { ensureBuilt, poll, ROOT } from '../browser/harness';

export { poll, ROOT, serveStatic, type StaticServer } from '../browser/harness';

export const FIREFOX = process.env.FORMWARDEN_FIREFOX || '/usr/bin/firefox-esr';
export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
export const XPI = join(ROOT, 'dist-firefox.xpi');
/** The moz-extension:// host, fixed through `extensions.webextensions.uuids`. */
export const EXTENSION_UUID = '5f0e3c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Inside an extension page: `const { browser } = globalThis as unknown as InExtension;` (not a
 * project-wide global type, so no source file can use `browser` without importing the polyfill). */
export type InExtension = { browser: typeof import('webextension-polyfill') };

/** Builds dist/ and dist-firefox/ when either is missing or older than the sources. */
export function ensureFirefoxBuilt(): void {
  ensureBuilt();
  const manifest = join(DIST_FIREFOX, 'manifest.json');
  const built = statSync(join(ROOT, 'dist/manifest.json')).mtimeMs;
  const script = Math.max(
    statSync(join(ROOT, 'scripts/build-firefox.ts')).mtimeMs,
    statSync(join(ROOT, 'scripts/firefox-manifest.ts')).mtimeMs,
  );
  if (
    existsSync(manifest) &&
    existsSync(XPI) &&
    statSync(manifest).mtimeMs >= Math.max(built, script) &&
    process.env.FORMWARDEN_REBUILD !== '1'
  )
    return;
  const r = spawnSync('npx', ['tsx', 'scripts/build-firefox.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/build-firefox.ts failed');
}

export interface FirefoxOptions {
  headless?: boolean;
  /** A profile directory to reuse (restart scenarios); a fresh one otherwise, removed on close. */
  profile?: string;
  /** Extra prefs, e.g. a short event-page idle timeout. */
  prefs?: Record<string, unknown>;
  /** The extension is installed by enterprise policy (ExtensionSettings) at start-up, not by us. */
  installedByPolicy?: boolean;
}

export interface FirefoxExtension {
  browser: Browser;
  /** An extension page kept open to ask the extension things (badge, tab state, messages). */
  ext: Page;
  profile: string;
  open: (url: string) => Promise<Page>;
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // Pages that ask for the location get a fixed one at once instead of a prompt.
  'geo.provider.testing': true,
  'geo.prompt.testing': true,
  'geo.prompt.testing.allow': true,
  'geo.provider.network.url': 'data:application/json,{"location":{"lat":31.23,"lng":121.47},"accuracy":10}',
  'intl.locale.requested': 'en-US',
  'intl.accept_languages': 'en-US, en',
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

/** Opens a moz-extension:// page: goto is fired, never awaited (it does not resolve), and polled. */
export async function gotoExtensionPage(page: Page, path: string, timeoutMs = 20_000): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
  // Fired again every few seconds: an extension installed by policy at start-up may not be there yet.
  let fired = 0;
  await poll(
    async () => {
      if (Date.now() - fired > 3000) {
        fired = Date.now();
        void page.goto(url).catch(() => undefined);
      }
      return page
        .evaluate(
          (u) => location.href === u && document.readyState === 'complete' && document.body.childElementCount > 0,
          url,
        )
        .catch(() => false);
    },
    `extension page ${path}`,
    timeoutMs,
  );
  return page;
}

export async function launchFirefox(opts: FirefoxOptions = {}): Promise<FirefoxExtension> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX} (apt-get install firefox-esr, or set FORMWARDEN_FIREFOX)`);
  const scratch = mkdtempSync(join(tmpdir(), 'formwarden-firefox-'));
  const profile = opts.profile ?? join(scratch, 'profile');
  mkdirSync(profile, { recursive: true });
  // A private copy of dist-firefox/: other builds in the work tree must not swap files under a
  // running browser.
  const extensionDir = join(scratch, 'extension');
  if (!opts.installedByPolicy) cpSync(DIST_FIREFOX, extensionDir, { recursive: true });
  const home = join(scratch, 'home');
  mkdirSync(home);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: opts.headless ?? !process.env.DISPLAY,
    userDataDir: profile,
    extraPrefsFirefox: { ...PREFS, ...opts.prefs },
    defaultViewport: { width: 1280, height: 900 },
    // HOME: Firefox writes ~/.mozilla and caches there. The remote agent may open moz-extension://.
    env: { ...process.env, HOME: home, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    timeout: 60_000,
  });
  if (!opts.installedByPolicy) {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed as ${id}, expected ${GECKO_ID}`);
  }
  const openExtensionPage = async (path: string) => gotoExtensionPage(await browser.newPage(), path);
  const ext = await gotoExtensionPage(await browser.newPage(), 'src/ui/options/options.html', 60_000);
  return {
    browser,
    ext,
    profile,
    open: async (url) => {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** The tab id the extension knows for a page URL (from its storage.session tab state). */
export function tabIdOf(ext: Page, pageUrl: string): Promise<number> {
  return poll(
    () =>
      ext.evaluate(async (url) => {
        const { browser } = globalThis as unknown as InExtension;
        const all = (await browser.storage.session.get(null)) as Record<string, { pageUrl?: string }>;
        const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.pageUrl === url);
        return hit ? Number(hit[0].slice(4)) : 0;
      }, pageUrl),
    `tab state for ${pageUrl}`,
  );
}

export function badgeText(ext: Page, tabId: number): Promise<string> {
  return ext.evaluate((id) => (globalThis as unknown as InExtension).browser.action.getBadgeText({ tabId: id }), tabId);
}

export function badgeColour(ext: Page, tabId: number): Promise<number[]> {
  return ext.evaluate(
    async (id) => [
      ...(await (globalThis as unknown as InExtension).browser.action.getBadgeBackgroundColor({ tabId: id })),
    ],
    tabId,
  );
}

/** The report the popup would show for a tab (through the same message the popup sends). */
export function reportFor(ext: Page, tabId: number): Promise<TabReportReady | null> {
  return ext.evaluate(
    (id) => (globalThis as unknown as InExtension).browser.runtime.sendMessage({ type: 'tab/report', tabId: id }),
    tabId,
  ) as Promise<TabReportReady | null>;
}

/** Waits for the badge to show a count and returns it with the tab id. */
export async function waitForBadge(
  ext: Page,
  page: Page,
  minimum = 1,
  timeoutMs = 20_000,
): Promise<{ tabId: number; text: string }> {
  const tabId = await tabIdOf(ext, page.url());
  const text = await poll(
    async () => {
      const t = await badgeText(ext, tabId);
      return t !== '' && Number(t) >= minimum ? t : '';
    },
    `badge ≥ ${minimum} on ${page.url()}`,
    timeoutMs,
  );
  return { tabId, text };
}

/**
 * What a page can see of FormWarden, which is all the production build lets a test see in Firefox
 * (its isolated world is not reachable over WebDriver BiDi): the host elements it draws into, a tag
 * made up per frame, present only while marks or the dialog are shown. The overlay comes first;
 * a second host is the submit dialog.
 */
function ourHosts(page: Page): Promise<number> {
  return page.evaluate(
    () => [...document.documentElement.children].filter((el) => /^[a-z]{4}-[a-z]{4}$/.test(el.localName)).length,
  );
}

/** Marks drawn (at least one) and whether the submit dialog is open. */
export async function contentStats(
  page: Page,
): Promise<{ marks: number; marksShown: boolean; dialogOpen: boolean } | null> {
  const hosts = await ourHosts(page);
  return { marks: hosts > 0 ? 1 : 0, marksShown: hosts > 0, dialogOpen: hosts > 1 };
}
