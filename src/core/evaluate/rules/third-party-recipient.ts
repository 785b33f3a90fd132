// third-party-recipient (policy.md, issue 10): the form posts to another registrable domain; a
// session-replay provider is on the page; a third-party script listens to typing; a third-party
// origin receives requests right after typing. The policy's `recipients` silence all of them.
import type { Check, Hit } from '../check';
import type { EvalContext } from '../context';
import { hostOf, isListedRecipient, registrableDomainOf } from '../domains';
import { categoriesOf, selectorsOf } from '../select';
import { fieldsOfForm, formActions } from './insecure-transport';

/** A third-party domain the policy does not list, or null when it is the page's own or listed. */
function unlistedThirdParty(ctx: EvalContext, url: string): string | null {
  const host = hostOf(url);
  const domain = registrableDomainOf(url);
  if (!host || !domain || domain === ctx.pageDomain) return null;
  if (isListedRecipient(host, ctx.policy.recipients) || isListedRecipient(domain, ctx.policy.recipients)) return null;
  return domain;
}

function providerName(ctx: EvalContext, domain: string): string {
  return ctx.thirdParties.find((t) => t.domain === domain)?.provider ?? domain;
}

const formTarget: Check = {
  id: 'form-target',
  rule: 'third-party-recipient',
  applies(ctx) {
    const hits: Hit[] = [];
    for (const action of formActions(ctx)) {
      if (!/^https?:/i.test(action.url)) continue;
      const domain = unlistedThirdParty(ctx, action.url);
      if (!domain) continue;
      const fields = fieldsOfForm(ctx, action.index);
      if (fields.length === 0) continue;
      hits.push({
        fields: selectorsOf(fields),
        vars: { categories: categoriesOf(fields), providers: [domain] },
        recipients: [domain],
      });
    }
    return hits;
  },
  message: {
    en: (w) =>
      `The form sends your ${w.categories} to ${w.providers}, which is neither this site nor a recipient your employer's policy names.`,
    'zh-CN': (w) =>
      `本表单把您的${w.categories}提交到 ${w.providers}，它既不是本网站，也不在单位政策列明的接收方之中。`,
    'zh-TW': (w) => `本表單把您的${w.categories}送到 ${w.providers}，它既不是本網站，也不在單位政策列明的接收方之中。`,
  },
};

const sessionReplay: Check = {
  id: 'session-replay',
  rule: 'third-party-recipient',
  applies(ctx) {
    // A replay provider can record the form whatever its default masking; any other provider
    // only when its documentation says it records typed input.
    const replay = ctx.thirdParties.filter(
      (t) => (t.kind === 'session-replay' || t.recordsInput === true) && t.urls.some((u) => unlistedThirdParty(ctx, u)),
    );
    if (replay.length === 0) return [];
    return [
      {
        fields: selectorsOf(ctx.personal),
        vars: {
          categories: categoriesOf(ctx.personal),
          providers: [...new Set(replay.map((t) => t.provider ?? t.domain))],
          // Say it honestly when every provider masks typed text by default.
          variant: replay.every((t) => t.recordsInput === false) ? 'masked' : 'records',
        },
        recipients: [...new Set(replay.map((t) => t.domain))],
      },
    ];
  },
  message: {
    en: (w) =>
      w.variant === 'masked'
        ? `${w.providers} records your session on this page (session replay). It hides typed text by default, but the site can switch that off for your ${w.categories}. Your employer's policy does not name them as recipients.`
        : `${w.providers} can record what you type on this page (session replay), including your ${w.categories}. Your employer's policy does not name them as recipients.`,
    'zh-CN': (w) =>
      w.variant === 'masked'
        ? `${w.providers} 会录制您在本页面的操作（会话录制）。它默认隐藏输入的文字，但网站可以对您的${w.categories}关闭隐藏。单位政策没有将其列为接收方。`
        : `${w.providers} 可以记录您在本页面输入的内容（会话录制），包括您的${w.categories}。单位政策没有将其列为接收方。`,
    'zh-TW': (w) =>
      w.variant === 'masked'
        ? `${w.providers} 會錄製您在本頁面的操作（工作階段錄製）。它預設隱藏輸入的文字，但網站可以對您的${w.categories}關閉隱藏。單位政策沒有將其列為接收方。`
        : `${w.providers} 可以記錄您在本頁面輸入的內容（工作階段錄製），包括您的${w.categories}。單位政策沒有將其列為接收方。`,
  },
};

