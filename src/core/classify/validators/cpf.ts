// Brazil's CPF (Cadastro de Pessoas Físicas): 11 digits, written 000.000.000-00, the last two
// check digits mod 11 over weights 10..2 and 11..2. Eleven equal digits pass the arithmetic
// and are not issued.
function checkDigit(digits: string, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (digits.charCodeAt(i) - 48) * (length + 1 - i);
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

export function isCpf(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(trimmed)) return false;
  const digits = trimmed.replace(/[.-]/g, '');
  if (/^(\d)\1{10}$/.test(digits)) return false;
  return checkDigit(digits, 9) === digits.charCodeAt(9) - 48 && checkDigit(digits, 10) === digits.charCodeAt(10) - 48;
}
