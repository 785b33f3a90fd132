// The extension in Firefox ESR, as test/browser/extension.test.ts does it in Chromium: badge and
// popup on a flagged form, marks in the page (strict CSP too), a clean page, navigation, an SPA
// step, a shadow root, a same-origin iframe, geolocation before consent, who else reads (a second
// origin's key listener and beacons), and the event page suspended and woken between messages
// with the tab still known (state in storage.session).
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeColour,
  badgeText,
  contentStats,
  ensureFirefoxBuilt,
  launchFirefox,
  poll,
  reportFor,
  ROOT,
  serveStatic,
  tabIdOf,
  waitForBadge,
  type FirefoxExtension,
  type InExtension,
  type StaticServer,
} from './harness';

const PAGES = join(ROOT, 'test/browser/pages');
let ff: FirefoxExtension;
let site: StaticServer;
let thirdParty: StaticServer;
const beacons: string[] = [];

beforeAll(async () => {
  ensureFirefoxBuilt();
  site = await serveStatic([PAGES]);
  thirdParty = await serveStatic([PAGES], '127.0.0.2', [
    (req, res) => {
      if (!req.url?.startsWith('/collect')) return false;
      beacons.push(req.url);
      res.writeHead(204, { 'access-control-allow-origin': '*' });
      res.end();
      return true;
    },
  ]);
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await site?.close();
  await thirdParty?.close();
});

const checksOf = (findings: { rule: string; check: string }[]) => findings.map((f) => `${f.rule}/${f.check}`);
type TabSession = {
  frames: Record<
    string,
    {
      live?: {
        geolocation?: unknown[];
        keyListeners?: { scriptUrl: string }[];
        sentWhileTyping?: { origin: string; count: number }[];
      };
    }
  >;
};
/** A tab's stored frames (src/background/tab-state.ts: `tab:<id>` lists them, each under its own key). */
const sessionOf = (page: Page, tabId: number) =>
  page.evaluate(async (id) => {
    const { browser } = globalThis as unknown as InExtension;
    const tab = (await browser.storage.session.get(`tab:${id}`))[`tab:${id}`] as { frameIds: string[] } | undefined;
    if (!tab) return undefined;
    const stored = await browser.storage.session.get(tab.frameIds.map((f) => `tab:${id}:frame:${f}`));
    return {
      frames: Object.fromEntries(tab.frameIds.map((f) => [f, stored[`tab:${id}:frame:${f}`]])),
    } as TabSession;
  }, tabId);

