import type { QuestionFamily } from './types';

// Google Forms: each question is a role=listitem whose title is a role=heading. Option lists
// are nested role=list/listitem without a heading, so the nearest container WITH a title wins.
export const googleForms: QuestionFamily = {
  name: 'google-forms',
  containerSelector: '[role=listitem]',
  titleSelector: '[role=heading]',
};
