// Words that move a health question to health.family: the taxonomy files the health (and
// contacts) of family or household members there, whatever the health question is
// ("家人接触传染源" → health.family, not health.contact). They change nothing for non-health
// questions: a family member's name is identity.name, their city location.city.
// Self words are not listed: "本人及家人" is still about the family.
export const FAMILY_CONTEXT_TERMS: readonly string[] = [
  '家人',
  '家属',
  '家庭成员',
  '同住',
  '共同居住',
  '共同生活',
  '亲属',
  '父母',
  '配偶',
  '子女',
  '同户',
  '家中成员',
  '家庭其他成员',
  'family member*',
  'household',
  'relatives',
  'anyone you live with',
  'people you live with',
  'family',
];

/**
 * "本人或同住人员是否…" asks about the person and their household together: the question stays
 * in its own category (health.contact), it does not move to health.family.
 */
export const SELF_AND_FAMILY_TERMS: readonly string[] = [
  '本人或',
  '本人及',
  '本人和',
  '本人与',
  '您或',
  '您及',
  '你或',
  '自己或',
  'you or',
  'you and',
  'yourself or',
];

/** Field-name tokens with the same effect (pinyin). */
export const FAMILY_CONTEXT_TOKENS: readonly string[] = [
  'jtcy',
  'jiaren',
  'jiashu',
  'tzry',
  'family',
  'jiatingchengyuan',
  'qinshu',
];
