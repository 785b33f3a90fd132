import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../src/core/classify';
import { CATEGORY_IDS } from '../../../src/core/taxonomy';
import type { TextSource } from '../../../src/core/types';
import { field } from './field';

const SOURCES: TextSource[] = [
  'label',
  'aria-label',
  'placeholder',
  'question-title',
  'table-cell',
  'preceding-text',
  'option',
  'help',
];
const TYPES = ['text', 'hidden', 'file', 'email', 'tel', 'date', 'password', 'radio', 'checkbox', 'select-one', null];
// Strings mixing lexicon words with arbitrary text, so matches and near-misses both occur.
const WORDS = [
  '__proto__',
  'constructor',
  '体温',
  '机房',
  '地址',
  '公司',
  '姓名',
  '身份证',
  'name',
  'email',
  'x',
  '备注',
  '家人',
  '发热',
  'sfzh',
  '*',
  '\u0000',
  '℃',
];
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join('')),
);

const descriptor = fc.record({
  label: text,
  name: fc.option(text, { nil: null }),
  id: fc.option(text, { nil: null }),
  type: fc.constantFrom(...TYPES),
  autocomplete: fc.option(
    fc.oneof(
      text,
      fc.constantFrom(
        'tel',
        'name',
        'shipping street-address',
        'off',
        'username',
        '__proto__',
        'constructor',
        'toString',
      ),
    ),
    { nil: null },
  ),
  capture: fc.option(fc.constantFrom('user', 'environment', ''), { nil: null }),
  texts: fc.array(fc.tuple(fc.constantFrom(...SOURCES), text), { maxLength: 6 }),
});

describe('classifyField properties', () => {
  it('never throws, is deterministic and returns a well-formed result', () => {
    fc.assert(
      fc.property(descriptor, fc.option(text, { nil: undefined }), (spec, value) => {
        const d = field(spec);
        const first = classifyField(d, value);
        const second = classifyField(d, value);
        expect(second).toEqual(first);
        expect(first.category === null || CATEGORY_IDS.includes(first.category)).toBe(true);
        expect(first.confidence).toBeGreaterThanOrEqual(0);
        expect(first.confidence).toBeLessThanOrEqual(1);
        expect(Array.isArray(first.evidence)).toBe(true);
        if (first.category === null) expect(first.confidence).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never returns the value it was given', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 6 }), (value) => {
        const result = classifyField(field({ label: '备用字段' }), value);
        expect(result.evidence.some((e) => e.includes(value))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hostile sizes', () => {
  it('megabyte labels, names and options stay fast and classify by their start', () => {
    const big = 'x'.repeat(1_000_000);
    const start = performance.now();
    const result = classifyField(
      field({
        label: '身份证号' + big,
        name: 'sfzh' + big,
        autocomplete: big,
        texts: [['preceding-text', big + '姓名']],
        options: Array.from({ length: 5_000 }, () => '北京'),
      }),
    );
    expect(performance.now() - start).toBeLessThan(500);
    expect(result.category).toBe('identity.id_number');
  });
});

describe('speed', () => {
  it('classifies 10,000 controls quickly (lexicons compiled once)', () => {
    const fields = Array.from({ length: 10_000 }, (_, i) =>
      field({
        label: ['姓名', '本人今日体温', 'Company name', '家庭住址（请写到门牌号）', '备注'][i % 5]!,
        name: `field_${i}`,
        texts: [['placeholder', '请输入']],
      }),
    );
    const start = performance.now();
    for (const f of fields) classifyField(f);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(3000); // ~40 ms warm; a per-field regex compile would be 10× slower
  });
});
