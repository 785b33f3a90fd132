// Poland's PESEL: 11 digits, YYMMDD with the century in the month (+80 for 1800s, +0 for 1900s,
// +20 for 2000s, +40 for 2100s, +60 for 2200s), a serial, and a check digit over the weights
// 1 3 7 9 1 3 7 9 1 3. The date must exist.
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

function dateExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isPesel(value: string): boolean {
  const pesel = value.trim();
  if (!/^\d{11}$/.test(pesel)) return false;
  const d = (i: number): number => pesel.charCodeAt(i) - 48;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += d(i) * WEIGHTS[i]!;
  if ((10 - (sum % 10)) % 10 !== d(10)) return false;
  const coded = d(2) * 10 + d(3);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(coded / 20)]!;
  return dateExists(century + d(0) * 10 + d(1), coded % 20, d(4) * 10 + d(5));
}
