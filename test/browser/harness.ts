// Real-browser harness: builds the extension when missing or stale (the browser-test build in
// dist-test/ by default: the production build in dist/ has no test hook), serves pages from 127.0.0.1 (and a
// second origin, 127.0.0.2, for third-party tests), launches Debian's chromium with the built
// extension through playwright-core, and polls conditions (never fixed sleeps).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { LiveFacts } from '../../src/core/types';
import type { TabReportReady, TabReportReply } from '../../src/messaging/contract';
import { EXTENSION_ID } from './extension-id';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The production build (`npm run build`): what ships. */
export const DIST = join(ROOT, 'dist');
/** The browser-test build (`npm run build:test`): the production code plus test hooks (vite.config.ts). */
export const TEST_DIST = join(ROOT, 'dist-test');
export const CHROMIUM = process.env.FORMWARDEN_CHROMIUM || '/usr/bin/chromium';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    newest = Math.max(newest, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return newest;
}

/** Builds the test build (or the production build) once when it is missing or older than the sources. */
export function ensureBuilt(which: 'test' | 'production' = 'test'): void {
  const dir = which === 'test' ? TEST_DIST : DIST;
  const manifest = join(dir, 'manifest.json');
  const sources = Math.max(
    newestMtime(join(ROOT, 'src')),
    ...['manifest.json', 'vite.config.ts'].map((f) => statSync(join(ROOT, f)).mtimeMs),
    newestMtime(join(ROOT, 'public')),
  );
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= sources && process.env.FORMWARDEN_REBUILD !== '1') return;
  const script = which === 'test' ? 'build:test' : 'build';
  const r = spawnSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run ${script} failed`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;
export interface StaticServer {
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves `dirs` (first match wins) on host:free port. `routes` answer special paths first. */
export async function serveStatic(dirs: string[], host = '127.0.0.1', routes: Route[] = []): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    for (const route of routes) if (route(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const dir of dirs) {
      const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) continue;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      });
      res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        // A route may hold a response open for ever (a page whose load never comes).
        server.closeAllConnections();
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The profile directory, to start the browser again on the same profile (a restart). */
  userDataDir: string;
  close: () => Promise<void>;
}

export function chromiumArgs(headless: boolean, extensionDir = TEST_DIST): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=en-US',
  ];
}

/**
 * `build`: the built extension to load (default: the test build). `profile`: start on an existing
 * profile (a browser restart) and keep it when closing; by default a fresh profile removed on close.
 */
export async function launchWithExtension(
  opts: { headless?: boolean; lang?: string; build?: string; profile?: string; keepProfile?: boolean } = {},
): Promise<ExtensionBrowser> {
  const headless = opts.headless ?? !process.env.DISPLAY;
  const userDataDir = opts.profile ?? mkdtempSync(join(tmpdir(), 'formwarden-profile-'));
  const keepProfile = opts.keepProfile ?? opts.profile !== undefined;
  // A private copy of the build: other people's builds in the shared work tree must not swap files
  // under a running browser. The id stays the same (it comes from the manifest's key).
  const extensionDir = join(userDataDir, 'extension');
  if (!existsSync(extensionDir)) cpSync(opts.build ?? TEST_DIST, extensionDir, { recursive: true });
  const args = chromiumArgs(headless, extensionDir).map((a) =>
    a.startsWith('--lang=') && opts.lang ? `--lang=${opts.lang}` : a,
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // headless is chosen by --headless=new above (extensions need the new headless)
    args,
    viewport: { width: 1280, height: 900 },
    locale: opts.lang ?? 'en-US',
    // Chromium on Linux takes its UI language (chrome.i18n.getUILanguage) from LANGUAGE.
    env: { ...process.env, LANGUAGE: (opts.lang ?? 'en-US').replace('-', '_') },
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().includes(EXTENSION_ID)) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    userDataDir,
    close: async () => {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns a truthy value (returned), or fails with the last value seen. */
export async function poll<T>(
  check: () => Promise<T> | T,
  what: string,
  timeoutMs = 15_000,
  everyMs = 100,
): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await check();
      if (last) return last as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until)
      throw new Error(
        `timed out waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`,
      );
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
}

/** The tab id the extension knows for a page URL (from its storage.session tab state). */
export async function tabIdOf(worker: Worker, pageUrl: string): Promise<number> {
  return poll(
    () =>
      worker.evaluate(async (url) => {
        const all = await chrome.storage.session.get<Record<string, { pageUrl?: string }>>(null);
        const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.pageUrl === url);
        return hit ? Number(hit[0].slice(4)) : 0;
      }, pageUrl),
    `tab state for ${pageUrl}`,
  );
}

/**
 * A tab's frames as the background stored them in storage.session (src/background/tab-state.ts:
 * `tab:<id>` lists the frames, each under `tab:<id>:frame:<frameId>`).
 */
export function storedFrames<T = { live?: LiveFacts }>(worker: Worker, tabId: number): Promise<T[]> {
  return worker.evaluate(async (id) => {
    const tab = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { frameIds?: string[] } | undefined;
    const keys = (tab?.frameIds ?? []).map((f) => `tab:${id}:frame:${f}`);
    const frames = keys.length ? await chrome.storage.session.get(keys) : {};
    return keys.flatMap((k) => (frames[k] ? [frames[k] as T] : []));
  }, tabId);
}

/** The live facts of every frame of a tab, as stored. */
export async function liveFactsOf(worker: Worker, tabId: number): Promise<LiveFacts[]> {
  return (await storedFrames(worker, tabId)).map((f) => f.live ?? {});
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function badgeColour(worker: Worker, tabId: number): Promise<number[]> {
  return worker.evaluate(async (id) => [...(await chrome.action.getBadgeBackgroundColor({ tabId: id }))], tabId);
}

/** The background's answer to the popup's message for a tab: a report, a failure, or null. */
export async function tabReplyFor(page: Page, extensionId: string, tabId: number): Promise<TabReportReply | null> {
  const ext = await page.context().newPage();
  try {
    await ext.goto(`chrome-extension://${extensionId}/src/ui/popup/popup.html?tab=${tabId}`);
    return await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab/report', tabId: id }), tabId);
  } finally {
    await ext.close();
  }
}

