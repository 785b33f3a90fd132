// third-party-recipient/form-target: Answers go to another organisation.
import { item, OECD } from '../../policy/provisions';
import { defineCheck, type Hit } from '../check';
import { categoriesOf, selectorsOf } from '../select';
import { unlistedThirdParty } from '../third-parties';
import { fieldsOfForm, formActions } from '../transport';

export const formTarget = defineCheck({
  id: 'form-target',
  rule: 'third-party-recipient',
  title: { en: 'Answers go to another organisation', 'zh-CN': '提交至第三方', 'zh-TW': '送出至第三方' },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
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
  fix: {
    en: (w) =>
      `Post the form to your own server, or have the admin add ${w.providers} to the policy's recipients and name it in the notice.`,
    'zh-CN': (w) => `把表单提交到本单位自己的服务器，或由管理员将 ${w.providers} 加入政策的接收方并在告知中写明。`,
    'zh-TW': (w) => `把表單送到本單位自己的伺服器，或由管理員將 ${w.providers} 加入政策的接收方並在告知中寫明。`,
  },
  citations: {
    CN: ['PIPL Art. 23', 'PIPL Art. 21', 'CSL Art. 42', 'GB/T 35273-2020 §9.2', item('五.1')],
    EU: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28'],
    generic: [OECD.use, OECD.openness],
  },
  checklist: ['五.1'],
  words: {
    problem: {
      en: () => 'sends your answers to a third party',
      'zh-CN': () => '将您的回答发送给第三方',
      'zh-TW': () => '將您的回答傳送給第三方',
    },
    short: { en: () => 'sent to a third party', 'zh-CN': () => '被发送给第三方', 'zh-TW': () => '被傳送給第三方' },
  },
});
