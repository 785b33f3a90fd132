// One lookup table folds every UTF-16 code unit the same way for lexicon terms and for page text:
// ASCII lower case, full-width forms → ASCII (ＥＭＡＩＬ, ：), ideographic space → space,
// Traditional → Simplified (lexicon/hant-to-hans.ts), and for the alphabets of the other
// lexicons lower case without accents (Straße stays, "TELÉFONO" → "telefono", "Фамилия" →
// "фамилия", "Soyadı" → "soyadi"): pages drop accents and write labels in capitals, and one
// lexicon entry then covers both. Built once; scanning then needs no string allocation per
// field (the scanner reads `FOLD[text.charCodeAt(i)]`).
import { HANT_TO_HANS } from '../lexicon/hant-to-hans';

/** Latin letters NFD does not take apart: the base letter a reader sees in them. */
const LATIN_BASE: Readonly<Record<string, string>> = { đ: 'd', ł: 'l', ø: 'o', ı: 'i', ħ: 'h', ŧ: 't' };

/** Lower case, accents removed, for one letter of the Latin, Greek and Cyrillic blocks. */
function foldLetter(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  if (lower.length !== 1) return code; // İ lower-cases to two code units: set below
  // NFD puts the base letter first (é → e + ◌́, й → и + ◌̆); a letter without parts stays.
  return (LATIN_BASE[lower] ?? lower.normalize('NFD')[0]!).charCodeAt(0);
}

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 0x20;
  // Latin-1 letters, Latin Extended-A/B, Greek, Cyrillic, Vietnamese (Latin Extended Additional).
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x370, 0x4ff],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let code: number = from; code <= to; code++)
      if (code !== 0xd7 && code !== 0xf7) table[code] = foldLetter(code);
  }
  table[0x130] = 0x69; // İ → i (Turkish)
  // Full-width ASCII variants FF01..FF5E map to 21..7E, then lower case.
  for (let code = 0xff01; code <= 0xff5e; code++) {
    const ascii = code - 0xfee0;
    table[code] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  table[0x3000] = 0x20; // ideographic space
  table[0x00a0] = 0x20; // no-break space
  for (const [trad, simp] of HANT_TO_HANS) table[trad.charCodeAt(0)] = simp.charCodeAt(0);
  return table;
}

export const FOLD: Uint16Array = buildFoldTable();

/** Folds a whole string (used for lexicon terms at compile time and in tests). */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(FOLD[text.charCodeAt(i)]!);
  return out;
}

/**
 * The characters that make a word continue: ASCII letters and digits, and the letters of the
 * Latin, Greek and Cyrillic alphabets that remain after folding (ß, æ, и…). CJK, kana, Hangul
 * and Devanagari are not: their terms match inside running text, as words there are not spaced.
 */
export function isWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xdf && code <= 0x24f && code !== 0xf7) ||
    (code >= 0x3b1 && code <= 0x4ff)
  );
}
