import type { QuestionFamily } from './types';

// Ant Design: ant-form-item with ant-form-item-label (the required star is a CSS ::before on
// .ant-form-item-required, so the marker is read from the class, not the text).
export const antDesign: QuestionFamily = {
  name: 'ant-design',
  containerSelector: '.ant-form-item',
  titleSelector: '.ant-form-item-label',
  helpSelector: '.ant-form-item-extra',
};
