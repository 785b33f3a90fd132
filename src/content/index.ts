// Content script (ISOLATED world, every http(s) frame): thin glue around the core. Collects the
// DOM half of the core's scan (questions, notice facts; no values), keeps it current, forwards it
// and live facts to the background — which classifies and evaluates — draws the marks it is told
// to draw and guards submission. No Preact, no Dexie, no vocabularies: its size is budgeted.
import type { HighlightMessage, MarksMessage, ToBackground } from '../background/messages';
import type { CollectedScan } from '../core/collect';
import { SETTINGS, settingValue } from '../core/settings';
import { pickLocale } from '../ui/i18n';
import { askInPage } from './dialog';
import { ext } from './ext';
import { LiveWatch } from './live';
import { marksFrom, MarksOverlay } from './overlay';
import { FrameScanner } from './scanner';
import { findField } from './selectors';
import type { ContentKey } from './strings';
import { SubmitGuard } from './submit-guard';

const SEND_INTERVAL_MS = 250;

function start(): void {
  const w = window as Window & { __formwardenContent?: boolean };
  if (w.__formwardenContent) return;
  w.__formwardenContent = true;

  const locale = pickLocale(ext.i18n.getUILanguage());
  // Strings come from _locales (generated from ./strings.ts): the bundle carries no dictionary.
  const t = (key: ContentKey) => ext.i18n.getMessage(`content_${key}`) || key;
  const isTop = window === window.top;
  const overlay = new MarksOverlay(t('contentMarkLabel'));

  const send = (message: ToBackground) => ext.runtime.sendMessage(message).catch(() => undefined);
  const throttled = <T>(fn: (v: T) => void) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest: T;
    return (v: T) => {
      latest = v;
      timer ??= setTimeout(() => {
        timer = null;
        fn(latest);
      }, SEND_INTERVAL_MS);
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
    if (!isTop && scan.descriptors.length === 0 && !scan.notice.notice.found) return;
    void send({ type: 'scan/frame', pageUrl: location.href, frameUrl: location.href, scan });
  });
  // The snapshot is taken when the throttled send fires, not at every change.
  const sendLive = throttled<void>(() => {
    if (live) void send({ type: 'scan/live', live: live.snapshot() });
  });

  const scanner = new FrameScanner({
    pageUrl: () => location.href,
    ignore: (node) => node === overlay.host || (node as Element).tagName === 'FORMWARDEN-DIALOG',
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
  // Live facts listen from the start (the main-world watch replays what it buffered); the first
  // scan follows once the page has loaded.
  live = new LiveWatch({
    fieldElements: () => scanner.fieldElements(),
    isPersonal: (selector) => personal.has(selector),
    consentSelectors: () => [...(lastScan?.notice.notice.consentControls ?? []), ...(lastScan?.notice.page.consentControls.map((c) => c.selector) ?? [])],
    onChange: sendLive,
    onShadowRoot: (host) => scanner.watchShadowRoot(host),
  });
  scanner.start();

  const guard = new SubmitGuard({
    locale,
    ask: askInPage,
    personalFields: () => [...personal],
    text: (kind, reasons) => kind === 'block'
      ? { title: t('contentBlockedTitle'), body: t('contentBlockedBody'), reasonsHeading: t('contentDialogReasons'), reasons, cancel: t('contentBlockedClose') }
      : { title: t('contentConfirmTitle'), body: t('contentConfirmBody'), reasonsHeading: t('contentDialogReasons'), reasons, confirm: t('contentConfirmContinue'), cancel: t('contentConfirmCancel') },
    decided: (decision) => void send({ type: 'ledger/decision', decision }),
    // Only that a form was sent; the background adds origin, fingerprint and categories (no values).
    submitted: () => void send({ type: 'ledger/submission' }),
  });

  ext.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const message = raw as MarksMessage | HighlightMessage;
    if (message?.type === 'content/marks') {
      const known = personal;
      personal = new Set(message.personal);
      overlay.render(marksFrom(message.findings, locale), Object.fromEntries(Object.entries(message.names ?? {}).map(([selector, name]) => [selector, name[locale]])));
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
  });

  void ext.storage.local.get([SETTINGS.showMarks.key, SETTINGS.checkNoticeLinks.key]).then((v) => {
    overlay.setEnabled(settingValue('showMarks', v));
    setCheckLinks(settingValue('checkNoticeLinks', v));
  });
  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const now = Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.newValue]));
    if (SETTINGS.showMarks.key in changes) overlay.setEnabled(settingValue('showMarks', now));
    if (SETTINGS.checkNoticeLinks.key in changes) setCheckLinks(settingValue('checkNoticeLinks', now));
  });

  // For the bench and the hostile-page test: scan timings, read through the DOM (no values).
  document.addEventListener('__formwarden_stats', () => {
    document.documentElement.dataset.formwardenStats = JSON.stringify({ ...scanner.stats, idle: scanner.isIdle(), marks: overlay.count(), marksShown: overlay.isEnabled() });
  });
}

start();
