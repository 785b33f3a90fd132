// Pages can neither detect, silence nor feed FormWarden (issue 13), in a real browser, against the
// production build (dist/: what ships, without the test build's hooks). Every wait here reads the
// extension from outside the page: the background's tab state and report, the accessibility tree.
//
// The event names a tracker would try come from the shipped content scripts themselves: every
// string literal in them that is not a standard DOM event name (FormWarden's source is public).
// FORMWARDEN_CHANNEL_BUILD=<dir> runs the same tests against another build (e.g. an older one).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/core/policy';
import {
  CHROMIUM,
  DIST,
  TEST_DIST,
  ensureBuilt,
  launchWithExtension,
  liveFactsOf,
  poll,
  reportFor,
  ROOT,
  serveStatic,
  tabIdOf,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

const PAGES = join(ROOT, 'test/browser/pages');
const BUILD = process.env.FORMWARDEN_CHANNEL_BUILD || DIST;
const LIVE_CHECKS = ['third-party-recipient/keystroke-listener', 'third-party-recipient/sent-while-typing'];

/** Every string literal of the build's content scripts that could be an event name. */
function literalsOfShippedScripts(build: string): string[] {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const names = new Set<string>();
  for (const file of manifest.content_scripts.flatMap((c) => c.js)) {
    const code = readFileSync(join(build, file), 'utf8');
    for (const m of code.matchAll(/"((?:[^"\\\n]|\\.){2,60})"|'((?:[^'\\\n]|\\.){2,60})'|`([^`$\\\n]{2,60})`/g)) {
      const s = m[1] ?? m[2] ?? m[3]!;
      if (/^[^\s\\]+$/.test(s)) names.add(s);
    }
  }
  return [...names];
}

/**
 * Runs first in the page's <head>: capturing listeners on window and document that stop every
 * custom event name (a standard event has an on… handler property; those are left alone, or the
 * page itself would break), and optionally `submit`, which the page does not use itself.
 */
function silencer(names: string[], stopSubmit: boolean): string {
  return `<script>(() => {
  const custom = ${JSON.stringify(names)}.filter((n) => !(('on' + n.toLowerCase()) in window) && !(('on' + n.toLowerCase()) in document) && !(('on' + n.toLowerCase()) in HTMLElement.prototype));
  const stop = (e) => e.stopImmediatePropagation();
  for (const n of custom) { addEventListener(n, stop, true); document.addEventListener(n, stop, true); }
  ${stopSubmit ? "addEventListener('submit', stop, true);" : ''}
  window.silenced = custom;
})();</script>`;
}

/** Runs first in the page's <head>: forges facts, a "ready" and a port handover under every custom name. */
function forger(names: string[]): string {
  return `<script>(() => {
  const custom = ${JSON.stringify(names)}.filter((n) => !(('on' + n.toLowerCase()) in window) && !(('on' + n.toLowerCase()) in HTMLElement.prototype));
  const facts = [
    { kind: 'key-listener', scriptUrl: 'https://tracker.example/t.js', target: 'document', event: 'keydown' },
    { kind: 'key-listener', scriptUrl: 'https://tracker.example/t.js', target: 'field', event: 'input' },
    { kind: 'request', origin: 'https://tracker.example', via: 'beacon', at: Date.now() },
    { kind: 'geolocation', at: Date.now() - 60000 },
    { kind: 'camera', at: Date.now() - 60000 },
  ];
  const fakePort = document.createElement('span');
  window.forge = () => {
    const field = document.getElementById('idnum');
    for (const n of custom) {
      // A forged handover: if anything took this "port", the facts dispatched on it below are ours.
      document.dispatchEvent(new FocusEvent(n, { relatedTarget: fakePort, cancelable: true }));
      for (const target of [document, window, field, fakePort].filter(Boolean)) {
        target.dispatchEvent(new CustomEvent(n, { bubbles: true, composed: true, cancelable: true }));
        if (field) target.dispatchEvent(new SubmitEvent(n, { submitter: field, bubbles: true, cancelable: true }));
        for (const f of facts) {
          target.dispatchEvent(new CustomEvent(n, { detail: JSON.stringify({ ...f, at: Date.now() - 60000 }), bubbles: true, composed: true, cancelable: true }));
          target.dispatchEvent(new CustomEvent(n, { detail: { ...f }, bubbles: true, composed: true, cancelable: true }));
        }
      }
    }
  };
  window.forge();
})();</script>`;
}

