// Content script (ISOLATED world, every http(s) frame): thin glue around the core. Collects the
// DOM half of the core's scan (questions, notice facts; no values), keeps it current, forwards it
// and live facts to the background — which classifies and evaluates — draws the marks it is told
// to draw and guards submission. No Preact, no Dexie, no vocabularies: its size is budgeted.
//
// It runs at document_start, before any page script: it hands the private channel's port to the
// MAIN-world watch (channel.ts) and adds its window listeners (submit, click, interactions) before
// the page can add any that would stop them (first-listeners.ts). Scanning waits for the load.
// Nothing of it is visible to the page: no global (this world's globals are its own), attribute,
// event name or console output; marks and the dialog only while shown (isolated-host.ts).
import { contentAskerFor } from '../messaging/ask';
import type { ToContent } from '../messaging/contract';
import { packScan } from '../messaging/scan-packing';
import type { CollectedScan } from '../core/collect';
import { pickLocale } from '../ui/i18n';
import { askInPage, listenForDialogKeys } from './dialog';
import { ext } from './ext';
import { listenFirst, relisten } from './first-listeners';
import { openIsolatedChannel } from './isolated-channel';
import { isIsolatedHost, isolatedHostTag, useStyles } from './isolated-host';
import { own, ownSpans } from './own-work';
import { LiveWatch } from './live';
import { marksFrom, MarksOverlay } from './overlay';
import { createFrameScanner } from './scanner';
import { findField } from './selectors';
import type { ContentKey } from './strings';
import { SubmitGuard } from './submit-guard';

const SEND_INTERVAL_MS = 250;
/** After DOMContentLoaded, the longest the first scan waits for the load event. */
const LOAD_WAIT_MS = 3000;
/** After the load, the longest a sub-frame out of view waits to be scanned. */
const FRAME_WAIT_MS = 3000;

