// The scan a content script sends names each chain of shadow hosts once (scan-packing.ts): the
// background gets back exactly what was collected, a page of deeply nested roots sends a fraction
// of the text, and a forged message is refused rather than half-read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollectedScan } from '../../../src/core/collect';
import { collectScan } from '../../../src/core/collect';
import { packScan, unpackScan, type PackedScan } from '../../../src/messaging/scan-packing';
import { parseHtml } from '../../../src/cli/parse-html';

const base = collectScan(parseHtml('<label>姓名<input name="n"></label>').document, { pageUrl: 'https://oa.example/' });
const descriptor = base.descriptors[0]!;

/** A scan whose questions have these selectors (and the same as their group). */
const scanWith = (selectors: string[]): CollectedScan => ({
  ...base,
  descriptors: selectors.map((selector) => ({ ...descriptor, selector, groupSelectors: [selector] })),
});

/** What crosses the browser's message boundary. */
const sent = (scan: CollectedScan): PackedScan => JSON.parse(JSON.stringify(packScan(scan))) as PackedScan;

describe('a scan as the content script sends it', () => {
  it('comes back as collected, whatever the selectors', () => {
    const part = fc.constantFrom('div', '#a', 'x-card:nth-of-type(2)', 'p > input', '[name="q"]', '#b >>> c');
    const selector = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' >>> '));
    fc.assert(
      fc.property(fc.array(selector, { maxLength: 12 }), (selectors) => {
        const scan = scanWith(selectors);
        expect(unpackScan(sent(scan))).toEqual(scan);
      }),
    );
  });

  it('sends each chain of hosts once: 300 nested roots with a question each is a fraction of the text', () => {
    const hosts = Array.from({ length: 300 }, (_, i) => `div.level-${i}:nth-of-type(1)`);
    const selectors = hosts.map((_, depth) => [...hosts.slice(0, depth + 1), 'p > input#s'].join(' >>> '));
    const scan = scanWith(selectors);
    const full = JSON.stringify(scan).length;
    const packed = JSON.stringify(packScan(scan)).length;
    expect(full).toBeGreaterThan(2_000_000);
    expect(packed).toBeLessThan(full / 20);
    expect(unpackScan(sent(scan))).toEqual(scan);
  });

  it('refuses a forged message: a chain naming itself or a later one, a selector naming no chain', () => {
    const good = sent(scanWith(['#a >>> #b >>> input']));
    expect(() => unpackScan({ ...good, chains: [[0, '#a']] })).toThrow(/host chain 0/);
    expect(() =>
      unpackScan({
        ...good,
        chains: [
          [-1, '#a'],
          [5, '#b'],
        ],
      }),
    ).toThrow(/host chain 1/);
    for (const chain of [9, -1, 0.5, 'constructor', 'length'])
      expect(() =>
        unpackScan({ ...good, descriptors: [{ ...good.descriptors[0]!, selector: [chain as number, 'input'] }] }),
      ).toThrow(/selector/);
  });

  it('refuses a small table that would rebuild into a huge text (a deep chain named by many selectors)', () => {
    // 20,000 chains of 40 characters, the deepest (900,000 characters) named 400 times: ~1 MB sent, 360 MB rebuilt.
    const chains: [number, string][] = Array.from({ length: 20_000 }, (_, i) => [i - 1, 'x'.repeat(40)]);
    const deep: [number, string] = [chains.length - 1, 'input'];
    const one = sent(scanWith(['a'])).descriptors[0]!;
    const forged: PackedScan = {
      ...sent(scanWith([])),
      chains,
      descriptors: Array.from({ length: 200 }, () => ({ ...one, selector: deep, groupSelectors: [deep] })),
    };
    expect(() => unpackScan(forged)).toThrow(/too large/);
  });
});
