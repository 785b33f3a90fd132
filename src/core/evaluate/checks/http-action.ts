// insecure-transport/http-action: Answers sent without encryption.
import { TRANSPORT_SECURITY_CITATIONS } from '../../policy/provisions';
import { UNENCRYPTED } from '../../report/check-words';
import { defineCheck } from '../check';
import { categoriesOf, selectorsOf } from '../select';
import { fieldsOfForm, formActions, isHttp } from '../transport';

export const httpAction = defineCheck({
  id: 'http-action',
  rule: 'insecure-transport',
  title: { en: 'Answers sent without encryption', 'zh-CN': '提交内容未加密传输', 'zh-TW': '送出內容未加密傳輸' },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
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
  fix: {
    en: () => 'Post the form over HTTPS (make its action an https:// address).',
    'zh-CN': () => '通过 HTTPS 提交表单（将 action 改为 https:// 地址）。',
    'zh-TW': () => '透過 HTTPS 送出表單（將 action 改為 https:// 位址）。',
  },
  citations: TRANSPORT_SECURITY_CITATIONS,
  checklist: [],
  words: UNENCRYPTED,
});