function start(): void {
  // This world's own global (the page's world does not see it): injected twice, run once.
  const w = window as Window & { formwardenContent?: boolean };
  if (w.formwardenContent) return;
  w.formwardenContent = true;

  const locale = pickLocale(ext.i18n.getUILanguage());
  // Strings come from _locales (generated from ./strings.ts): the bundle carries no dictionary.
  const t = (key: ContentKey) => ext.i18n.getMessage(`content_${key}`) || key;
  const isTop = window === window.top;
  const overlay = new MarksOverlay(() => t('contentMarkLabel'));

  const ask = contentAskerFor((message) => ext.runtime.sendMessage(message));
  const send: typeof ask = (message) => ask(message).catch(() => undefined as never);
  const throttled = <T>(fn: (v: T) => void) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest: T;
    return (v: T) => {
      latest = v;
      timer ??= setTimeout(
        own(() => {
          timer = null;
          fn(latest);
        }),
        SEND_INTERVAL_MS,
      );
    };
  };

  let lastScan: CollectedScan | null = null;
  /** This frame's personal fields, as the background classified them. */
  let personal = new Set<string>();
  let live: LiveWatch | null = null;
  /** The employee's setting: HEAD the page's notice links (off by default: no request of our own). */
  let checkLinks = false;
  const setCheckLinks = (on: boolean) => {
    checkLinks = on;
    if (on && live && lastScan) live.checkNoticeLinks(lastScan.notice.page);
  };
  const sendScan = throttled((scan: CollectedScan) => {
    // Frames with nothing to say stay silent; the top frame always reports (it names the page).
    // (The guard then waits for no instructions: there will be none.)
    const upTo = scanner.version();
    if (!isTop && scan.descriptors.length === 0 && !scan.notice.notice.found) return guard.scanned(true, upTo);
    // The background takes this frame's URL from the browser, not from us.
    void send({ type: 'scan/frame', scan: packScan(scan) }).then(() => guard.scanned(false, upTo));
  });
  // The snapshot is taken when the throttled send fires, not at every change.
  const sendLive = throttled<void>(() => {
    if (live) void send({ type: 'scan/live', live: live.snapshot() });
  });

  const scanner = createFrameScanner({
    pageUrl: () => location.href,
    ignore: isIsolatedHost,
    onChange: (scan) => {
      lastScan = scan;
      sendScan(scan);
      if (live) {
        if (checkLinks) live.checkNoticeLinks(scan.notice.page);
        // Field selectors are known now: listeners and requests seen earlier can be attributed.
        sendLive();
      }
    },
  });
  // Live facts come from document_start on; the first scan follows once the page has loaded.
  live = new LiveWatch({
    fieldElements: () => scanner.fieldElements(),
    isPersonal: (selector) => personal.has(selector),
    consentSelectors: () => [
      ...(lastScan?.notice.notice.consentControls ?? []),
      ...(lastScan?.notice.page.consentControls.map((c) => c.selector) ?? []),
    ],
    onChange: sendLive,
  });

  // The scan starts once the page has loaded — or DOMContentLoaded plus LOAD_WAIT_MS, when a
  // request the page leaves hanging keeps its load from ever coming — and, in a sub-frame, once the
  // frame is wanted: it comes into view, the employee focuses something in it, page script sends a
  // form in it (its guard holds the form until this frame's marks come), the popup or the HR preview asks for
  // the whole tab, or FRAME_WAIT_MS have passed since the load. Frames on screen are checked first;
  // thirty frames down the page are not all scanned, and classified, while the page is loading.
  // The deadline bounds what a page gains by keeping a frame from ever seeming in view.
  let scanning = false;
  let loaded = false;
  let wanted = isTop;
  const startScanning = () => {
    if (scanning || !loaded || !wanted) return;
    scanning = true;
    scanner.start();
  };
  /** Test builds: what woke this frame first (an event's type; the deadline, a view or a message: "other"). */
  let wokenBy = '';
  const wake = (cause?: unknown) => {
    if (__FW_TEST__) wokenBy ||= cause instanceof Event ? cause.type : 'other';
    wanted = true;
    startScanning();
  };
  if (!wanted) {
    const inView = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        inView.disconnect();
        wake();
      }
    });
    inView.observe(document.documentElement);
    // Clicking a field or a button, or tabbing into the frame, focuses something in it.
    listenFirst(window, 'focusin', wake);
  }
  // Load listeners of our own, first: a page's listener cannot keep the scan from starting.
  // Either may come first; the second call changes nothing.
  const onLoad = () => {
    loaded = true;
    startScanning();
    setTimeout(own(wake), FRAME_WAIT_MS);
  };
  if (document.readyState === 'complete') onLoad();
  else {
    listenFirst(window, 'load', onLoad);
    listenFirst(document, 'DOMContentLoaded', () => setTimeout(own(onLoad), LOAD_WAIT_MS));
  }

  const guard = new SubmitGuard({
    locale,
    ask: askInPage,
    personalFields: () => [...personal],
    scanner,
    text: (kind, reasons) =>
      kind === 'block'
        ? {
            title: t('contentBlockedTitle'),
            body: t('contentBlockedBody'),
            reasonsHeading: t('contentDialogReasons'),
            reasons,
            cancel: t('contentBlockedClose'),
          }
        : {
            title: t('contentConfirmTitle'),
            body: t('contentConfirmBody'),
            reasonsHeading: t('contentDialogReasons'),
            reasons,
            confirm: t('contentConfirmContinue'),
            cancel: t('contentConfirmCancel'),
          },
    decided: (decision) => void send({ type: 'guard/decision', decision }),
    // Only that a form was sent; the background adds origin, fingerprint and categories (no values).
    submitted: () => void send({ type: 'guard/submitted' }),
  });
  // The policy's onSubmit, before any instructions: under "warn" no early click is held.
  // In a task of its own: not inside the page's parsing.
  setTimeout(own(() => void send({ type: 'guard/mode' }).then((reply) => reply && guard.mode(reply.onSubmit))));
  listenForDialogKeys();

  // Now, before any page script: the MAIN world takes the port.
  openIsolatedChannel({
    fact: (fact, element) => live?.onFact(fact, element),
    scriptSubmit: (form, method) => (wake(), guard.scriptSubmit(form, method)),
    reopened: relisten,
    shadowHost: (host, tree) => scanner.watchShadowRoot(host, tree),
  });

  ext.runtime.onMessage.addListener(
    own((raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
      const message = raw as ToContent;
      if (message?.type === 'content/wake') {
        wake();
        return false;
      }
      if (message?.type === 'content/rescan') {
        if (lastScan) sendScan(lastScan);
        if (live) sendLive();
        return false;
      }
      if (message?.type === 'content/marks') {
        const known = personal;
        personal = new Set(message.personal);
        // The employee's switches come with the marks: this script cannot read storage.local.
        useStyles(message.styles);
        overlay.setEnabled(message.settings.showMarks);
        if (message.settings.checkNoticeLinks !== checkLinks) setCheckLinks(message.settings.checkNoticeLinks);
        overlay.render(
          marksFrom(message.findings, locale),
          Object.fromEntries(Object.entries(message.names ?? {}).map(([selector, name]) => [selector, name[locale]])),
        );
        guard.update(message);
        // Requests after typing count only in personal fields: now known, they can be attributed.
        if (live && (known.size !== personal.size || [...personal].some((s) => !known.has(s)))) sendLive();
        return false;
      }
      if (message?.type === 'content/highlight') {
        const el = findField(message.selector);
        if (!el) return false; // another frame holds it
        el.scrollIntoView({ block: 'center', behavior: 'smooth' });
        (el as HTMLElement).focus?.({ preventScroll: true });
        setTimeout(() => {
          overlay.requestReposition();
          overlay.flash(message.selector);
        }, 350);
        sendResponse({ found: true });
        return false;
      }
      return false;
    }),
  );

  // Test build only (vite.config.ts): figures for the browser tests and the bench, read by the
  // tests in this isolated world through the DevTools protocol (test/browser/harness.ts). The
  // production build has no such function, and the page's world never sees this world's globals.
  if (__FW_TEST__) {
    (globalThis as { formwardenTest?: () => unknown }).formwardenTest = () => ({
      ...scanner.stats,
      ownSpans: ownSpans(),
      idle: scanner.isIdle(),
      // A sub-frame out of view that nothing has asked for yet: not scanned, on purpose.
      waiting: !scanning,
      wokenBy,
      path: location.pathname,
      marks: overlay.count(),
      marksShown: overlay.isEnabled(),
      overlayTag: isolatedHostTag(),
      dialogOpen: [...document.documentElement.children].some((el) => isIsolatedHost(el) && !overlay.isHost(el)),
      dialogTag:
        [...document.documentElement.children].find((el) => isIsolatedHost(el) && !overlay.isHost(el))?.localName ?? '',
    });
  }
}

own(start)();
