// Mainland China mobile numbers: 11 digits starting 13-19, optionally with +86 / 0086 and
// spaces or dashes ("138 0013 8000", "+86-13800138000").
export function isCnMobile(value: string): boolean {
  const digits = value
    .trim()
    .replace(/[\s-]/g, '')
    .replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits);
}
