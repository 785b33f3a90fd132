// insecure-transport (policy.md): personal data posted over http:, or the page itself is http:.
import type { Check } from '../check';
import type { EvalContext, PersonalField } from '../context';
import { resolveUrl } from '../domains';
import { categoriesOf, selectorsOf } from '../select';

/**
 * Loopback hosts are "potentially trustworthy" (W3C Secure Contexts §3.2): localhost, *.localhost,
 * 127.0.0.0/8 and [::1] never leave the machine, so http: there is not unencrypted transport.
 */
function isLoopback(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

function isHttp(url: string | null): boolean {
  return url !== null && url.toLowerCase().startsWith('http:') && !isLoopback(url);
}

/** Personal fields of the i-th form (all personal fields when the page has one form or none). */
export function fieldsOfForm(ctx: EvalContext, formIndex: number): PersonalField[] {
  if (ctx.scan.page.forms.length <= 1) return ctx.personal;
  return ctx.personal.filter((f) => f.formIndex === formIndex);
}

/** Absolute action URLs of the page's forms, with their index; the transport's action as a fallback. */
export function formActions(ctx: EvalContext): { index: number; url: string }[] {
  const forms = ctx.scan.page.forms;
  const actions = forms.map((f, index) => ({ index, url: resolveUrl(f.action ?? '', ctx.pageUrl) }));
  if (forms.length === 0 && ctx.scan.transport.action)
    actions.push({ index: 0, url: resolveUrl(ctx.scan.transport.action, ctx.pageUrl) });
  return actions.filter((a): a is { index: number; url: string } => a.url !== null);
}

const pageHttp: Check = {
  id: 'http-page',
  rule: 'insecure-transport',
  applies(ctx) {
    if (!isHttp(ctx.pageUrl)) return [];
    return [
      { fields: selectorsOf(ctx.personal), vars: { categories: categoriesOf(ctx.personal), detail: ctx.pageUrl } },
    ];
  },
  message: {
    en: (w) => `This page is loaded over unencrypted http:, so your ${w.categories} can be read or changed on the way.`,
    'zh-CN': (w) => `本页面通过未加密的 http: 加载，您的${w.categories}在传输中可能被窃取或篡改。`,
    'zh-TW': (w) => `本頁面透過未加密的 http: 載入，您的${w.categories}在傳輸中可能被竊取或竄改。`,
  },
};

const actionHttp: Check = {
  id: 'http-action',
  rule: 'insecure-transport',
  applies(ctx) {
    if (isHttp(ctx.pageUrl)) return []; // http-page already says it, for every form on the page
    return formActions(ctx)
      .filter((a) => isHttp(a.url))
      .map((a) => {
        const fields = fieldsOfForm(ctx, a.index);
        return { fields: selectorsOf(fields), vars: { categories: categoriesOf(fields), detail: a.url } };
      })
      .filter((hit) => hit.fields.length > 0);
  },
  message: {
    en: (w) => `The form sends your ${w.categories} unencrypted over http: (${w.detail}).`,
    'zh-CN': (w) => `本表单通过未加密的 http: 提交您的${w.categories}（${w.detail}）。`,
    'zh-TW': (w) => `本表單透過未加密的 http: 送出您的${w.categories}（${w.detail}）。`,
  },
};

export const INSECURE_TRANSPORT_CHECKS: readonly Check[] = [pageHttp, actionHttp];
