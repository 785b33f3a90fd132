// Colour parsing and the WCAG 2.x contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
// Pure functions: the DOM walking that finds the colours lives in text-style.ts.

export interface Rgba {
  r: number; // 0..255
  g: number;
  b: number;
  a: number; // 0..1
}

/**
 * Parse a CSS colour as browsers serialize computed colours (rgb(), rgba(), and oklch() / oklab()
 * as declared: Tailwind v4's palette) and as hex. Names are read by static-style.ts (declared
 * styles): a computed colour is never a name. null if unknown (lab(), lch(), color(): rare).
 */
export function parseColor(input: string | null | undefined): Rgba | null {
  if (!input) return null;
  const value = input.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length !== 6 && full.length !== 8) return null;
    const channel = (i: number): number => parseInt(full.slice(i, i + 2), 16);
    return { r: channel(0), g: channel(2), b: channel(4), a: full.length === 8 ? channel(6) / 255 : 1 };
  }
  const ok = /^ok(lab|lch)\(([^)]*)\)$/.exec(value);
  if (ok) return fromOkLab(ok[1] === 'lch', ok[2]!);
  const fn = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return null;
    const rgb = parts.slice(0, 3).map((p) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p)));
    const alphaText = parts[3];
    const a =
      alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
    if ([...rgb, a].some((n) => Number.isNaN(n))) return null;
    return { r: rgb[0]!, g: rgb[1]!, b: rgb[2]!, a };
  }
  return null;
}

/**
 * OKLab / OKLCH to sRGB (Björn Ottosson's matrices, as in CSS Color 4, to 6 decimals: ample for a
 * contrast ratio, and fewer bytes in the content script), clipped to the gamut.
 */
function fromOkLab(polar: boolean, args: string): Rgba | null {
  const parts = args.split(/[\s/]+/).filter(Boolean);
  // `none` is 0; a percentage is of 1 for lightness and alpha, of 0.4 for a, b and chroma.
  const num = (i: number, percent: number): number => {
    const p = parts[i] ?? '1';
    return p === 'none' ? 0 : parseFloat(p) * (p.endsWith('%') ? percent : 1);
  };
  const lightness = num(0, 0.01);
  let a = num(1, 0.004);
  let b = num(2, 0.004);
  if (polar) [a, b] = [a * Math.cos((b * Math.PI) / 180), a * Math.sin((b * Math.PI) / 180)];
  const alpha = num(3, 0.01);
  if (parts.length < 3 || [lightness, a, b, alpha].some(Number.isNaN)) return null;
  const l = (lightness + 0.396338 * a + 0.215804 * b) ** 3;
  const m = (lightness - 0.105561 * a - 0.063854 * b) ** 3;
  const s = (lightness - 0.089484 * a - 1.291486 * b) ** 3;
  const encode = (x: number): number =>
    255 * Math.min(1, Math.max(0, x <= 0.003131 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055));
  return {
    r: encode(4.076742 * l - 3.307712 * m + 0.23097 * s),
    g: encode(-1.268438 * l + 2.609757 * m - 0.341319 * s),
    b: encode(-0.004196 * l - 0.703419 * m + 1.707615 * s),
    a: alpha,
  };
}

/** Paint `top` over an opaque `bottom` (source-over). */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    a: 1,
  };
}

/** WCAG 2.x relative luminance of an opaque sRGB colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio (1..21). A translucent foreground is painted over the background first. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const bg = background.a < 1 ? blend(background, WHITE) : background;
  const fg = foreground.a < 1 ? blend(foreground, bg) : foreground;
  const l1 = relativeLuminance(fg);
  const l2 = relativeLuminance(bg);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** A computed colour we cannot read: its contrast comes out NaN, reported as unknown (null). */
export const UNREADABLE: Rgba = { r: NaN, g: NaN, b: NaN, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
