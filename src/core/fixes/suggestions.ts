// What HR should change, per check (issue 6): one concrete instruction in three languages,
// filled with the same localized words as the finding's message.
import type { Localized, RuleId } from '../types';
import { localize, type HitVars } from '../evaluate/words';
import type { Template } from '../evaluate/check';

const MIN_STYLE = '10px, contrast 4.5:1';

export const FIXES: Record<string, Template> = {
  'purpose-limitation/category-not-allowed': {
    en: (w) =>
      `Remove the questions asking for ${w.categories}: ${w.purpose} does not need ${w.family}. If it really does, the admin must declare that in the policy and the notice must say why.`,
    'zh-CN': (w) =>
      `删除收集${w.categories}的问题：「${w.purpose}」不需要${w.family}。如确有需要，应由管理员在政策中声明，并在告知中说明理由。`,
    'zh-TW': (w) =>
      `刪除蒐集${w.categories}的問題：「${w.purpose}」不需要${w.family}。如確有需要，應由管理員在政策中聲明，並在告知中說明理由。`,
  },
  'purpose-limitation/extra-uses': {
    en: (w) =>
      `Delete the other uses ("${w.detail}") from the notice, or ask for them separately with their own opt-in.`,
    'zh-CN': (w) => `从告知中删除其他用途（“${w.detail}”），或针对这些用途另行单独征求同意。`,
    'zh-TW': (w) => `從告知中刪除其他用途（「${w.detail}」），或針對這些用途另行單獨徵求同意。`,
  },
  'purpose-limitation/consent-for-other-purpose': {
    en: (w) =>
      `Do not reuse ${w.categories} given for ${w.otherPurpose}. If ${w.purpose} needs it, say why in this form's notice and ask for it for this purpose.`,
    'zh-CN': (w) =>
      `不要沿用为「${w.otherPurpose}」提供的${w.categories}。如「${w.purpose}」确需这些信息，请在本表单告知中说明理由并就此目的重新征求。`,
    'zh-TW': (w) =>
      `不要沿用為「${w.otherPurpose}」提供的${w.categories}。如「${w.purpose}」確需這些資料，請在本表單告知中說明理由並就此目的重新徵求。`,
  },
  'minimal-necessity/category-not-needed': {
    en: (w) => `Drop the ${w.categories} question; ${w.purpose} works without it.`,
    'zh-CN': (w) => `删除${w.categories}这一问题，「${w.purpose}」不需要它。`,
    'zh-TW': (w) => `刪除${w.categories}這一問題，「${w.purpose}」不需要它。`,
  },
  'minimal-necessity/too-precise': {
    en: (w) => `Ask for ${w.granularity} instead of ${w.categories}.`,
    'zh-CN': (w) => `改为只询问${w.granularity}，不要收集${w.categories}。`,
    'zh-TW': (w) => `改為只詢問${w.granularity}，不要蒐集${w.categories}。`,
  },
  'minimal-necessity/asked-twice': {
    en: (w) => `Keep one "${w.detail}" question and delete the copies.`,
    'zh-CN': (w) => `只保留一个“${w.detail}”问题，删除重复的问题。`,
    'zh-TW': (w) => `只保留一個「${w.detail}」問題，刪除重複的問題。`,
  },
  'minimal-necessity/asked-again': {
    en: () =>
      'Reuse what employees already submitted (pre-fill it or ask them only to confirm changes) instead of collecting it again.',
    'zh-CN': () => '沿用员工已提交的信息（预先填入或只请其确认变化），不要重复收集。',
    'zh-TW': () => '沿用員工已送出的資料（預先填入或只請其確認變化），不要重複蒐集。',
  },
  'minimal-necessity/refusal-blocks-submit': {
    en: (w) =>
      `Make ${w.categories} optional (remove "required", the red * or "必填") or remove the question, so the form can be sent without it.`,
    'zh-CN': (w) => `将${w.categories}改为选填（去掉 required、红色 * 或“必填”），或删除该问题，使不填也能提交。`,
    'zh-TW': (w) => `將${w.categories}改為選填（去掉 required、紅色 * 或「必填」），或刪除該問題，使不填也能送出。`,
  },
  'consent-notice/notice-missing': {
    en: () =>
      'Add a collection notice at the top of the form stating the purpose, what is collected, how long it is kept, who collects it and whom to contact (template below).',
    'zh-CN': () => '在表单顶部加入个人信息收集告知，写明目的、收集哪些信息、保存多久、收集者及联系方式（见下方模板）。',
    'zh-TW': () => '在表單頂部加入個人資料蒐集告知，寫明目的、蒐集哪些資料、保存多久、蒐集者及聯絡方式（見下方範本）。',
  },
  'consent-notice/element-missing': {
    en: (w) => `Add to the notice: ${w.elements} (template below).`,
    'zh-CN': (w) => `在告知中补充：${w.elements}（见下方模板）。`,
    'zh-TW': (w) => `在告知中補充：${w.elements}（見下方範本）。`,
  },
  'consent-notice/purpose-undeclared': {
    en: () =>
      'State the purpose in the form\'s title or introduction ("For epidemic prevention, please fill in…"), or ask the admin to bind this site to a purpose in the policy.',
    'zh-CN': () =>
      '在表单标题或说明中写明目的（如“为做好疫情防控，请填写……”），或请管理员在政策的 sites 中为本网站指定目的。',
    'zh-TW': () =>
      '在表單標題或說明中寫明目的（如「為做好疫情防控，請填寫……」），或請管理員在政策的 sites 中為本網站指定目的。',
  },
  'consent-notice/pre-ticked-consent': {
    en: (w) => `Untick the consent box "${w.detail}" by default; let employees tick it themselves.`,
    'zh-CN': (w) => `取消“${w.detail}”的默认勾选，由员工自行勾选。`,
    'zh-TW': (w) => `取消「${w.detail}」的預設勾選，由員工自行勾選。`,
  },
  'consent-notice/sensitive-purpose-not-stated': {
    en: (w) =>
      `Say why you need the ${w.categories}, next to the question or in the introduction ("For ${w.purpose}, please give…").`,
    'zh-CN': (w) => `在问题旁或表单说明中写明为何需要${w.categories}（如“为${w.purpose}，请填写……”）。`,
    'zh-TW': (w) => `在問題旁或表單說明中寫明為何需要${w.categories}（如「為${w.purpose}，請填寫……」）。`,
  },
  'consent-notice/notice-unreachable': {
    en: (w) =>
      w.variant === 'link'
        ? `Make the link "${w.detail}" point to the actual notice (a working URL, not "#" or "javascript:void(0)").`
        : `Show the notice text visibly, at least ${MIN_STYLE} (e.g. dark grey on white).`,
    'zh-CN': (w) =>
      w.variant === 'link'
        ? `让“${w.detail}”链接指向真实的告知页面（可访问的网址，而非“#”或“javascript:void(0)”）。`
        : `让告知文字清晰可见：字号至少 10px，对比度至少 4.5:1（如白底深灰字）。`,
    'zh-TW': (w) =>
      w.variant === 'link'
        ? `讓「${w.detail}」連結指向真實的告知頁面（可存取的網址，而非「#」或「javascript:void(0)」）。`
        : `讓告知文字清晰可見：字級至少 10px，對比度至少 4.5:1（如白底深灰字）。`,
  },
  'separate-consent/bundled-consent': {
    en: (w) =>
      `Add a separate, unticked consent checkbox that names ${w.categories} and why, e.g. "I agree to provide my ${w.categories} for ${w.purpose}".`,
    'zh-CN': (w) =>
      `单独增加一个默认不勾选的同意框，写明${w.categories}及用途，如“我同意为${w.purpose}提供${w.categories}”。`,
    'zh-TW': (w) =>
      `單獨增加一個預設不勾選的同意框，寫明${w.categories}及用途，如「我同意為${w.purpose}提供${w.categories}」。`,
  },
  'separate-consent/collected-before-consent': {
    en: () =>
      'Read the location or start the camera only after the employee has given consent or used the related question; remove automatic calls on page load and hidden auto-filled inputs.',
    'zh-CN': () =>
      '只在员工作出同意或点击相关问题后才读取定位或开启摄像头；删除页面加载时的自动调用和自动填入的隐藏字段。',
    'zh-TW': () =>
      '只在員工作出同意或點擊相關問題後才讀取定位或開啟攝影機；刪除頁面載入時的自動呼叫和自動填入的隱藏欄位。',
  },
  'consent-notice/asked-again-after-refusal': {
    en: (w) => `Respect the refusal: do not ask again, and let the employee use the form without ${w.categories}.`,
    'zh-CN': (w) => `尊重员工的拒绝：不要再次征求，并允许其在不提供${w.categories}的情况下使用表单。`,
    'zh-TW': (w) => `尊重員工的拒絕：不要再次徵求，並允許其在不提供${w.categories}的情況下使用表單。`,
  },
  'insecure-transport/http-page': {
    en: () => 'Serve the page over HTTPS.',
    'zh-CN': () => '通过 HTTPS 提供本页面。',
    'zh-TW': () => '透過 HTTPS 提供本頁面。',
  },
  'insecure-transport/http-action': {
    en: () => 'Post the form over HTTPS (make its action an https:// address).',
    'zh-CN': () => '通过 HTTPS 提交表单（将 action 改为 https:// 地址）。',
    'zh-TW': () => '透過 HTTPS 送出表單（將 action 改為 https:// 位址）。',
  },
  'third-party-recipient/form-target': {
    en: (w) =>
      `Post the form to your own server, or have the admin add ${w.providers} to the policy's recipients and name it in the notice.`,
    'zh-CN': (w) => `把表单提交到本单位自己的服务器，或由管理员将 ${w.providers} 加入政策的接收方并在告知中写明。`,
    'zh-TW': (w) => `把表單送到本單位自己的伺服器，或由管理員將 ${w.providers} 加入政策的接收方並在告知中寫明。`,
  },
  'third-party-recipient/session-replay': {
    en: (w) =>
      `Remove the ${w.providers} script from this form, or mask all inputs from recording; if it stays, name it in the notice and the policy's recipients.`,
    'zh-CN': (w) =>
      `从本表单移除 ${w.providers} 脚本，或设置为屏蔽所有输入框的录制；如需保留，应在告知和政策接收方中写明。`,
    'zh-TW': (w) =>
      `從本表單移除 ${w.providers} 指令碼，或設定為遮蔽所有輸入框的錄製；如需保留，應在告知和政策接收方中寫明。`,
  },
  'third-party-recipient/keystroke-listener': {
    en: (w) => `Remove the ${w.providers} script from this form or turn off its input capture.`,
    'zh-CN': (w) => `从本表单移除 ${w.providers} 脚本，或关闭其输入采集功能。`,
    'zh-TW': (w) => `從本表單移除 ${w.providers} 指令碼，或關閉其輸入蒐集功能。`,
  },
  'third-party-recipient/sent-while-typing': {
    en: (w) =>
      `Stop ${w.providers} from receiving data while employees type: remove the script or disable input capture; if it stays, name it in the notice.`,
    'zh-CN': (w) => `阻止 ${w.providers} 在员工输入时接收数据：移除脚本或关闭输入采集；如需保留，应在告知中写明。`,
    'zh-TW': (w) => `阻止 ${w.providers} 在員工輸入時接收資料：移除指令碼或關閉輸入蒐集；如需保留，應在告知中寫明。`,
  },
};

export function hasFix(rule: RuleId, check: string): boolean {
  return Object.hasOwn(FIXES, `${rule}/${check}`);
}

/** The fix for one finding, or undefined for a check without one. */
export function fixFor(
  rule: RuleId,
  check: string,
  vars: HitVars,
  purposeFor: Parameters<typeof localize>[2],
): Localized | undefined {
  const template = FIXES[`${rule}/${check}`];
  return template ? localize(template, vars, purposeFor) : undefined;
}