/**
 * Runs first in the page's <head>: replaces what a MAIN-world watch would use after document_start,
 * the way a tracker that read its source would — every stack names the page itself, string and
 * regular-expression matching miss stack lines, Set says "seen" to URLs, JSON drops facts.
 */
const TAMPERER = `<script>(() => {
  Error.prepareStackTrace = () => 'Error\\n    at ' + location.origin + '/app.js:1:1';
  const has = Set.prototype.has;
  Set.prototype.has = function (v) { return typeof v === 'string' && v.includes('://') ? true : has.call(this, v); };
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (s) { return typeof s === 'string' && s.includes('    at ') ? null : exec.call(this, s); };
  const match = String.prototype.match;
  String.prototype.match = function (re) { return String(this).includes('    at ') ? null : match.call(this, re); };
  const stringify = JSON.stringify;
  JSON.stringify = function (v, ...rest) { return v && typeof v === 'object' && 'kind' in v ? '{}' : stringify.call(this, v, ...rest); };
  window.tampered = true;
})();</script>`;

/**
 * Runs first in the page's <head>: once loaded, the page writes itself anew with document.open(),
 * which erases every listener on window and document, and right after it stops `submit` first.
 */
const REOPENER = `<script>(() => {
  if (window.reopened) return;
  addEventListener('load', () => setTimeout(() => {
    const html = document.documentElement.outerHTML;
    window.reopened = true;
    document.open();
    addEventListener('submit', (e) => e.stopImmediatePropagation(), true);
    document.write(html);
    document.close();
    window.rewritten = true;
  }));
})();</script>`;

/** A probe run in the page: what it can see of an extension. */
async function probe(page: Page, names: string[]): Promise<Record<string, unknown>> {
  return page.evaluate((candidates) => {
    const custom = candidates.filter(
      (n) => !(`on${n.toLowerCase()}` in window) && !(`on${n.toLowerCase()}` in HTMLElement.prototype),
    );
    // Events answered: dispatched once each on document and window, each must reach the page's own
    // listener exactly once, uncancelled, and change nothing in the DOM.
    const observer = new MutationObserver(() => undefined);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const received: Record<string, number> = {};
    const count = (e: Event) => {
      received[e.type] = (received[e.type] ?? 0) + 1;
    };
    for (const n of custom) addEventListener(n, count);
    const answered: string[] = [];
    for (const n of custom) {
      for (const target of [document, window]) {
        const before = received[n] ?? 0;
        const notCancelled = target.dispatchEvent(
          new CustomEvent(n, { bubbles: true, cancelable: true, detail: '{}' }),
        );
        if (!notCancelled || (received[n] ?? 0) !== before + 1)
          answered.push(`${n} on ${target === window ? 'window' : 'document'}`);
      }
    }
    const mutations = observer.takeRecords().length;
    observer.disconnect();
    for (const n of custom) removeEventListener(n, count);
    const attrs = (el: Element) => [...el.attributes].map((a) => a.name).sort();
    // A wrapped API that calls back into the page shows its frames in the page's stack.
    let callbackStack = '';
    addEventListener(
      {
        toString: () => {
          callbackStack = new Error().stack ?? '';
          return 'fw-probe';
        },
      } as unknown as string,
      () => undefined,
    );
    return {
      callbackStack,
      globals: Object.getOwnPropertyNames(window).sort(),
      documentProps: Object.getOwnPropertyNames(document).sort(),
      chromeKeys: Object.keys((window as { chrome?: object }).chrome ?? {}).sort(),
      htmlAttributes: attrs(document.documentElement),
      bodyAttributes: attrs(document.body),
      elements: [...document.querySelectorAll('*')].map((el) => [el.localName, ...attrs(el)].join(' ')),
      answered,
      mutations,
      customNames: custom.length,
    };
  }, names);
}

