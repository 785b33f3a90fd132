import type { QuestionFamily } from './types';

// layui (common in Chinese admin/OA back offices): layui-form-item with layui-form-label.
export const layui: QuestionFamily = {
  name: 'layui',
  containerSelector: '.layui-form-item',
  titleSelector: '.layui-form-label',
  helpSelector: '.layui-form-mid',
};
