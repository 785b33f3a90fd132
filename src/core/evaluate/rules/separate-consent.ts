// separate-consent (policy.md, issue 9): sensitive data with only a bundled consent; data read
// before the person touched the form or a consent control.
import type { CategoryId } from '../../taxonomy';
import type { Check, Hit } from '../check';
import type { EvalContext, PersonalField } from '../context';
import { categoriesOf, selectorsOf } from '../select';

const bundled: Check = {
  id: 'bundled-consent',
  rule: 'separate-consent',
  needsConsentBasis: true,
  applies(ctx) {
    const named = new Set<CategoryId>([
      ...ctx.scan.notice.separateConsentFor,
      ...ctx.scan.page.consentControls.flatMap((c) => c.names),
    ]);
    const uncovered = ctx.personal.filter((f) => f.sensitive && !named.has(f.category));
    if (uncovered.length === 0) return [];
    return [{ fields: selectorsOf(uncovered), vars: { categories: categoriesOf(uncovered) } }];
  },
  message: {
    en: (w) =>
      `This form collects sensitive personal information (${w.categories}) but asks for no separate consent that names it. A general "I agree" or "by submitting you agree" is not enough.`,
    'zh-CN': (w) =>
      `本表单收集${w.categories}，属于敏感个人信息，却没有单独征求针对这些信息的同意。笼统的“我已阅读并同意”或“提交即视为同意”并不足够。`,
    'zh-TW': (w) =>
      `本表單蒐集${w.categories}，屬於敏感個人資料，卻沒有單獨徵求針對這些資料的同意。籠統的「我已閱讀並同意」或「送出即視為同意」並不足夠。`,
  },
};

type EarlyKind = 'geolocation' | 'camera' | 'hidden-fill';

const LIVE_API = { geolocation: 'navigator.geolocation', camera: 'navigator.mediaDevices.getUserMedia' } as const;

/** Which personal fields an early read concerns. */
function fieldsForEarly(kind: EarlyKind, personal: readonly PersonalField[]): PersonalField[] {
  if (kind === 'geolocation') return personal.filter((f) => f.category === 'location.precise');
  if (kind === 'camera') return personal.filter((f) => f.category === 'biometric.face');
  return personal.filter((f) => f.hidden);
}

/** The moment the person first acted: consent control or form, whichever came first. */
function firstInteraction(ctx: EvalContext): number {
  const times = [ctx.live.firstConsentInteractionAt, ctx.live.firstFormInteractionAt].filter(
    (t): t is number => typeof t === 'number',
  );
  return times.length > 0 ? Math.min(...times) : Number.POSITIVE_INFINITY;
}

const collectedBeforeConsent: Check = {
  id: 'collected-before-consent',
  rule: 'separate-consent',
  applies(ctx) {
    const hits: Hit[] = [];
    const liveKinds = new Set<EarlyKind>();
    const before = firstInteraction(ctx);
    for (const kind of ['geolocation', 'camera'] as const) {
      const events = ctx.live[kind];
      if (!events) continue;
      liveKinds.add(kind); // the live watch saw the page: its answer replaces the static guess
      const early = events.filter((e) => e.at < before);
      if (early.length === 0) continue;
      hits.push({
        fields: selectorsOf(fieldsForEarly(kind, ctx.personal)),
        vars: { variant: kind, detail: `${LIVE_API[kind]} × ${early.length}` },
      });
    }
    const staticByKind = new Map<EarlyKind, string[]>();
    for (const e of ctx.scan.page.staticEarlyCollection) {
      if (liveKinds.has(e.kind)) continue;
      staticByKind.set(e.kind, [...(staticByKind.get(e.kind) ?? []), e.evidence]);
    }
    for (const [kind, evidence] of staticByKind) {
      hits.push({
        fields: selectorsOf(fieldsForEarly(kind, ctx.personal)),
        vars: { variant: kind, detail: evidence.join('; ').slice(0, 160) },
      });
    }
    return hits;
  },
  message: {
    en: (w) =>
      `${w.variant === 'camera' ? 'The page turns on the camera' : w.variant === 'hidden-fill' ? 'The page fills in personal data by itself' : 'The page reads your location'} before you have touched the form or given consent (${w.detail}).`,
    'zh-CN': (w) =>
      `在您操作表单或作出同意之前，页面就已${w.variant === 'camera' ? '打开摄像头' : w.variant === 'hidden-fill' ? '自动填入个人信息' : '读取您的位置'}（${w.detail}）。`,
    'zh-TW': (w) =>
      `在您操作表單或作出同意之前，頁面就已${w.variant === 'camera' ? '開啟攝影機' : w.variant === 'hidden-fill' ? '自動填入個人資料' : '讀取您的位置'}（${w.detail}）。`,
  },
};

export const SEPARATE_CONSENT_CHECKS: readonly Check[] = [bundled, collectedBeforeConsent];
