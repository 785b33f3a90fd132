// Issue 13: a tab whose evaluation fails shows it — "!" on its badge in a colour that is no
// severity, the reason in the reply the popup reads, and the last failure (time, page without
// query, reason) in storage.local for the options page. A later success clears it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { scanRoot } from '../../../src/core/scan';
import { parseHtml } from '../../../src/cli/parse-html';

const PAGE_URL = 'https://oa.example.cn/health/daily?token=secret#top';
const html =
  '<title>每日健康打卡</title><form><label for="id">身份证号</label><input id="id" name="sfzh"><label for="t">今日体温</label><input id="t" name="tw"></form>';
const scan = scanRoot(parseHtml(html).document, { pageUrl: PAGE_URL });

const badge: { text?: string; colour?: string; title?: string } = {};
const MESSAGES: Record<string, string> = {
  extName: 'FormWarden',
  failure_couldNotCheck: 'FormWarden could not check this page',
};
const local: Record<string, unknown> = {};
const fault: { setReport?: Error; localSet?: Error } = {};

vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => {
        badge.text = text;
      },
      setBadgeBackgroundColor: async ({ color }: { color: string }) => {
        badge.colour = color;
      },
      setBadgeTextColor: async () => undefined,
      setTitle: async ({ title }: { title: string }) => {
        badge.title = title;
      },
    },
    i18n: { getMessage: (name: string) => MESSAGES[name] ?? '' },
    storage: {
      onChanged: { addListener: () => undefined },
      local: {
        get: async () => ({}),
        set: async (items: Record<string, unknown>) => {
          if (fault.localSet) throw fault.localSet;
          Object.assign(local, items);
        },
      },
    },
    tabs: { sendMessage: async () => undefined },
  },
}));
vi.mock('../../../src/background/tab-state', () => ({
  getTab: async () => ({
    pageUrl: PAGE_URL,
    topDocumentId: 'd',
    frames: { 0: { frameUrl: PAGE_URL, documentId: 'd', scan } },
  }),
  setReport: async () => {
    if (fault.setReport) throw fault.setReport;
  },
}));
vi.mock('../../../src/background/policy-in-force', () => ({
  getPolicyInForce: async () => ({ policy: DEFAULT_POLICY, source: 'default' }),
}));
vi.mock('../../../src/background/ledger-bridge', () => ({ historyFor: async () => [] }));

const { evaluateTab } = await import('../../../src/background/evaluate-tab');
const { FAILURE_BADGE, BADGE_COLOURS } = await import('../../../src/background/badge');
const { LAST_FAILURE_KEY, failureOf } = await import('../../../src/background/evaluation-failure');

describe('a failed evaluation is never silent', () => {
  beforeEach(() => {
    fault.setReport = undefined;
    fault.localSet = undefined;
    for (const k of Object.keys(local)) delete local[k];
  });

  it('storage full while saving the report: "!" in purple, the reason in the reply and in storage.local', async () => {
    fault.setReport = new Error('Session storage quota bytes exceeded. Values were not stored.');
    const result = await evaluateTab(7);
    expect(result).toEqual({
      error: 'Session storage quota bytes exceeded. Values were not stored.',
      pageUrl: 'https://oa.example.cn/health/daily',
    });
    expect(badge).toEqual({
      text: '!',
      colour: FAILURE_BADGE.background,
      title: 'FormWarden could not check this page',
    });
    expect(Object.values(BADGE_COLOURS).map((c) => c.background)).not.toContain(FAILURE_BADGE.background);
    expect(local[LAST_FAILURE_KEY]).toEqual({
      at: expect.any(Number),
      page: 'https://oa.example.cn/health/daily',
      reason: 'Session storage quota bytes exceeded. Values were not stored.',
    });
    expect(failureOf(7)?.reason).toContain('quota');
  });

  it('still shown on the badge when even storage.local cannot keep the failure', async () => {
    fault.setReport = new TypeError('x is undefined');
    fault.localSet = new Error('QUOTA_BYTES quota exceeded');
    badge.text = '';
    expect(await evaluateTab(8)).toMatchObject({ error: 'TypeError: x is undefined' });
    expect(badge.text).toBe('!');
  });

  it('the next successful evaluation replaces "!" with the findings and forgets the failure', async () => {
    fault.setReport = new Error('boom');
    await evaluateTab(9);
    expect(badge.text).toBe('!');
    fault.setReport = undefined;
    const ok = await evaluateTab(9);
    expect(ok && 'report' in ok).toBe(true);
    expect(badge.text).toBe(String(ok && 'report' in ok ? ok.report.findings.length : ''));
    expect(badge.title).toBe('FormWarden');
    expect(failureOf(9)).toBeUndefined();
  });
});