/** The accessibility tree shows the dialog even inside a closed shadow root. */
async function dialogShown(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.some((n) => n.role?.value === 'dialog' && !n.ignored);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const checksOf = (findings: { rule: string; check: string }[]) => findings.map((f) => `${f.rule}/${f.check}`);

let browser: ExtensionBrowser;
let site: StaticServer;
let thirdParty: StaticServer;
let names: string[];
const beacons: string[] = [];

/** /silenced/x.html, /forged/x.html…: x.html with that script first in <head>. */
function withScriptFirst(req: IncomingMessage, res: ServerResponse): boolean {
  const m = /^\/(silenced|silenced-submit|forged|tampered|reopened)\/([\w-]+\.html)/.exec(req.url ?? '');
  if (!m) return false;
  const script = {
    silenced: () => silencer(names, false),
    'silenced-submit': () => silencer(names, true),
    forged: () => forger(names),
    tampered: () => TAMPERER,
    reopened: () => REOPENER,
  }[m[1]!]!();
  const html = readFileSync(join(PAGES, m[2]!), 'utf8').replace('<head>', `<head>${script}`);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
  return true;
}

async function usePolicy(onSubmit: 'confirm'): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options/options.html`);
  const policy = { ...PRESETS['cn-pipl'], id: `browser-test-${onSubmit}`, onSubmit };
  const reply = await page.evaluate(
    (text) => chrome.runtime.sendMessage({ type: 'policy/load-local', text, fileName: 'test.json' }),
    JSON.stringify(policy),
  );
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
  await page.close();
}

async function openAndReport(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(browser.worker, page.url());
  await poll(
    async () => ((await reportFor(page, browser.extensionId, tabId))?.report.findings.length ?? 0) > 0,
    `first report with findings for ${url}`,
  );
  return { page, tabId };
}

beforeAll(async () => {
  if (BUILD === DIST) ensureBuilt('production');
  names = literalsOfShippedScripts(BUILD);
  site = await serveStatic([PAGES], '127.0.0.1', [withScriptFirst]);
  thirdParty = await serveStatic([PAGES], '127.0.0.2', [
    (req, res) => {
      if (!req.url?.startsWith('/collect')) return false;
      beacons.push(req.url);
      res.writeHead(204, { 'access-control-allow-origin': '*' });
      res.end();
      return true;
    },
  ]);
  browser = await launchWithExtension({ build: BUILD });
  await usePolicy('confirm');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await thirdParty?.close();
});

describe('a page cannot silence FormWarden', () => {
  it('stopping every custom event name of the shipped scripts (first thing in <head>) hides neither the key listener nor the beacons', async () => {
    beacons.length = 0;
    const { page, tabId } = await openAndReport(
      site.url(`/silenced/third-party.html?tp=${encodeURIComponent(thirdParty.origin)}`),
    );
    expect((await page.evaluate(() => (window as { silenced?: string[] }).silenced ?? [])).length).toBeGreaterThan(0);
    await poll(() => page.evaluate(() => document.querySelector('script[src*="replay.js"]') !== null), 'replay script');
    await page.click('#idnum');
    await page.keyboard.type('ZX9QK7');
    await poll(() => beacons.length > 0, 'beacons at the third party');
    const checks = await poll(async () => {
      const c = checksOf((await reportFor(page, browser.extensionId, tabId))?.report.findings ?? []);
      return LIVE_CHECKS.every((x) => c.includes(x)) ? c : null;
    }, 'keystroke-listener and sent-while-typing findings despite the silencer');
    expect(checks).toEqual(expect.arrayContaining(LIVE_CHECKS));
    await page.close();
  });

  it('a form the page submits by script is still held under onSubmit "confirm"', async () => {
    const { page } = await openAndReport(site.url('/silenced/confirm.html'));
    await page.click('#script-submit');
    const outcome = await poll(
      async () => (page.url().includes('/submitted.html') ? 'sent' : (await dialogShown(page)) ? 'asked' : null),
      'the script submit is asked about (or sent)',
    );
    expect(outcome).toBe('asked');
    await page.close();
  });

  it('a page that also stops `submit` on window before anything else cannot keep the guard from asking', async () => {
    const { page } = await openAndReport(site.url('/silenced-submit/confirm.html'));
    await page.click('#send');
    const outcome = await poll(
      async () => (page.url().includes('/submitted.html') ? 'sent' : (await dialogShown(page)) ? 'asked' : null),
      'the submit is asked about (or sent)',
    );
    expect(outcome).toBe('asked');
    await page.close();
  });

  it('a page that replaces the globals the MAIN-world watch uses (stack formatting, Set, RegExp, JSON) still gets both warnings', async () => {
    beacons.length = 0;
    const { page, tabId } = await openAndReport(
      site.url(`/tampered/third-party.html?tp=${encodeURIComponent(thirdParty.origin)}`),
    );
    expect(await page.evaluate(() => (window as { tampered?: boolean }).tampered)).toBe(true);
    await poll(() => page.evaluate(() => document.querySelector('script[src*="replay.js"]') !== null), 'replay script');
    await page.click('#idnum');
    await page.keyboard.type('ZX9QK7');
    await poll(() => beacons.length > 0, 'beacons at the third party');
    const checks = await poll(async () => {
      const c = checksOf((await reportFor(page, browser.extensionId, tabId))?.report.findings ?? []);
      return LIVE_CHECKS.every((x) => c.includes(x)) ? c : null;
    }, 'keystroke-listener and sent-while-typing findings despite the tampering');
    expect(checks).toEqual(expect.arrayContaining(LIVE_CHECKS));
    await page.close();
  });

  it('a form submitted with the submit() of a fresh blob: iframe (another realm) is still held', async () => {
    const { page } = await openAndReport(site.url('/cross-realm.html'));
    await page.click('#blob-submit');
    const outcome = await poll(
      async () => (page.url().includes('/submitted.html') ? 'sent' : (await dialogShown(page)) ? 'asked' : null),
      'the script submit is asked about (or sent)',
    );
    expect(outcome).toBe('asked');
    await page.close();
  });

  it("a tracker that listens and beacons through an iframe's realm (its addEventListener, its sendBeacon) is still reported", async () => {
    beacons.length = 0;
    const { page, tabId } = await openAndReport(
      site.url(`/cross-realm.html?tp=${encodeURIComponent(thirdParty.origin)}`),
    );
    await poll(() => page.evaluate(() => document.querySelector('iframe') !== null), 'the tracker ran');
    await page.click('#idnum');
    await page.keyboard.type('ZX9QK7');
    await poll(() => beacons.length > 0, 'beacons at the third party');
    const checks = await poll(async () => {
      const c = checksOf((await reportFor(page, browser.extensionId, tabId))?.report.findings ?? []);
      return LIVE_CHECKS.every((x) => c.includes(x)) ? c : null;
    }, 'keystroke-listener and sent-while-typing findings');
    expect(checks).toEqual(expect.arrayContaining(LIVE_CHECKS));
    await page.close();
  });

  it('a tracker that listens through a handler property (document.onkeydown = …) is reported', async () => {
    beacons.length = 0;
    const { page, tabId } = await openAndReport(
      site.url(`/cross-realm.html?script=handler-replay.js&tp=${encodeURIComponent(thirdParty.origin)}`),
    );
    await poll(
      () => page.evaluate(() => (window as { trackerReady?: boolean }).trackerReady === true),
      'the tracker ran',
    );
    await page.click('#idnum');
    await page.keyboard.type('ZX9QK7');
    await poll(() => beacons.length > 0, 'beacons at the third party');
    const checks = await poll(async () => {
      const c = checksOf((await reportFor(page, browser.extensionId, tabId))?.report.findings ?? []);
      return LIVE_CHECKS.every((x) => c.includes(x)) ? c : null;
    }, 'keystroke-listener and sent-while-typing findings');
    expect(checks).toEqual(expect.arrayContaining(LIVE_CHECKS));
    await page.close();
  });

  it('a page that erases every listener with document.open() and then stops `submit` first is still asked', async () => {
    const { page } = await openAndReport(site.url('/reopened/confirm.html'));
    await poll(
      () => page.evaluate(() => (window as { rewritten?: boolean }).rewritten === true),
      'the page rewrote itself',
    );
    await page.click('#send');
    const outcome = await poll(
      async () => (page.url().includes('/submitted.html') ? 'sent' : (await dialogShown(page)) ? 'asked' : null),
      'the submit is asked about (or sent)',
    );
    expect(outcome).toBe('asked');
    await page.close();
  });
});

describe('a page cannot detect FormWarden', () => {
  it('finds no global, attribute, element name or answered event that a browser without FormWarden lacks (the overlay host aside)', async () => {
    const url = site.url('/confirm.html');
    // The same page in a browser without the extension.
    const plain = await chromium.launch({
      executablePath: CHROMIUM,
      headless: false,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    let without: Record<string, unknown>;
    try {
      const p = await plain.newPage();
      await p.goto(url, { waitUntil: 'load' });
      without = await probe(p, names);
    } finally {
      await plain.close();
    }
    const { page } = await openAndReport(url);
    // Marks are drawn in the page: wait for their host (one more child of <html>).
    await poll(() => page.evaluate(() => document.documentElement.children.length > 2), 'the marks overlay');
    const withIt = await probe(page, names);
    expect(withIt.customNames).toBeGreaterThan(0);
    expect(withIt.answered).toEqual([]);
    expect(withIt.mutations).toBe(0);
    expect(withIt.callbackStack).toContain('toString');
    expect(withIt.callbackStack).not.toMatch(new RegExp(`chrome-extension|${browser.extensionId}`));
    for (const key of ['globals', 'documentProps', 'chromeKeys', 'htmlAttributes', 'bodyAttributes'] as const)
      expect(withIt[key], key).toEqual(without[key]);
    // The one unavoidable trace: the overlay's host, under a made-up tag, with nothing but its style.
    const extra = (withIt.elements as string[]).filter((e) => !(without.elements as string[]).includes(e));
    expect(extra).toHaveLength(1);
    expect(extra[0]).toMatch(/^[a-z]{4}-[a-z]{4} style$/);
    expect(extra[0]).not.toMatch(/formwarden|fw/i);
    await page.close();
  });
});

describe('test hooks exist only in the test build', () => {
  it("the shipped content scripts carry no test hook and no FormWarden name on the page's side", () => {
    const read = (build: string, file: string) => readFileSync(join(build, 'src/content', file), 'utf8');
    expect(read(BUILD, 'index.js')).not.toMatch(/formwardenTest|formwarden_?stats|__FW_TEST__/i);
    // The MAIN-world script's source is readable by the page (toString of a wrapped API).
    expect(read(BUILD, 'main-world.js')).not.toMatch(/formwarden/i);
    ensureBuilt('test');
    expect(read(TEST_DIST, 'index.js')).toMatch(/formwardenTest/);
  });
});

describe('a page cannot feed FormWarden', () => {
  it('forged facts, "ready" and port handovers under every custom name give no live fact and no finding', async () => {
    const { page, tabId } = await openAndReport(site.url('/forged/third-party.html'));
    await page.evaluate(() => (window as { forge?: () => void }).forge?.());
    await page.click('#idnum');
    await page.keyboard.type('ZX9QK7');
    // Positive condition first: the typing itself reached the background as a live fact.
    const lives = await poll(async () => {
      const l = await liveFactsOf(browser.worker, tabId);
      return l.some((f) => typeof f.firstFormInteractionAt === 'number') ? l : null;
    }, 'live facts of the typing');
    expect(lives.flatMap((l) => l.keyListeners ?? [])).toEqual([]);
    expect(lives.flatMap((l) => l.sentWhileTyping ?? [])).toEqual([]);
    expect(lives.flatMap((l) => [...(l.geolocation ?? []), ...(l.camera ?? [])])).toEqual([]);
    const checks = checksOf((await reportFor(page, browser.extensionId, tabId))!.report.findings);
    for (const check of LIVE_CHECKS) expect(checks).not.toContain(check);
    await page.close();
  });
});
