import type { QuestionFamily } from './types';

// Element UI / Element Plus: el-form-item with el-form-item__label (a <label for> when the item
// has a prop; a bare <label> otherwise, which is why the container is needed).
export const elementUi: QuestionFamily = {
  name: 'element',
  containerSelector: '.el-form-item',
  titleSelector: '.el-form-item__label',
  requiredSelector: '.is-required',
};
