// The WCAG contrast of a notice text, reckoned from the colours the DOM half collected
// (text-style.ts): in the background and the CLI, so the colour maths stays out of the content script.
import type { CollectedTextStyle, TextColours, TextStyleFacts } from '../types';
import { BLACK, blend, contrastRatio, parseColor, UNREADABLE, WHITE, type Rgba } from './contrast';

/**
 * The contrast of the text on its layers (translucent ones stacked on the nearest opaque one, a
 * white page when none), to two decimals; null when neither colour is known (static DOM) or a
 * computed one cannot be read.
 */
export function contrastOf({ text, backgrounds }: TextColours): number | null {
  // A colour the browser computed but we cannot read is unknown, not the default black.
  const fg = text === null ? null : (parseColor(text) ?? UNREADABLE);
  const layers: Rgba[] = [];
  for (const background of backgrounds) {
    const colour = parseColor(background) ?? UNREADABLE;
    if (colour.a === 0) continue;
    layers.push(colour);
    if (colour.a >= 1) break;
  }
  if (!fg && layers.length === 0) return null;
  let bg = layers.length && layers[layers.length - 1]!.a >= 1 ? layers.pop()! : WHITE;
  while (layers.length) bg = blend(layers.pop()!, bg);
  const ratio = Math.round(contrastRatio(fg ?? BLACK, bg) * 100) / 100;
  return Number.isNaN(ratio) ? null : ratio;
}

export function withContrast({ colours, ...style }: CollectedTextStyle): TextStyleFacts {
  return { ...style, contrastRatio: contrastOf(colours) };
}
