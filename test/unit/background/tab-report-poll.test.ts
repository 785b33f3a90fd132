// Issue 17: reading a tab is apart from showing it. The popup and the HR preview poll 'tab/report';
// each poll reads the tab afresh, but only a change (a frame's scan, the policy, the ledger) stores
// the report, draws the badge and sends every frame its marks again. Driven through the real
// router and service-worker module (src/background/index.ts) with a fake browser.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { collectScan } from '../../../src/core/collect';
import { packScan } from '../../../src/messaging/scan-packing';
import { DEFAULT_POLICY, PRESETS } from '../../../src/core/policy';
import type { Policy } from '../../../src/core/types';
import { parseHtml } from '../../../src/cli/parse-html';

const EXTENSION = 'chrome-extension://fw/';
const PAGE_URL = 'https://oa.example.cn/health/daily';
const FRAME_URL = 'https://survey.example.cn/q/1';
const TAB = 5;

const sent: { tabId: number; frameId: number; type: string }[] = [];
const badge: { text?: string } = {};
const session: Record<string, unknown> = {};
const listeners: {
  message?: (message: unknown, sender: unknown) => Promise<unknown> | undefined;
  policy?: () => void;
} = {};
const inForce: { policy: Policy } = { policy: DEFAULT_POLICY };

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'fw',
      getURL: (path: string) => `${EXTENSION}${path}`,
      onMessage: {
        addListener: (l: typeof listeners.message) => {
          listeners.message = l;
        },
      },
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => {
        badge.text = text;
      },
      setBadgeBackgroundColor: async () => undefined,
      setBadgeTextColor: async () => undefined,
      setTitle: async () => undefined,
    },
    i18n: { getMessage: () => '' },
    storage: {
      onChanged: { addListener: () => undefined },
      local: { get: async () => ({}), set: async () => undefined },
      session: {
        get: async (key: string | null) => (key === null ? { ...session } : { [key]: session[key] }),
        set: async (items: Record<string, unknown>) => {
          Object.assign(session, structuredClone(items));
        },
        remove: async (key: string) => {
          delete session[key];
        },
      },
    },
    tabs: {
      onRemoved: { addListener: () => undefined },
      sendMessage: async (tabId: number, message: { type: string }, options?: { frameId?: number }) => {
        sent.push({ tabId, frameId: options?.frameId ?? 0, type: message.type });
      },
    },
  },
}));
vi.mock('../../../src/background/policy-in-force', () => ({
  initPolicyStore: async () => undefined,
  onPolicyChange: (l: () => void) => {
    listeners.policy = l;
  },
  policyHandlers: {},
  getPolicyInForce: async () => ({ policy: inForce.policy, source: 'local' }),
}));
vi.mock('../../../src/background/ledger-bridge', () => ({
  initLedger: async () => undefined,
  ledgerHandlers: {},
  onLedgerChange: () => () => undefined,
  historyFor: async () => [],
}));

await import('../../../src/background/index');

function collected(html: string, pageUrl: string) {
  return collectScan(parseHtml(html).document, { pageUrl });
}

/** A content script reports its frame, as the browser tells who sent it. */
function reportFrame(frameId: number, frameUrl: string, html: string) {
  return listeners.message!(
    { type: 'scan/frame', scan: packScan(collected(html, frameUrl)) },
    { id: 'fw', url: frameUrl, tab: { id: TAB }, frameId, documentId: `doc-${frameId}` },
  );
}

/** The popup (or the HR preview) asks for the tab's report. */
function poll() {
  return listeners.message!(
    { type: 'tab/report', tabId: TAB },
    { id: 'fw', url: `${EXTENSION}src/ui/popup/popup.html` },
  ) as Promise<{ report: { findings: unknown[]; policy: { id: string } } }>;
}

const marks = () => sent.filter((m) => m.type === 'content/marks');

describe("polling a tab's report", () => {
  beforeAll(async () => {
    await reportFrame(
      0,
      PAGE_URL,
      '<title>每日健康打卡</title><form><label for="n">姓名</label><input id="n" name="xm"></form>',
    );
    await reportFrame(
      3,
      FRAME_URL,
      '<form><label for="id">身份证号</label><input id="id" name="sfzh"><label for="t">今日体温</label><input id="t" name="tw"></form>',
    );
    // The frames' scans are evaluated once the burst is over: both frames get their marks.
    await vi.waitFor(() => expect(new Set(marks().map((m) => m.frameId))).toEqual(new Set([0, 3])));
  });

  it('reads the report afresh on every poll but sends no frame its marks again', async () => {
    const before = marks().length;
    for (let i = 0; i < 10; i++) {
      const reply = await poll();
      expect(reply.report.findings.length).toBeGreaterThan(0);
      expect(badge.text).toBe(String(reply.report.findings.length));
    }
    expect(marks().length).toBe(before);
  });

  it('a policy change reaches every frame once, however often the popup polls after it', async () => {
    const before = marks().length;
    inForce.policy = PRESETS['eu-gdpr']!;
    listeners.policy!();
    await vi.waitFor(() => expect(marks().length).toBe(before + 2));
    for (let i = 0; i < 5; i++) expect((await poll()).report.policy.id).toBe('eu-gdpr');
    expect(marks().length).toBe(before + 2);
  });

  it('a change a poll sees before its own evaluation has run is shown once, not on every poll', async () => {
    const before = marks().length;
    // Changed without telling the background (as if its evaluation were still to come).
    inForce.policy = PRESETS['cn-pipl']!;
    for (let i = 0; i < 5; i++) expect((await poll()).report.policy.id).toBe('cn-pipl');
    expect(marks().length).toBe(before + 2);
  });
});
