// Styles as a page declares them, for a DOM without computed styles (linkedom: the CLI, the
// preview's static reading, unit tests): inline declarations, <font size|color>, `bgcolor`, CSS
// colour names. A browser always has computed styles, so the content script does not carry this
// file: the static readers pass it in (StaticReader in facts.ts), as they do the inline-script
// reader. A value nobody declared is null (unknown), not a guess.
import { parseColor, type Rgba } from './contrast';
import { inlineStyle, tagOf } from './dom';
import type { StaticStyleReader } from './text-style';

const NAMED_COLOURS: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
  darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9',
  gainsboro: '#dcdcdc',
  whitesmoke: '#f5f5f5',
  dimgray: '#696969',
  dimgrey: '#696969',
  yellow: '#ffff00',
  orange: '#ffa500',
  navy: '#000080',
  maroon: '#800000',
  purple: '#800080',
  teal: '#008080',
  olive: '#808000',
  lime: '#00ff00',
  aqua: '#00ffff',
  fuchsia: '#ff00ff',
  beige: '#f5f5dc',
  ivory: '#fffff0',
  snow: '#fffafa',
  ghostwhite: '#f8f8ff',
  aliceblue: '#f0f8ff',
  linen: '#faf0e6',
};

const FONT_TAG_SIZES: Readonly<Record<string, number>> = {
  '1': 10,
  '2': 13,
  '3': 16,
  '4': 18,
  '5': 24,
  '6': 32,
  '7': 48,
};
const KEYWORD_SIZES: Readonly<Record<string, number>> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
};
const ROOT_FONT_PX = 16;

/** A declared colour: a name, hex, rgb() or rgba(); null if unknown. */
export function parseDeclaredColor(input: string | null | undefined): Rgba | null {
  return parseColor(NAMED_COLOURS[input?.trim().toLowerCase() ?? ''] ?? input);
}

/** Font size from one element's inline declaration, relative to `parentPx` when relative. */
function declaredFontSize(el: Element, parentPx: number | null): number | null | 'inherit' {
  const value = inlineStyle(el, 'font-size')?.toLowerCase();
  if (value) {
    const number = parseFloat(value);
    if (KEYWORD_SIZES[value] !== undefined) return KEYWORD_SIZES[value];
    if (value === 'smaller') return (parentPx ?? ROOT_FONT_PX) * 0.833;
    if (value === 'larger') return (parentPx ?? ROOT_FONT_PX) * 1.2;
    if (Number.isNaN(number)) return 'inherit';
    if (value.endsWith('px')) return number;
    if (value.endsWith('pt')) return (number * 4) / 3;
    if (value.endsWith('rem')) return number * ROOT_FONT_PX;
    if (value.endsWith('em')) return parentPx === null ? null : number * parentPx;
    if (value.endsWith('%')) return parentPx === null ? null : (number / 100) * parentPx;
    return 'inherit';
  }
  if (tagOf(el) === 'FONT' && el.getAttribute('size'))
    return FONT_TAG_SIZES[el.getAttribute('size')!.trim()] ?? 'inherit';
  if (tagOf(el) === 'SMALL') return (parentPx ?? ROOT_FONT_PX) * 0.833;
  return 'inherit';
}

/** A declared colour (a name, hex…) as a computed style would give it, for text-contrast.ts to read. */
function colourText(colour: Rgba | null): string | null {
  return colour && `rgba(${colour.r}, ${colour.g}, ${colour.b}, ${colour.a})`;
}

function colourInBackgroundShorthand(value: string | null): string | null {
  if (!value) return null;
  const match = /(#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\b[a-z]+\b)/i.exec(value);
  return match && parseDeclaredColor(match[1]) ? match[1]! : null;
}

export const STATIC_STYLES: StaticStyleReader = {
  fontSizePx(chain: Element[]): number | null {
    // Outermost first so relative sizes (em, %) compound; null until somebody declares a size.
    let size: number | null = null;
    let declaredAnywhere = false;
    for (const cur of [...chain].reverse()) {
      const declared = declaredFontSize(cur, size ?? ROOT_FONT_PX);
      if (declared === 'inherit') continue;
      declaredAnywhere = true;
      size = declared;
    }
    return declaredAnywhere && size !== null ? Math.round(size * 100) / 100 : null;
  },
  foreground: (el) =>
    colourText(
      parseDeclaredColor(inlineStyle(el, 'color') ?? (tagOf(el) === 'FONT' ? el.getAttribute('color') : null)),
    ),
  background: (el) =>
    colourText(
      parseDeclaredColor(
        inlineStyle(el, 'background-color') ??
          colourInBackgroundShorthand(inlineStyle(el, 'background')) ??
          el.getAttribute('bgcolor'),
      ),
    ),
};