describe('Firefox: badge, popup and marks', () => {
  it('a health report with an ID number and religion gets a red badge counting its findings', async () => {
    const page = await ff.open(site.url('/health.html'));
    const { tabId, text } = await waitForBadge(ff.ext, page);
    const reply = await reportFor(ff.ext, tabId);
    expect(reply).not.toBeNull();
    expect(Number(text)).toBe(reply!.report.findings.length);
    expect(reply!.report.findings.some((f) => f.severity === 'high')).toBe(true);
    expect(await badgeColour(ff.ext, tabId)).toEqual([197, 34, 31, 255]);
    await page.close();
  });

  it('the popup lists each finding in words with buttons for its fields, and the fields are marked in the page', async () => {
    const page = await ff.open(site.url('/health.html'));
    const { tabId } = await waitForBadge(ff.ext, page);
    const popup = await ff.openExtensionPage(`src/ui/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main[aria-busy="false"]');
    const findings = await popup.evaluate(() =>
      [...document.querySelectorAll('li.finding')].map((li) => (li as HTMLElement).innerText),
    );
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]!.length).toBeGreaterThan(20);
    expect(await popup.evaluate(() => document.querySelectorAll('li.finding .fields button').length)).toBeGreaterThan(
      0,
    );
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    // Marks: the content script drew one per flagged field, in its closed overlay.
    const stats = await poll(async () => {
      const s = await contentStats(page);
      return s && s.marks > 0 ? s : null;
    }, 'marks in the page');
    expect(stats.marksShown).toBe(true);
    // A field button in the popup (in the finding's detail, opened first) focuses the field in the page.
    await popup.click('li.finding summary');
    await popup.click('li.finding .fields button');
    await poll(() => page.evaluate(() => document.activeElement?.tagName === 'INPUT'), 'field focused from the popup');
    await popup.close();
    await page.close();
  });

  it('marks work under a strict Content-Security-Policy (no inline styles allowed)', async () => {
    const page = await ff.open(site.url('/strict-csp.html'));
    await waitForBadge(ff.ext, page);
    await poll(async () => ((await contentStats(page))?.marks ?? 0) > 0, 'marks');
    // A mark's badge sits where the field is: the overlay's styles applied despite the page's CSP.
    const hit = await poll(
      () =>
        page
          .evaluate(() => {
            const box = document.querySelector('#idno')!.getBoundingClientRect();
            return document.elementFromPoint(box.right + 1, box.top - 6)?.tagName ?? '';
          })
          .then((tag) => (/^[A-Z]{4}-[A-Z]{4}$/.test(tag) ? tag : '')),
      'the mark over the field (our overlay host, a tag made up per frame)',
    );
    expect(hit).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    await page.close();
  });

  it('a page with nothing personal has an empty badge and the popup says there is nothing to say', async () => {
    const page = await ff.open(site.url('/clean.html'));
    const tabId = await tabIdOf(ff.ext, page.url());
    const reply = await poll(() => reportFor(ff.ext, tabId), 'report');
    expect(reply.report.findings).toEqual([]);
    expect(await badgeText(ff.ext, tabId)).toBe('');
    const popup = await ff.openExtensionPage(`src/ui/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('section.empty[role=status]');
    await popup.close();
    await page.close();
  });

  it('navigating the tab to another page forgets the old page', async () => {
    const page = await ff.open(site.url('/health.html'));
    const { tabId } = await waitForBadge(ff.ext, page);
    await page.goto(site.url('/clean.html'), { waitUntil: 'load' });
    const reply = await poll(async () => {
      const r = await reportFor(ff.ext, tabId);
      return r && r.report.pageUrl.endsWith('/clean.html') ? r : null;
    }, 'report of the new page');
    expect(reply.report.fields.some((f) => f.selector.includes('idno'))).toBe(false);
    await poll(async () => (await badgeText(ff.ext, tabId)) === '', 'badge cleared');
    await page.close();
  });
});

describe('Firefox: pages that change, frames and shadow roots', () => {
  it('an SPA step that adds personal questions after a click is scanned and flagged', async () => {
    const page = await ff.open(site.url('/spa.html'));
    const tabId = await tabIdOf(ff.ext, page.url());
    await poll(() => reportFor(ff.ext, tabId), 'first report');
    await page.click('#next');
    await waitForBadge(ff.ext, page);
    const reply = await poll(async () => {
      const r = await reportFor(ff.ext, tabId);
      return r?.report.fields.some((f) => f.selector.includes('idCard')) ? r : null;
    }, 'the added question in the report');
    expect(reply.report.fields.find((f) => f.selector.includes('idCard'))?.category).toBe('identity.id_number');
    await page.close();
  });

  it('a field inside an open shadow root (rendered after load) is found with a piercing selector', async () => {
    const page = await ff.open(site.url('/shadow.html'));
    const tabId = await tabIdOf(ff.ext, page.url());
    const reply = await poll(async () => {
      const r = await reportFor(ff.ext, tabId);
      return r?.report.fields.some((f) => f.selector.includes('>>>')) ? r : null;
    }, 'shadow field in the report');
    expect(
      reply.report.fields.find((f) => f.selector.includes('>>>') && /ssn/.test(f.selector))?.category,
    ).not.toBeNull();
    await page.close();
  });

  it('a form in a same-origin iframe counts for the tab', async () => {
    const page = await ff.open(site.url('/iframe.html'));
    const { tabId } = await waitForBadge(ff.ext, page);
    const reply = await poll(async () => {
      const r = await reportFor(ff.ext, tabId);
      return r?.report.fields.some((f) => f.selector.includes('vid')) ? r : null;
    }, 'the iframe field in the report');
    expect(reply.report.pageUrl).toBe(page.url());
    await page.close();
  });
});

describe('Firefox: a frame out of view', () => {
  it('is in the report the popup asks for, and marked once scrolled into view', async () => {
    // Sub-frames out of view are scanned when wanted (src/content/index.ts): the report's
    // request wakes them, and so does coming into view (IntersectionObserver in Firefox's content script).
    const page = await ff.open(site.url('/frame-below-fold.html'));
    const tabId = await tabIdOf(ff.ext, page.url());
    await poll(async () => {
      const r = await reportFor(ff.ext, tabId);
      return r?.report.fields.some((f) => f.selector.includes('vid') && f.category !== null) ?? false;
    }, 'the out-of-view frame’s ID number in the report');
    await page.evaluate(() => document.getElementById('frame')!.scrollIntoView());
    const frame = page.frames().find((f) => f.url().endsWith('/iframe-inner.html'))!;
    await poll(
      () =>
        frame.evaluate(() =>
          [...document.documentElement.children].some((el) => /^[a-z]{4}-[a-z]{4}$/.test(el.localName)),
        ),
      'marks in the frame',
    );
    await page.close();
  });
});

describe('Firefox: live facts from the MAIN-world watch', () => {
  it('geolocation read on load is collected before consent', async () => {
    const page = await ff.open(site.url('/geolocation.html?when=load'));
    const { tabId } = await waitForBadge(ff.ext, page);
    await poll(async () => {
      const r = await reportFor(ff.ext, tabId);
      return r && checksOf(r.report.findings).includes('separate-consent/collected-before-consent');
    }, 'collected-before-consent');
    await page.close();
  });

  it('who else reads: a second origin listening to typing and sending beacons is seen (origins and counts only)', async () => {
    const page = await ff.open(site.url(`/third-party.html?tp=${encodeURIComponent(thirdParty.origin)}`));
    const tabId = await tabIdOf(ff.ext, page.url());
    await poll(() => page.evaluate(() => document.querySelector('script[src*="replay.js"]') !== null), 'replay script');
    await poll(() => reportFor(ff.ext, tabId), 'first report');
    await page.click('#idnum');
    await page.keyboard.type('ZX9QK7');
    await poll(() => beacons.length > 0, 'beacons at the third party');
    const live = await poll(async () => {
      const lives = Object.values((await sessionOf(ff.ext, tabId))?.frames ?? {}).map((f) => f.live ?? {});
      const listeners = lives.flatMap((l) => l.keyListeners ?? []);
      const sent = lives.flatMap((l) => l.sentWhileTyping ?? []);
      return listeners.length && sent.length ? { listeners, sent } : null;
    }, 'key listener and sent-while-typing facts');
    expect(live.listeners[0]!.scriptUrl).toContain('127.0.0.2');
    expect(live.sent[0]!.origin).toBe(thirdParty.origin);
    const stored = await ff.ext.evaluate(async () =>
      JSON.stringify(await (globalThis as unknown as InExtension).browser.storage.session.get(null)),
    );
    expect(stored).not.toContain('ZX9QK7');
    const reply = await poll(async () => {
      const r = await reportFor(ff.ext, tabId);
      const checks = checksOf(r?.report.findings ?? []);
      return checks.includes('third-party-recipient/keystroke-listener') &&
        checks.includes('third-party-recipient/sent-while-typing')
        ? r
        : null;
    }, 'keystroke-listener and sent-while-typing findings');
    expect(reply.report.findings.filter((f) => f.rule === 'third-party-recipient').flatMap((f) => f.fields)).toContain(
      '#idnum',
    );
    const popup = await ff.openExtensionPage(`src/ui/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('section.who li');
    await popup.close();
    await page.close();
  });
});

describe('Firefox: the event page is suspended and woken', () => {
  let short: FirefoxExtension;
  beforeAll(async () => {
    // Firefox suspends an idle event page after 30 s; one second makes it happen between messages.
    short = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 1000 } });
  });
  afterAll(async () => {
    await short?.close();
  });

  const backgroundRunning = () =>
    short.ext.evaluate(() => {
      const { browser } = globalThis as unknown as InExtension;
      return browser.extension.getViews().some((w) => w.location.pathname.includes('_generated_background_page'));
    });

  it('a suspended background still knows the tab and answers from storage.session when woken', async () => {
    const page = await short.open(site.url('/health.html'));
    const { tabId, text } = await waitForBadge(short.ext, page);
    await poll(async () => !(await backgroundRunning()), 'event page suspended', 20_000);
    const reply = await poll(() => reportFor(short.ext, tabId), 'report after the wake-up');
    expect(await backgroundRunning()).toBe(true);
    expect(reply.report.findings.length).toBe(Number(text));
    // A message from the page wakes it too: a new live fact is merged into the kept tab state.
    await poll(async () => !(await backgroundRunning()), 'event page suspended again', 20_000);
    await page.evaluate(() => new Promise((ok) => navigator.geolocation.getCurrentPosition(ok, ok)));
    await poll(
      async () =>
        Object.values((await sessionOf(short.ext, tabId))?.frames ?? {}).some(
          (f) => (f.live?.geolocation?.length ?? 0) > 0,
        ),
      'geolocation fact after the wake-up',
    );
    expect((await reportFor(short.ext, tabId))!.report.fields.length).toBe(reply.report.fields.length);
    await page.close();
  });
});
