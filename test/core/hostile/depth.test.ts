// Hostile depth: deeply nested DOM, nested shadow roots (scripted and declarative), widgets in
// widgets. Recursive walkers overflow the stack here; quadratic ancestor walks freeze the tab.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolveSelector } from '../../../src/core/dom/resolve-selector';
import { extractFields } from '../../../src/core/extract';
import * as g from './generators';
import { expectReportShape, figures, parse, runCaseIsolated, runOnDocument, runPipeline } from './helpers';

describe('hostile depth: nested elements', () => {
  it.each([5_000, 20_000])(
    'extraction alone survives %i nested <div>s (no stack overflow), < 5 s',
    (depth) => {
      const { document } = parse(g.deepNesting(depth));
      const t0 = performance.now();
      const { descriptors } = extractFields(document);
      const ms = performance.now() - t0;
      console.log(`[hostile] extract depth ${depth}: ${ms.toFixed(0)}ms`);
      expect(descriptors.map((d) => d.name)).toEqual(['deep']);
      expect(descriptors[0]!.label).toBe('姓名');
      expect(ms).toBeLessThan(5_000);
    },
    60_000,
  );

  // One control under 5,000 <div>s: a linear pass is milliseconds. Found 2026-11-25: the notice
  // survey's intro detection (src/core/notice/intro.ts, pageIntro → skipped) walked every block's
  // ancestors for each block before the first control: O(depth²), 3–15 s here (fixed in 0c0fe8c).
  it('the whole pipeline on one control under 5,000 nested <div>s: < 2 s', () => {
    const run = runPipeline(g.deepNesting(5_000));
    figures('depth 5,000 pipeline', run);
    expectReportShape(run.report);
    expect(run.report.fields.map((f) => f.name)).toEqual(['deep']);
    expect(run.scanMs + run.evaluateMs).toBeLessThan(2_000);
  }, 120_000);

  // Same bug at 20,000 levels was ~90 s of one core (a frozen tab). Run in a child process killed
  // after 30 s so a regression fails the suite instead of hanging it.
  it('the whole pipeline on one control under 20,000 nested <div>s finishes within 30 s (isolated process)', () => {
    const result = runCaseIsolated('deepNesting', [20_000], 30_000);
    console.log(
      `[hostile] depth 20,000 isolated: wall=${result.wallMs.toFixed(0)}ms killed=${result.killed} ${JSON.stringify(result.figures)}`,
    );
    expect(result.killed).toBe(false);
    expect(result.figures?.ok).toBe(true);
    expect(result.figures?.fields).toBe(1);
  }, 60_000);

  it('2,000 nested contenteditable comboboxes around one input: no throw, one native control kept', () => {
    const run = runPipeline(g.nestedWidgets(2_000));
    figures('nested widgets 2,000', run);
    expectReportShape(run.report);
    expect(run.report.fields.some((f) => f.name === 'inner')).toBe(true);
    expect(run.scanMs).toBeLessThan(10_000);
  }, 60_000);
});

/** A document whose open shadow roots are nested `depth` deep, each holding one labelled input. */
function nestedOpenShadowRoots(depth: number, mode: 'open' | 'closed' = 'open'): Document {
  const { document } = parseHTML(
    '<!DOCTYPE html><html><head></head><body><div id="top"></div></body></html>',
  ) as unknown as { document: Document };
  let host = document.getElementById('top')!;
  for (let level = 0; level < depth; level++) {
    const root = host.attachShadow({ mode });
    const label = document.createElement('label');
    label.textContent = `手机号 ${level}`;
    const input = document.createElement('input');
    input.setAttribute('name', `phone${level}`);
    label.appendChild(input);
    root.appendChild(label);
    const next = document.createElement('div');
    root.appendChild(next);
    host = next;
  }
  return document;
}

describe('hostile depth: shadow roots', () => {
  it.each([200, 1_000])(
    'open shadow roots nested %i deep: every control found, each selector resolves to it, < 10 s',
    (depth) => {
      const document = nestedOpenShadowRoots(depth);
      const run = runOnDocument(document);
      const longest = Math.max(...run.report.fields.map((f) => f.selector.length));
      figures(`open shadow ${depth} deep`, run, `longestSelector=${longest} json=${run.json.length}B`);
      expectReportShape(run.report);
      expect(run.report.fields).toHaveLength(depth);
      for (const [level, field] of run.report.fields.entries()) {
        expect(resolveSelector(document, field.selector)?.getAttribute('name'), field.selector.slice(-80)).toBe(
          `phone${level}`,
        );
      }
      expect(run.scanMs + run.evaluateMs).toBeLessThan(10_000);
    },
    120_000,
  );

  it('closed shadow roots are invisible and harmless', () => {
    const run = runOnDocument(nestedOpenShadowRoots(50, 'closed'));
    expectReportShape(run.report);
    expect(run.report.fields).toHaveLength(0);
  });

  it('declarative <template shadowrootmode="open"> nested 200 deep: parse + scan < 10 s, every control found and resolvable', () => {
    const run = runPipeline(g.declarativeShadow(200));
    figures('declarative shadow 200 deep', run);
    expectReportShape(run.report);
    expect(run.report.fields).toHaveLength(200);
    for (const [level, field] of run.report.fields.entries()) {
      expect(resolveSelector(run.document, field.selector)?.getAttribute('name')).toBe(`phone${level}`);
    }
    expect(run.totalMs).toBeLessThan(10_000);
  }, 120_000);

  // Found 2026-11-25: attachDeclarativeShadowRoots re-serialised the remaining template at every
  // level (1,000 deep did not finish in 60 s); it now moves the parsed nodes.
  it('declarative shadow roots nested 1,000 deep: the CLI pipeline finishes within 30 s (isolated process)', () => {
    const result = runCaseIsolated('declarativeShadow', [1_000], 30_000);
    console.log(
      `[hostile] declarative 1,000 isolated: wall=${result.wallMs.toFixed(0)}ms killed=${result.killed} ${JSON.stringify(result.figures)}`,
    );
    expect(result.killed).toBe(false);
    expect(result.figures?.fields).toBe(1_000);
  }, 120_000);
});
