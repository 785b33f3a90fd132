// Passes that pause (core/steps.ts): run in slices, with the page changing between them, they
// must give what a pass run in one go gives, and lose no place when the node they stopped on goes.
import { describe, expect, it } from 'vitest';
import { collectScan, collectScanSteps } from '../../src/core/collect';
import { extractFieldsSteps } from '../../src/core/extract';
import { ownText, textOf } from '../../src/core/notice/dom';
import { runToEnd } from '../../src/core/steps';
import { dom } from './extract/helpers';

const PAGE = `<h1>入职登记表</h1><p>我们收集以下信息用于办理入职手续，详见<a href="/privacy">《隐私政策》</a>。</p>
<form>${Array.from({ length: 300 }, (_, i) => `<div class="row"><label for="f${i}">备注 ${i}</label><input id="f${i}" name="f${i}"></div>`).join('')}
<label><input type="checkbox" id="agree"> 我已阅读并同意《隐私政策》</label>
<p><label for="sfzh">身份证号</label><input id="sfzh" name="sfzh"></p></form>`;

describe('passes that pause', () => {
  it('a scan run step by step gives what the same scan run in one go gives', () => {
    const oneGo = collectScan(dom(PAGE), { pageUrl: 'https://hr.example.cn/onboard' });
    const steps = collectScanSteps(dom(PAGE), { pageUrl: 'https://hr.example.cn/onboard' });
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(3);
    expect(step.value).toEqual(oneGo);
  });

  it('keeps its place when the page removes the element it paused on, and reports what is still there', () => {
    const doc = dom(PAGE);
    const steps = extractFieldsSteps(doc);
    steps.next(); // paused somewhere in the first rows
    // The page drops every row up to #f120 meanwhile, including the one the walk stopped on.
    for (let i = 0; i <= 120; i++) doc.getElementById(`f${i}`)!.parentElement!.remove();
    const result = runToEnd(steps);
    const names = result.descriptors.map((d) => d.name);
    expect(names).toContain('sfzh');
    expect(names).toContain('f299');
    for (let i = 121; i < 300; i++) expect(names).toContain(`f${i}`);
  });
});

/**
 * Runs the question pass over `doc` with `property` counted wherever `node` finds it on its
 * prototype chain (a method: one per call; a getter: `weigh` of what it returns, one by default),
 * and gives the pass's result with the most counted in one step.
 */
function mostPerStep(doc: Document, node: object, property: string, weigh: (value: unknown) => number = () => 1) {
  let holder: object | null = node;
  let original: PropertyDescriptor | undefined;
  while (holder && !(original = Object.getOwnPropertyDescriptor(holder, property)))
    holder = Object.getPrototypeOf(holder) as object | null;
  const method = original!.value as ((this: unknown, ...a: unknown[]) => unknown) | undefined;
  let count = 0;
  Object.defineProperty(
    holder!,
    property,
    original!.get
      ? {
          ...original,
          get(this: unknown) {
            const read: unknown = original!.get!.call(this);
            count += weigh(read);
            return read;
          },
        }
      : {
          ...original,
          value(this: unknown, ...args: unknown[]) {
            count++;
            return method!.apply(this, args);
          },
        },
  );
  let most = 0;
  try {
    const steps = extractFieldsSteps(doc);
    for (let step = steps.next(); ; step = steps.next()) {
      most = Math.max(most, count);
      count = 0;
      if (step.done) return { most, result: step.value };
    }
  } finally {
    Object.defineProperty(holder!, property, original!);
  }
}

describe('one big item is paused inside', () => {
  it('a table of 5,000 rows is indexed over many steps, not in the step of its first question', () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `<tr><td>${i ? `Remark ${i}` : 'Date of birth'}</td><td><input name="c${i}"></td></tr>`,
    ).join('');
    const doc = dom(`<form><table>${rows}</table></form>`);
    // Attribute reads per step: indexing the table reads two per cell (colspan, rowspan).
    const { most, result } = mostPerStep(doc, doc.body, 'getAttribute');
    // Indexed in one go, the first question's step read 20,000 attributes for the table alone.
    expect(most).toBeLessThan(10_000);
    expect(result.descriptors[0]!.label).toBe('Date of birth');
    expect(result.descriptors).toHaveLength(5000);
  });
});

