// Hong Kong identity card number: one or two letters, six digits and a check digit (0-9 or A),
// often written A123456(3). Letters count A=10..Z=35, a missing first letter counts 36;
// weights 9..2 from the left; the check makes the weighted sum divisible by 11.
export function isHkid(value: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([\dA])\)?$/.exec(value.trim().toUpperCase().replace(/\s+/g, ''));
  if (!m) return false;
  const letters =
    m[1]!.length === 1 ? [36, m[1]!.charCodeAt(0) - 55] : [m[1]!.charCodeAt(0) - 55, m[1]!.charCodeAt(1) - 55];
  let sum = letters[0]! * 9 + letters[1]! * 8;
  for (let i = 0; i < 6; i++) sum += (m[2]!.charCodeAt(i) - 48) * (7 - i);
  const check = m[3] === 'A' ? 10 : Number(m[3]);
  return (sum + check) % 11 === 0;
}
