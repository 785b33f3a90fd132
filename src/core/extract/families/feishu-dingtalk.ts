import type { QuestionFamily } from './types';

// 飞书 / 钉钉 form renderers: question blocks with a title element. Feishu Bitable forms put the
// title two levels above an input whose placeholder is only "请输入".
export const feishuDingtalk: QuestionFamily = {
  name: 'feishu-dingtalk',
  containerSelector: '.form-item, .dd-form-item, .bitable-form-field',
  titleSelector: '.form-item-label, .form-item-title, .dd-form-item-label, .bitable-form-field-title',
  helpSelector: '.bitable-form-field-desc',
};
