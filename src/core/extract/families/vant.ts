import type { QuestionFamily } from './types';

// Vant (mobile Vue kit, common in campus health check-ins): van-field / van-cell with a label cell.
export const vant: QuestionFamily = {
  name: 'vant',
  containerSelector: '.van-field, .van-cell',
  titleSelector: '.van-field__label, .van-cell__title',
  requiredSelector: '.van-cell--required',
};
