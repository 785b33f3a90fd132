import type { QuestionFamily } from './types';

// 问卷星 (wjx.cn): current pages wrap each question in div.field with div.field-label; older
// exports use div.div_question with div.div_title_question / .topichtml. The number prefix
// ("1.") is kept: it is what the respondent sees.
export const wjx: QuestionFamily = {
  name: 'wjx',
  containerSelector: '.field, .div_question, .ui-field-contain',
  titleSelector: '.field-label, .topichtml, .div_title_question',
  helpSelector: '.qtypetip, .div_title_question_tip',
};
