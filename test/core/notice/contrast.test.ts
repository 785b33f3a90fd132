import { describe, expect, it } from 'vitest';
import { BLACK, WHITE, contrastRatio, parseColor, relativeLuminance } from '../../../src/core/notice/contrast';
import { parseDeclaredColor } from '../../../src/core/notice/static-style';

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
