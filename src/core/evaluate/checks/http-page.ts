// insecure-transport/http-page: Page not served over HTTPS.
import { TRANSPORT_SECURITY_CITATIONS } from '../../policy/provisions';
import { UNENCRYPTED } from '../../report/check-words';
import { defineCheck } from '../check';
import { categoriesOf, selectorsOf } from '../select';
import { isHttp } from '../transport';

export const httpPage = defineCheck({
  id: 'http-page',
  rule: 'insecure-transport',
  title: { en: 'Page not served over HTTPS', 'zh-CN': '页面未使用HTTPS', 'zh-TW': '頁面未使用HTTPS' },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
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
  fix: {
    en: () => 'Serve the page over HTTPS.',
    'zh-CN': () => '通过 HTTPS 提供本页面。',
    'zh-TW': () => '透過 HTTPS 提供本頁面。',
  },
  citations: TRANSPORT_SECURITY_CITATIONS,
  checklist: [],
  words: UNENCRYPTED,
});