describe("a table's rows are listed in steps", () => {
  it('20,000 rows are not listed in the step of the first question', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<tr><td>Row ${i}</td><td><input name="c${i}"></td></tr>`);
    const doc = dom(`<form><table><tbody>${rows.join('')}</tbody></table></form>`);
    // Tag names read per step: listing the rows reads one per row.
    const { most } = mostPerStep(doc, doc.body, 'tagName');
    // Listed in one go, the step of the first question read 20,000 tag names for the rows alone, and
    // grouping the 20,000 candidates read as many again in another step.
    expect(most).toBeLessThan(2_000);
  });
});

describe('a page that adds rows while we pause', () => {
  it('does not keep the listing of its table going', () => {
    const rows = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => `<tr><td>Row ${from + i}</td><td><input name="c${from + i}"></td></tr>`);
    const doc = dom(`<form><table><tbody>${rows(0, 2000).join('')}</tbody></table></form>`);
    const body = doc.querySelector('tbody')!;
    const steps = extractFieldsSteps(doc);
    let pauses = 0;
    for (let step = steps.next(); !step.done && pauses < 5000; step = steps.next(), pauses++)
      body.insertAdjacentHTML('beforeend', rows(2000 + pauses * 300, 300).join(''));
    expect(pauses).toBeLessThan(5000);
  });
});

describe('long texts end a step like many nodes do', () => {
  it('labels made of a hundred long referenced texts are read over many steps, a few questions each', () => {
    const filler = 'Please read the following general information carefully before completing this form. '.repeat(5);
    const texts = Array.from({ length: 100 }, (_, i) => `<p id="t${i}">${filler}(${i})</p>`).join('');
    const refs = Array.from({ length: 100 }, (_, i) => `t${i}`).join(' ');
    const inputs = Array.from(
      { length: 30 },
      (_, i) => `<p><span id="own${i}">Date of birth</span><input name="q${i}" aria-labelledby="${refs} own${i}"></p>`,
    ).join('');
    const doc = dom(`<div hidden>${texts}</div><form>${inputs}</form>`);
    // Characters of text read per step (text nodes' values), the cost a long label brings.
    const { most, result } = mostPerStep(
      doc,
      doc.getElementById('t0')!.firstChild!,
      'nodeValue',
      (value) => (value as string | null)?.length ?? 0,
    );
    // Counted by nodes only, in steps of 1,024 units, one step read about 160,000 characters (a
    // dozen questions' labels); counting characters too, ~53,000; in steps of 256, ~13,000.
    expect(most).toBeLessThan(30_000);
    expect(result.descriptors).toHaveLength(30);
  });
});

describe('incremental passes over shadow roots', () => {
  it('a shadow root indexed for one listed subtree is not counted again when an outer one walks it', () => {
    const doc = dom(`<div id="wrap"><div id="h1"><template shadowrootmode="open"><form><input id="q1" name="a"></form>
      <div id="h2"><template shadowrootmode="open"><input id="z"></template></div><form><input id="q2" name="b"></form></template></div></div>`);
    const h1 = doc.getElementById('h1')!;
    const h2 = h1.shadowRoot!.getElementById('h2')!;
    const whole = runToEnd(extractFieldsSteps(doc)).descriptors;
    // A mutation inside the nested root queues h2; a re-render queues the wrapper around h1.
    const incremental = runToEnd(extractFieldsSteps(doc, { within: [h2, doc.getElementById('wrap')!] })).descriptors;
    const shape = (ds: typeof whole) => ds.map((d) => `${d.selector} form=${d.formIndex}`).sort();
    expect(shape(incremental)).toEqual(shape(whole));
    expect(shape(incremental)).toContain('#h1 >>> #q1 form=0');
  });
});

describe('text reads on huge containers are bounded', () => {
  it("an element's own text reads its first 200 children only", () => {
    const doc = dom(`<div id="big">${'<span>row</span>'.repeat(300)}tail words</div>`);
    expect(ownText(doc.getElementById('big')!)).toBe('');
    const small = dom('<div id="s"><b>x</b> own words</div>').getElementById('s')!;
    expect(ownText(small).trim()).toBe('own words');
  });

  it('textOf stops at its limit without copying the rest of a 50,000-row container', () => {
    const doc = dom('<div id="big"></div>');
    const big = doc.getElementById('big')!;
    for (let i = 0; i < 50_000; i++) {
      const d = doc.createElement('div');
      d.textContent = `row ${i}`;
      big.appendChild(d);
    }
    const text = textOf(big, 100);
    expect(text.startsWith('row 0 row 1')).toBe(true);
    expect(text.length).toBeLessThan(200);
  });

  it('one text node of a megabyte (a pre-filled textarea) is read only up to the limit', () => {
    const doc = dom(`<div id="t">${'x'.repeat(1_000_000)}</div>`);
    const el = doc.getElementById('t')!;
    expect(textOf(el, 600).length).toBeLessThanOrEqual(601);
    expect(ownText(el, 600).length).toBeLessThanOrEqual(601);
  });

  it('textOf keeps document order, skips scripts and puts a space before block elements', () => {
    const doc = dom('<div id="t">a<p>b<span>c</span></p><script>x()</script><div>d</div>e</div>');
    // A space goes before a block (not after it), as it always has: "d" and "e" stay together.
    expect(textOf(doc.getElementById('t')!)).toBe('a bc de');
  });
});
