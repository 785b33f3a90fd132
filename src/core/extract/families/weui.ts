import type { QuestionFamily } from './types';

// WeUI / MUI (WeChat H5 forms): weui-cell with the label in weui-cell__hd; mui-input-row with a label.
export const weui: QuestionFamily = {
  name: 'weui',
  containerSelector: '.weui-cell, .mui-input-row',
  titleSelector: '.weui-cell__hd, .weui-label, label',
};
