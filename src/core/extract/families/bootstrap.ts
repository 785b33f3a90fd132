import type { QuestionFamily } from './types';

// Bootstrap 3/4/5: form-group (or .mb-3 rows in 5) with a label / control-label that often lacks
// `for`, so the <label for> source does not see it.
export const bootstrap: QuestionFamily = {
  name: 'bootstrap',
  containerSelector: '.form-group, .control-group',
  titleSelector: 'label, .control-label, .col-form-label',
  helpSelector: '.help-block, .form-text',
};
