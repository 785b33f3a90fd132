import type { QuestionFamily } from './types';

// Microsoft Forms: question items carry data-automation-id="questionItem" and the title
// "questionTitle"; older markup uses office-form-question classes.
export const microsoftForms: QuestionFamily = {
  name: 'microsoft-forms',
  containerSelector: '[data-automation-id=questionItem], .office-form-question',
  titleSelector: '[data-automation-id=questionTitle], .office-form-question-title',
};
