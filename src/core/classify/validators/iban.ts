// IBAN (ISO 13616): two letters of country, two check digits, up to 30 letters and digits of
// the account; valid when the number read with the first four characters moved to the end and
// letters as 10..35 leaves 1 modulo 97 (ISO 7064 MOD 97-10). Hand-written, not a library: the
// validator runs in the content script (30 KB budget) and the check is a dozen lines.
export function isIban(value: string): boolean {
  const iban = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const check = Number(iban.slice(2, 4));
  if (check < 2 || check > 98) return false;
  let rest = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const code = ch.charCodeAt(0);
    const n = code >= 65 ? code - 55 : code - 48;
    rest = n >= 10 ? (rest * 100 + n) % 97 : (rest * 10 + n) % 97;
  }
  return rest === 1;
}
