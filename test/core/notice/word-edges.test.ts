// unicodeWords rewrites `\b` for every script. Beside a word character it writes a one-sided
// edge, which keeps the patterns fast (the two-sided edge at a pattern's start was ~25× slower);
// these tests hold the one-sided forms to the meaning of the two-sided one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTICE_LANGUAGES, unicodeWords, WORD } from '../../../src/core/notice/languages';

const TWO_SIDED = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
const reference = (p: RegExp): RegExp =>
  new RegExp(p.source.replaceAll('\\b', TWO_SIDED), p.flags.includes('u') ? p.flags : `${p.flags}u`);

/** Shapes the notice vocabularies use, and the ones a one-sided edge would get wrong. */
const SHAPES: RegExp[] = [
  /\bdpo\b/i,
  /\bgelöscht\b/i,
  /\b(eu )?(aceito|concordo)\b/i,
  /\b(?:raccogliamo|trattiamo)\b[^.]{0,20}\b(dati|informazioni)/i,
  /\b\d+ (dias|meses)\b/i,
  /\bwyrażam zgodę\b/i,
  /e?\bmail/i,
  /\s\bx/i,
  /(?:a|\d)\b/i,
  /\b(?:x|y)?z/i,
  /\b(?:x|y)?\./i,
  /\b(eu )?\.?aceito/i,
  /\b(a|\.)b/i,
  /\d\b/i,
  /\w\b\./i,
  /zgod[ęa]\b/i,
  /\bé+\b/i,
  // Escapes that end in a letter, and classes holding a parenthesis (found in review).
  /\x2f\b/i,
  /\cJ\b/,
  /\u002f\b/,
  /\p{L}\b/u,
  /\b(?:x[)]|!)/i,
  /\b[a)]\b/i,
];

const PIECES = [
  '/',
  '\n',
  '!',
  ')',
  'a',
  'x',
  'y',
  'z',
  'é',
  'ę',
  'ж',
  '7',
  '_',
  ' ',
  '.',
  '-',
  'mail',
  'dpo',
  'gelöscht',
  'eu ',
  'aceito',
  'concordo',
  'dati',
  'raccogliamo',
  '12 dias',
  'wyrażam zgodę',
  'zgoda',
  'b',
  'É',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('unicodeWords', () => {
  it.each(SHAPES.map((p) => [p.source, p] as const))('%s matches where the two-sided edge matches', (_, pattern) => {
    const fast = unicodeWords(pattern);
    const slow = reference(pattern);
    fc.assert(
      fc.property(texts, (text) => {
        expect(fast.exec(text)?.[0]).toBe(slow.exec(text)?.[0]);
      }),
      { numRuns: 400 },
    );
  });

  it('writes a one-sided edge before a letter, a digit or a group that starts with one', () => {
    expect(unicodeWords(/\bdpo/).source).toBe(`(?<!${WORD})dpo`);
    expect(unicodeWords(/\b\d/).source).toBe(`(?<!${WORD})\\d`);
    expect(unicodeWords(/\b(?:ab|c)/).source).toBe(`(?<!${WORD})(?:ab|c)`);
    expect(unicodeWords(/dpo\b/).source).toBe(`dpo(?!${WORD})`);
    expect(unicodeWords(/\b(a)?b/).source).toBe(`(?<!${WORD})(a)?b`);
    expect(unicodeWords(/\b(a)?\./).source).toBe(`${TWO_SIDED}(a)?\\.`);
  });

  it('leaves no two-sided edge in front of the words of a notice vocabulary', () => {
    // Every leading `\b` in the vocabularies sits before a letter, a digit or a group of words.
    for (const language of NOTICE_LANGUAGES)
      for (const pattern of [language.titles, language.consent, language.data, language.collection])
        expect(pattern.source.startsWith(TWO_SIDED), `${language.lang}: ${pattern.source.slice(0, 60)}`).toBe(false);
  });

  it('counts every letter and digit the vocabularies are written in as a word character, and punctuation as none', () => {
    // WORD is a list of ranges (compiling `\p{L}` under the `i` flag was 5× slower): a range
    // dropped from it would make an edge inside the words of some language.
    expect(WORD).not.toMatch(/\\[pP]\{/);
    const word = new RegExp(`^${WORD}$`, 'iu');
    const written = new Set<string>();
    for (const language of NOTICE_LANGUAGES)
      for (const pattern of [
        language.titles,
        language.consent,
        language.data,
        language.collection,
        ...Object.values(language.elements),
      ])
        for (const c of pattern.source.replace(/\\[pPu]\{[^}]*\}|\\./gu, ' '))
          if (/[\p{L}\p{N}]/u.test(c)) written.add(c);
    expect(written.size).toBeGreaterThan(300);
    // ㆍ (U+318D) is a letter to Unicode, but Korean writes it as a middle dot between words.
    written.delete('ㆍ');
    expect([...written].filter((c) => !word.test(c))).toEqual([]);
    for (const c of 'ÄéßçłżŁÇğİıĐđếữΩжЖ가나日本語カナ११１Ａａ_') expect(word.test(c), c).toBe(true);
    for (const c of ' .,;:!?-/()[]"\'、。，；：！？「」《》・ㆍ।॥\n\t')
      expect(word.test(c), JSON.stringify(c)).toBe(false);
  });
});