/** The report the popup would show for a tab; a tab FormWarden could not check is an error here. */
export async function reportFor(page: Page, extensionId: string, tabId: number): Promise<TabReportReady | null> {
  const reply = await tabReplyFor(page, extensionId, tabId);
  if (reply && 'error' in reply) throw new Error(`FormWarden could not check tab ${tabId}: ${reply.error}`);
  return reply;
}

/** Waits for the badge to show a count and returns it with the tab id. */
export async function waitForBadge(
  worker: Worker,
  page: Page,
  minimum = 1,
  timeoutMs = 15_000,
): Promise<{ tabId: number; text: string }> {
  const tabId = await tabIdOf(worker, page.url());
  const text = await poll(
    async () => {
      const t = await badgeText(worker, tabId);
      return t !== '' && Number(t) >= minimum ? t : '';
    },
    `badge ≥ ${minimum} on ${page.url()}`,
    timeoutMs,
  );
  return { tabId, text };
}

/**
 * Evaluates `expression` in FormWarden's isolated world of the page's main frame, through the
 * DevTools protocol (the page's own world cannot reach it). Null when that world is not there.
 */
export async function inContentWorld<T>(page: Page, expression: string): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context as (typeof worlds)[number]));
    await cdp.send('Runtime.enable'); // reports the existing worlds before it answers
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = worlds.find(
      (w) => w.origin === `chrome-extension://${EXTENSION_ID}` && w.auxData?.frameId === frameTree.frame.id,
    );
    if (!world) return null;
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
    return (r.result.value as T | undefined) ?? null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface ContentStats {
  warmUpMs: number;
  fullScans: number;
  partialScans: number;
  slices: number;
  slicesOverFrame: number;
  longestSliceMs: number;
  longestObserverMs: number;
  totalScanMs: number;
  marks: number;
  marksShown: boolean;
  idle: boolean;
  /** A sub-frame out of view, not asked for: its scan waits (src/content/index.ts). */
  waiting: boolean;
  path: string;
  /** Test build: what woke a waiting sub-frame first (an event's type, else "other"). */
  wokenBy: string;
  failedPasses: number;
  /** Added subtrees the change queue had no room for (a full scan covers them). */
  droppedRoots: number;
  /** The overlay host's tag (made up per frame). */
  overlayTag: string;
  /** The submit guard's dialog is in the page. */
  dialogOpen: boolean;
  /** The open dialog host's tag (made up per frame), or ''. */
  dialogTag: string;
}

/** The content script's figures and state, from the test build's hook in its isolated world. */
export function contentStats(page: Page): Promise<ContentStats | null> {
  return inContentWorld<ContentStats>(page, 'typeof formwardenTest === "function" ? formwardenTest() : null');
}
