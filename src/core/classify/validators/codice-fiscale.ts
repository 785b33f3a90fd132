// Italy's codice fiscale: 16 characters — 3 + 3 letters of surname and name, year, month letter,
// day (+40 for women), a municipality code, and a check letter computed from the first 15
// (odd positions through a fixed table, even positions as their value, sum mod 26). Where two
// people would share a code, digits are replaced by letters (omocodia: L M N P Q R S T U V), so
// the digit places accept those letters too.
const ODD: readonly number[] = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** 0–9 and A–Z both map to 0–25 (a digit counts as the letter at its position). */
function valueOf(ch: string): number {
  const code = ch.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

export function isCodiceFiscale(value: string): boolean {
  const cf = value.trim().toUpperCase();
  if (!SHAPE.test(cf)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? ODD[valueOf(cf[i]!)]! : valueOf(cf[i]!);
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
}
