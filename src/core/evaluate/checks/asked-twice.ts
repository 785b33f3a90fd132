// minimal-necessity/asked-twice: The same item is asked twice.
import { item, OECD } from '../../policy/provisions';
import type { TextSource } from '../../types';
import { defineCheck, type Hit } from '../check';
import type { PersonalField } from '../context';
import { groupBy, selectorsOf } from '../select';

/** Question text reduced to what a person would recognise as "the same question". */
function normalizedQuestion(label: string): string {
  return label.toLowerCase().replace(/[\s*＊:：?？()（）[\]【】.,，。、_\-—]+/g, '');
}

/**
 * Label sources that belong to one question. A fieldset legend, a table header or nearby text can
 * be shared by several questions ("个人基本信息" over an ID number and two ID-card photos), so equal
 * labels from those sources do not mean the question was asked twice.
 */
const OWN_LABEL_SOURCES: ReadonlySet<TextSource> = new Set([
  'label',
  'aria-labelledby',
  'aria-label',
  'title',
  'placeholder',
  'question-title',
]);

export const askedTwice = defineCheck({
  id: 'asked-twice',
  rule: 'minimal-necessity',
  title: { en: 'The same item is asked twice', 'zh-CN': '同一信息重复收集', 'zh-TW': '同一資料重複收集' },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    const hits: Hit[] = [];
    const own = ctx.personal.filter((f) => f.labelSource === null || OWN_LABEL_SOURCES.has(f.labelSource));
    const key = (f: PersonalField) =>
      [f.formIndex, f.category, f.type === 'file' ? 'file' : 'answer', normalizedQuestion(f.label)].join('\u0000');
    for (const fields of groupBy(own, key).values()) {
      const questions = new Set(fields.map((f) => f.question));
      if (questions.size < 2 || normalizedQuestion(fields[0]!.label) === '') continue;
      hits.push({ fields: selectorsOf(fields), vars: { categories: [fields[0]!.category], detail: fields[0]!.label } });
    }
    return hits;
  },
  message: {
    en: (w) =>
      `The question "${w.detail}" (${w.categories}) is asked more than once in this form. Ask it once (minimal necessity).`,
    'zh-CN': (w) => `本表单多次询问“${w.detail}”（${w.categories}）。同一信息只需收集一次（最小必要）。`,
    'zh-TW': (w) => `本表單多次詢問「${w.detail}」（${w.categories}）。同一資訊只需蒐集一次（最小必要）。`,
  },
  fix: {
    en: (w) => `Keep one "${w.detail}" question and delete the copies.`,
    'zh-CN': (w) => `只保留一个“${w.detail}”问题，删除重复的问题。`,
    'zh-TW': (w) => `只保留一個「${w.detail}」問題，刪除重複的問題。`,
  },
  citations: {
    CN: ['PIPL Art. 6', 'GB/T 35273-2020 §5.2', item('四.4')],
    EU: ['GDPR Art. 5(1)(c)'],
    generic: [OECD.collection],
  },
  checklist: ['四.4'],
  words: {
    problem: {
      en: (w) => `asks for your ${w.cats} more than once`,
      'zh-CN': (w) => `重复要求填写${w.cats}`,
      'zh-TW': (w) => `重複要求填寫${w.cats}`,
    },
    short: { en: () => 'asked more than once', 'zh-CN': () => '重复询问', 'zh-TW': () => '重複詢問' },
  },
});
