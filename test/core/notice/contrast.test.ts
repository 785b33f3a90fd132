import { describe, expect, it } from 'vitest';
import { BLACK, WHITE, contrastRatio, parseColor, relativeLuminance } from '../../../src/core/notice/contrast';
import { parseDeclaredColor } from '../../../src/core/notice/static-style';
import { STATIC_STYLES } from '../../../src/core/notice/static-style';
import { contrastOf, withContrast } from '../../../src/core/notice/text-contrast';
import { textColours, textStyleFacts } from '../../../src/core/notice/text-style';
import { dom } from '../extract/helpers';

const textContrast = (el: Element) => contrastOf(textColours(el));

describe('parseColor', () => {
  it.each([
    ['#000', { r: 0, g: 0, b: 0, a: 1 }],
    ['#ffffff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#7778', { r: 119, g: 119, b: 119, a: 136 / 255 }],
    ['rgb(119, 119, 119)', { r: 119, g: 119, b: 119, a: 1 }],
    ['rgba(0,0,0,0.5)', { r: 0, g: 0, b: 0, a: 0.5 }],
    ['rgb(0 0 0 / 50%)', { r: 0, g: 0, b: 0, a: 0.5 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
  ])('%s', (input, want) => expect(parseColor(input)).toEqual(want));

  it('returns null for what it cannot read', () => {
    expect(parseColor('var(--text)')).toBeNull();
    expect(parseColor('#12')).toBeNull();
    expect(parseColor('')).toBeNull();
    expect(parseColor(null)).toBeNull();
  });
});

describe('oklch() and oklab(), as Chromium computes Tailwind v4 colours', () => {
  const near = (c: ReturnType<typeof parseColor>, r: number, g: number, b: number, a = 1) => {
    expect(c).not.toBeNull();
    for (const [got, want] of [
      [c!.r, r],
      [c!.g, g],
      [c!.b, b],
    ] as const)
      expect(Math.abs(got - want)).toBeLessThan(1);
    expect(c!.a).toBeCloseTo(a, 6);
  };
  it('reads them in sRGB', () => {
    near(parseColor('oklch(0.627955 0.257683 29.2339)'), 255, 0, 0);
    near(parseColor('oklch(0.707 0.022 261.325)'), 153, 161, 175); // Tailwind v4 gray-400, #99a1af
    near(parseColor('oklab(0.62796 0.22486 0.12585)'), 255, 0, 0);
    near(parseColor('oklch(62.8% 0.2577 29.23 / 50%)'), 255, 0, 0, 0.5);
    near(parseColor('oklch(1 0 none)'), 255, 255, 255);
  });
  it('a computed colour it cannot read makes the contrast unknown, not black on white', () => {
    const doc = dom('<p id="notice">We collect your data.</p>');
    const style = (color: string) => ({ color, backgroundColor: 'rgb(255, 255, 255)', display: 'block' });
    const view = doc.defaultView as unknown as { getComputedStyle: (el: Element) => unknown };
    const el = doc.getElementById('notice')!;
    view.getComputedStyle = () => style('lab(98 0 0)');
    expect(textContrast(el)).toBeNull();
    view.getComputedStyle = () => style('oklch(0.985 0.002 247.839)'); // gray-50 on white
    expect(textContrast(el)).toBeLessThan(1.2);
    // linkedom's documents share one view, which has no computed styles of its own.
    delete (view as { getComputedStyle?: unknown }).getComputedStyle;
  });
});

describe('parseDeclaredColor (static styles)', () => {
  it('reads colour names as well, which a computed colour never is', () => {
    expect(parseDeclaredColor('White')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseDeclaredColor(' lightgrey ')).toEqual({ r: 211, g: 211, b: 211, a: 1 });
    expect(parseDeclaredColor('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColor('white')).toBeNull();
    expect(parseDeclaredColor('var(--text)')).toBeNull();
  });
});

describe('WCAG 2.x contrast', () => {
  it('luminance of black and white', () => {
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(relativeLuminance(WHITE)).toBeCloseTo(1, 6);
  });
  it('black on white is 21:1, symmetric', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 6);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 6);
  });
  it('#777 on white is about 4.48:1 (just below AA)', () => {
    expect(contrastRatio(parseColor('#777')!, WHITE)).toBeCloseTo(4.48, 2);
  });
  it('same colour is 1:1', () => {
    expect(contrastRatio(parseColor('#ccc')!, parseColor('#ccc')!)).toBeCloseTo(1, 6);
  });
  it('a translucent foreground is blended over the background first', () => {
    const half = contrastRatio(parseColor('rgba(0,0,0,0.5)')!, WHITE);
    expect(half).toBeGreaterThan(3);
    expect(half).toBeLessThan(5);
  });
});

describe('the DOM half collects colours, the other half reckons the contrast', () => {
  it('a collected style carries colour text and no ratio; the ratio comes with withContrast', () => {
    const doc = dom('<div style="background:#ffffff"><p id="n" style="color:#777">We collect your data.</p></div>');
    const collected = textStyleFacts(doc.getElementById('n')!, '#n', STATIC_STYLES);
    expect(collected).not.toHaveProperty('contrastRatio');
    expect(collected.colours.text).toBe('rgba(119, 119, 119, 1)');
    expect(withContrast(collected).contrastRatio).toBeCloseTo(4.48, 2);
  });

  it('keeps the layers from the text down to the first opaque one, skipping transparent ones', () => {
    const doc = dom('<div id="c"><div id="b"><div id="a"><p id="n">We collect your data.</p></div></div></div>');
    const backgrounds: Record<string, string> = {
      n: 'rgba(0, 0, 0, 0)',
      a: 'rgba(0, 0, 0, 0.1)',
      b: 'rgb(255, 255, 255)',
      c: 'rgb(0, 0, 0)',
    };
    const view = doc.defaultView as unknown as { getComputedStyle: (el: Element) => unknown };
    view.getComputedStyle = (el: Element) => ({
      color: 'rgb(0, 0, 0)',
      backgroundColor: backgrounds[el.id] ?? 'rgba(0, 0, 0, 0)',
      display: 'block',
    });
    const colours = textColours(doc.getElementById('n')!);
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', backgrounds: ['rgba(0, 0, 0, 0.1)', 'rgb(255, 255, 255)'] });
    // Black on 10% black over white.
    expect(contrastOf(colours)).toBeCloseTo(contrastRatio(BLACK, { r: 229.5, g: 229.5, b: 229.5, a: 1 }), 2);
    delete (view as { getComputedStyle?: unknown }).getComputedStyle;
  });
});
