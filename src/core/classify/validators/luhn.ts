// Payment card numbers: 13–19 digits (spaces or dashes between groups), an issuer prefix of the
// networks in use (Visa 4, Mastercard 51–55 / 2221–2720, Amex 34/37, Discover 6011/644–649/65,
// UnionPay 62, JCB 35, Diners 30/36/38), and the Luhn check digit (ISO/IEC 7812-1). The prefix
// keeps arbitrary long numbers (order or tracking numbers) out: the Luhn check alone passes one
// in ten of them.
const ISSUER = /^(4|5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720)|3[47]|6011|64[4-9]|65|62|35|30|36|38)/;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function isPaymentCard(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\d[\d -]{11,22}\d$/.test(trimmed)) return false;
  const digits = trimmed.replace(/[ -]/g, '');
  return digits.length >= 13 && digits.length <= 19 && ISSUER.test(digits) && passesLuhn(digits);
}
