// Splits a field name / id into lower-case word tokens: camelCase, snake_case, kebab-case,
// brackets and digits all separate ("jjlxr_dh2" → jjlxr, dh; "userIDCard" → user, id, card;
// "data[user][email]" → data, user, email). Digit-only tokens are dropped (q1, field_3).
// Non-ASCII text in a name (name="手机号") is returned apart, to be read like a label.

export interface SplitName {
  readonly tokens: readonly string[];
  /** Characters outside ASCII, joined (CJK names are scanned with the text lexicons). */
  readonly nonAscii: string;
}

const enum Kind {
  Other,
  Lower,
  Upper,
  Digit,
}

function kindOf(code: number): Kind {
  if (code >= 0x61 && code <= 0x7a) return Kind.Lower;
  if (code >= 0x41 && code <= 0x5a) return Kind.Upper;
  if (code >= 0x30 && code <= 0x39) return Kind.Digit;
  return Kind.Other;
}

export function splitName(raw: string): SplitName {
  const tokens: string[] = [];
  let nonAscii = '';
  let start = -1;
  const push = (end: number): void => {
    if (start < 0) return;
    const token = raw.slice(start, end).toLowerCase();
    if (!/^\d+$/.test(token)) tokens.push(token);
    start = -1;
  };
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === Kind.Other) {
      push(i);
      if (code > 0x7f) nonAscii += raw[i];
      else if (nonAscii && !nonAscii.endsWith(' ')) nonAscii += ' ';
      continue;
    }
    if (start < 0) {
      start = i;
      continue;
    }
    const prev = kindOf(raw.charCodeAt(i - 1));
    const next = i + 1 < raw.length ? kindOf(raw.charCodeAt(i + 1)) : Kind.Other;
    const camel = prev === Kind.Lower && kind === Kind.Upper;
    const acronymEnd = prev === Kind.Upper && kind === Kind.Upper && next === Kind.Lower;
    const digitEdge = (prev === Kind.Digit) !== (kind === Kind.Digit);
    if (camel || acronymEnd || digitEdge) {
      push(i);
      start = i;
    }
  }
  push(raw.length);
  return { tokens, nonAscii: nonAscii.trim() };
}
