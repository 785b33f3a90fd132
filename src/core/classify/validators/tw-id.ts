// Taiwan national identification number (and the new-style resident certificate number):
// a letter for the place of first registration, 1/2 (sex) or 8/9 (resident certificate),
// seven digits and a check digit. The letter's two-digit code is weighted 1 and 9, then the
// digits 8..1 and the check digit 1; the sum is divisible by 10.
const LETTER_CODES: Readonly<Record<string, number>> = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
};

export function isTaiwanId(value: string): boolean {
  const id = value.trim().toUpperCase();
  if (!/^[A-Z][1289]\d{8}$/.test(id)) return false;
  const code = LETTER_CODES[id[0]!]!;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 1; i < 9; i++) sum += (id.charCodeAt(i) - 48) * (9 - i);
  sum += id.charCodeAt(9) - 48;
  return sum % 10 === 0;
}
