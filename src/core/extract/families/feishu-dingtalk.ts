import type { QuestionFamily } from './types';

// 飞书 / 钉钉 form renderers: question blocks with a title element.
export const feishuDingtalk: QuestionFamily = {
  name: 'feishu-dingtalk',
  containerSelector: '.form-item, .dd-form-item',
  titleSelector: '.form-item-label, .form-item-title, .dd-form-item-label',
};