const keystrokeListener: Check = {
  id: 'keystroke-listener',
  rule: 'third-party-recipient',
  applies(ctx) {
    const personal = new Set(ctx.personal.map((f) => f.selector));
    const byDomain = new Map<string, Set<string>>();
    for (const listener of ctx.live.keyListeners ?? []) {
      const domain = unlistedThirdParty(ctx, listener.scriptUrl);
      if (!domain) continue;
      // A listener on the document or window hears every field; one on a field hears that field.
      const heard = listener.target === 'field' ? listener.fields.filter((s) => personal.has(s)) : [...personal];
      if (heard.length === 0) continue;
      const set = byDomain.get(domain) ?? new Set<string>();
      heard.forEach((s) => set.add(s));
      byDomain.set(domain, set);
    }
    if (byDomain.size === 0) return [];
    const domains = [...byDomain.keys()].sort();
    const heard = new Set(domains.flatMap((d) => [...byDomain.get(d)!]));
    const fields = ctx.personal.filter((f) => heard.has(f.selector));
    return [
      {
        fields: selectorsOf(fields),
        vars: { categories: categoriesOf(fields), providers: domains.map((d) => providerName(ctx, d)) },
        recipients: domains,
      },
    ];
  },
  message: {
    en: (w) =>
      `Scripts from ${w.providers} listen to what you type in this form (${w.categories}). Your employer's policy does not name them as recipients.`,
    'zh-CN': (w) => `${w.providers} 的脚本正在监听您在本表单中的输入（${w.categories}）。单位政策没有将其列为接收方。`,
    'zh-TW': (w) =>
      `${w.providers} 的指令碼正在監聽您在本表單中的輸入（${w.categories}）。單位政策沒有將其列為接收方。`,
  },
};

const sentWhileTyping: Check = {
  id: 'sent-while-typing',
  rule: 'third-party-recipient',
  applies(ctx) {
    const domains = new Map<string, number>();
    for (const sent of ctx.live.sentWhileTyping ?? []) {
      const domain = unlistedThirdParty(ctx, sent.origin);
      if (domain) domains.set(domain, (domains.get(domain) ?? 0) + sent.count);
    }
    if (domains.size === 0) return [];
    const sorted = [...domains.keys()].sort();
    return [
      {
        fields: selectorsOf(ctx.personal),
        vars: {
          categories: categoriesOf(ctx.personal),
          providers: sorted.map((d) => providerName(ctx, d)),
          detail: sorted.map((d) => `${d} × ${domains.get(d)}`).join(', '),
        },
        recipients: sorted,
      },
    ];
  },
  message: {
    en: (w) =>
      `While you typed in this form, the page sent requests to ${w.providers} (${w.detail}). What you type may be leaving to a third party that the policy does not name.`,
    'zh-CN': (w) =>
      `您在本表单输入时，页面向 ${w.providers} 发送了请求（${w.detail}）。您输入的内容可能被发往单位政策未列明的第三方。`,
    'zh-TW': (w) =>
      `您在本表單輸入時，頁面向 ${w.providers} 傳送了請求（${w.detail}）。您輸入的內容可能被送往單位政策未列明的第三方。`,
  },
};

export const THIRD_PARTY_RECIPIENT_CHECKS: readonly Check[] = [
  formTarget,
  sessionReplay,
  keystrokeListener,
  sentWhileTyping,
];
