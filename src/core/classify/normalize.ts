// One lookup table folds every UTF-16 code unit the same way for lexicon terms and for page text:
// ASCII lower case, full-width forms → ASCII (ＥＭＡＩＬ, ：), ideographic space → space,
// Traditional → Simplified (lexicon/hant-to-hans.ts). Built once; scanning then needs no string
// allocation per field (the scanner reads `FOLD[text.charCodeAt(i)]`).
import { HANT_TO_HANS } from '../lexicon/hant-to-hans';

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 0x20;
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

/** ASCII letters and digits: the characters that make an English word continue. */
export function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}
