// separate-consent/collected-before-consent: Collected before consent.
import { item, OECD } from '../../policy/provisions';
import { defineCheck, type Hit } from '../check';
import type { EvalContext, PersonalField } from '../context';
import { selectorsOf } from '../select';

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

export const collectedBeforeConsent = defineCheck({
  id: 'collected-before-consent',
  rule: 'separate-consent',
  title: { en: 'Collected before consent', 'zh-CN': '征得同意前即开始收集', 'zh-TW': '取得同意前即開始蒐集' },
  observability: 'static-and-live',
  needsConsentBasis: false,
  noticeTemplate: false,
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
  fix: {
    en: () =>
      'Read the location or start the camera only after the employee has given consent or used the related question; remove automatic calls on page load and hidden auto-filled inputs.',
    'zh-CN': () =>
      '只在员工作出同意或点击相关问题后才读取定位或开启摄像头；删除页面加载时的自动调用和自动填入的隐藏字段。',
    'zh-TW': () =>
      '只在員工作出同意或點擊相關問題後才讀取定位或開啟攝影機；刪除頁面載入時的自動呼叫和自動填入的隱藏欄位。',
  },
  citations: {
    CN: ['PIPL Art. 14', 'GB/T 35273-2020 §5.4', item('三.1')],
    EU: ['GDPR Art. 6(1)(a)', 'GDPR Art. 7(1)'],
    generic: [OECD.collection],
  },
  checklist: ['三.1'],
  words: {
    aboutPage: true,
    problem: {
      en: () => 'collects data before you agree',
      'zh-CN': () => '在您同意之前就开始收集信息',
      'zh-TW': () => '在您同意之前就開始蒐集資料',
    },
    short: { en: () => 'collected before you agree', 'zh-CN': () => '同意前即被收集', 'zh-TW': () => '同意前即被蒐集' },
  },
});
