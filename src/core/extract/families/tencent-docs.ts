import type { QuestionFamily } from './types';

// 腾讯文档收集表 / 腾讯问卷: question blocks with a title element (class names from the rendered
// pages: question / question-title; the older 问卷 markup uses .question-item / .title).
export const tencentDocs: QuestionFamily = {
  name: 'tencent-docs',
  containerSelector: '.form-question, .question, .question-item',
  titleSelector: '.question-title, .form-question-title, .title',
  helpSelector: '.question-desc, .question-description',
};
