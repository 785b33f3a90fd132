// Mutation storms, as the core sees them: the content script rescans the subtrees that were
// added (scanRoot's `within`), and caps hostile pages with `maxFields`. Both must stay bounded.
import { describe, expect, it } from 'vitest';
import { scanRoot } from '../../../src/core/scan';
import * as g from './generators';
import { PAGE_URL, parse } from './helpers';

describe('hostile storms: incremental rescans and the field cap', () => {
  it('rescanning 10,000 added subtrees at once (within: [...10,000]) finds each control once, < 10 s', () => {
    const { document } = parse(g.manyControls(10_000));
    const added = Array.from(document.querySelectorAll('form > div'));
    const t0 = performance.now();
    const result = scanRoot(document, { pageUrl: PAGE_URL, within: added });
    const ms = performance.now() - t0;
    console.log(`[hostile] within 10,000 subtrees: ${ms.toFixed(0)}ms fields=${result.fields.length}`);
    expect(result.fields).toHaveLength(10_000);
    expect(new Set(result.fields.map((f) => f.selector)).size).toBe(10_000);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  // A storm adds, removes and re-adds the same nodes, and reports a parent and its children: the
  // overlapping `within` roots must not turn one control into many questions. (The content
  // script de-duplicates by selector afterwards, but scans each copy: wasted work, and a trap for
  // every other caller of scanRoot/extractFields.)
  it.each([
    {
      case: 'the same subtree listed 1,000 times',
      within: (d: Document) => Array.from({ length: 1_000 }, () => d.querySelector('form > div')!),
    },
    {
      case: 'a subtree and its own child',
      within: (d: Document) => [d.querySelector('form > div')!, d.querySelector('form > div > input')!],
    },
    {
      case: 'the form and each of its 10 rows',
      within: (d: Document) => [d.querySelector('form')!, ...Array.from(d.querySelectorAll('form > div'))],
    },
  ])('$case: each control is one question', ({ case: name, within }) => {
    const { document } = parse(g.manyControls(10));
    const roots = within(document);
    const expected = new Set(
      roots.flatMap((r) => (r.tagName === 'INPUT' ? [r] : Array.from(r.querySelectorAll('input')))),
    ).size;
    const result = scanRoot(document, { pageUrl: PAGE_URL, within: roots });
    console.log(`[hostile] within (${name}): fields=${result.fields.length} distinct controls=${expected}`);
    expect(result.fields).toHaveLength(expected);
  });

  it('100 rescans of one small added subtree on a 10,000-control page: each < 1 s on average', () => {
    const { document } = parse(g.manyControls(10_000));
    const added = document.querySelector('form > div:last-child')!;
    scanRoot(document, { pageUrl: PAGE_URL, within: added }); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) scanRoot(document, { pageUrl: PAGE_URL, within: added });
    const perRescan = (performance.now() - t0) / 100;
    console.log(`[hostile] rescan of 1 subtree on a 10k page: ${perRescan.toFixed(1)}ms each`);
    expect(perRescan).toBeLessThan(1_000);
  }, 180_000);

  it('maxFields 100 on a 10,000-control page: 100 questions, < 5 s', () => {
    const { document } = parse(g.manyControls(10_000));
    const t0 = performance.now();
    const result = scanRoot(document, { pageUrl: PAGE_URL, maxFields: 100 });
    const ms = performance.now() - t0;
    console.log(`[hostile] maxFields=100 on 10k page: ${ms.toFixed(0)}ms`);
    expect(result.fields).toHaveLength(100);
    expect(ms).toBeLessThan(5_000);
  }, 60_000);
});
