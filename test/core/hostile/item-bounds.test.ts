// Hostile items: one element built to be expensive (a label assembled from a hundred long texts, a
// page of filler before the question, ten thousand references, a listbox of 100,000 nodes) costs
// a small fixed amount of work, and the bounds leave no blind spot: the question's own words
// still decide its category. Classified the way the extension does it: the DOM half where the page
// is, a structured clone, the rest where the vocabularies are.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectScan } from '../../../src/core/collect';
import { extractFields, extractFieldsSteps } from '../../../src/core/extract';
import { findNoticeBlocksSteps } from '../../../src/core/notice/blocks';
import { collectNotice, collectNoticeSteps } from '../../../src/core/notice/facts';
import { holdsValue, shortValue } from '../../../src/core/extract/value';
import { completeScan } from '../../../src/core/scan';
import { mainTextElement } from '../../../src/core/notice/text-style';
import { Pacer } from '../../../src/core/steps';
import type { ReportField } from '../../../src/core/types';
import { dom } from '../extract/helpers';

const PAGE_URL = 'https://oa.example.com/form';

/** Fields of a page classified through the content-script / background split. */
function classified(body: string): ReportField[] {
  const collected = structuredClone(collectScan(dom(body), { pageUrl: PAGE_URL }));
  return completeScan(collected, PAGE_URL).fields;
}

function byName(fields: ReportField[], name: string): ReportField {
  const field = fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
}

/** Neutral boilerplate: no personal word, no negative word. */
const FILLER_ZH = '本表格用于年度工作安排的统计，请各位同事认真阅读以下说明后按实际情况如实填写，感谢配合。';
const FILLER_EN = 'Please read the following paragraph carefully before you continue with the rest of this page. ';

/** `count` long texts with ids, and the ids. */
function longTexts(prefix: string, count: number, filler: string): { html: string; ids: string } {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  return { html: ids.map((id) => `<p id="${id}">${filler.repeat(3)}</p>`).join(''), ids: ids.join(' ') };
}

describe('no blind spot: a question named by many long texts and its own short label', () => {
  it('aria-labelledby naming about a hundred long texts plus the own label "Date of birth" / "身份证号" / "Social security number"', () => {
    const en = longTexts('en', 100, FILLER_EN);
    const zh = longTexts('zh', 100, FILLER_ZH);
    const fields = classified(
      `<div>${en.html}${zh.html}</div>
       <form>
         <div><span id="own-dob">Date of birth</span><input name="dob" aria-labelledby="${en.ids} own-dob"></div>
         <div><span id="own-id">身份证号</span><input name="zjhm" aria-labelledby="own-id ${zh.ids}"></div>
         <div><span id="own-ssn">Social security number</span><input name="q3" aria-labelledby="${en.ids} own-ssn ${zh.ids}"></div>
       </form>`,
    );
    expect(byName(fields, 'dob').category).toBe('identity.birthdate');
    expect(byName(fields, 'dob').evidence).toContain('aria-labelledby:Date of birth');
    expect(byName(fields, 'zjhm').category).toBe('identity.id_number');
    expect(byName(fields, 'q3').category).toBe('identity.id_number');
  });

  it('the own label beside the control wins over a hundred short referenced fillers', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `s${i}`);
    const fields = classified(
      `<div>${ids.map((id) => `<span id="${id}">说明</span>`).join('')}</div>
       <div><span id="own">出生日期</span><input name="q1" aria-labelledby="${ids.join(' ')} own"></div>`,
    );
    expect(byName(fields, 'q1').category).toBe('identity.birthdate');
  });
});

describe('no blind spot: a page of filler before the question', () => {
  const filler = FILLER_ZH.repeat(30); // ≈ 1,400 characters
  it.each([
    ['a <label for> text', `<label for="x">${filler}身份证号</label><input id="x" name="x">`],
    ['a wrapping label', `<label>${filler}身份证号 <input name="x"></label>`],
    [
      'filler in its own element',
      `<label for="x"><span>${filler}</span><b>身份证号</b></label><input id="x" name="x">`,
    ],
    ['aria-label', `<input name="x" aria-label="${filler}身份证号">`],
    ['aria-labelledby of one element', `<p id="t">${filler}身份证号</p><input name="x" aria-labelledby="t">`],
    ['a table cell', `<table><tr><td>${filler}身份证号</td><td><input name="x"></td></tr></table>`],
  ])('1,000+ characters of filler before "身份证号" in %s: still an ID number', (_, body) => {
    const field = byName(classified(body), 'x');
    expect(field.category).toBe('identity.id_number');
    expect(field.label.length).toBeLessThanOrEqual(120);
  });

  it('the label shown stays the start of the text; the part sent is short and ends with the question', () => {
    const [d] = extractFields(dom(`<label for="x">${filler}身份证号</label><input id="x" name="x">`)).descriptors;
    expect(d!.label.startsWith('本表格用于')).toBe(true);
    expect(d!.parts).toHaveLength(1);
    expect(d!.parts![0]!.source).toBe('label');
    expect(d!.parts![0]!.text.endsWith('身份证号')).toBe(true);
    expect(d!.parts![0]!.text.length).toBeLessThanOrEqual(48);
  });

  it('an ordinary short label sends no parts (descriptors of ordinary pages are unchanged)', () => {
    const [d] = extractFields(dom(`<label for="x">身份证号</label><input id="x" name="x">`)).descriptors;
    expect(d!.parts).toBeUndefined();
  });
});

/**
 * Counts the DOM reads of a run: the tree-walking getters every walker goes through (on linkedom
 * they are prototype accessors). Restored afterwards.
 */
function countReads<T>(document: Document, run: () => T, calls = false): { reads: number; result: T } {
  const names = [
    'firstChild',
    'lastChild',
    'nextSibling',
    'previousSibling',
    'firstElementChild',
    'lastElementChild',
    'nextElementSibling',
    'previousElementSibling',
    'nodeValue',
    'textContent',
    'childNodes',
    'children',
  ];
  let reads = 0;
  const restore: (() => void)[] = [];
  const probe = document.createElement('div');
  probe.append(document.createTextNode('t'));
  for (const target of [probe, probe.firstChild!]) {
    for (const name of names) {
      for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
        const descriptor = Object.getOwnPropertyDescriptor(proto, name);
        if (!descriptor) continue;
        if (descriptor.get && !restore.some((r) => (r as { key?: unknown }).key === descriptor.get)) {
          // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
          const get = descriptor.get;
          Object.defineProperty(proto, name, {
            ...descriptor,
            get() {
              reads++;
              return get.call(this);
            },
          });
          const undo = (): void => Object.defineProperty(proto, name, descriptor);
          (undo as { key?: unknown }).key = get;
          restore.push(undo);
        }
        break;
      }
    }
  }
  // `calls`: calls that read the tree count too (a containment test walks it, a query or an
  // attribute read looks it up).
  for (const name of calls ? (['contains', 'getAttribute', 'querySelector', 'querySelectorAll'] as const) : []) {
    for (let proto = Object.getPrototypeOf(probe); proto; proto = Object.getPrototypeOf(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (!descriptor || typeof descriptor.value !== 'function') continue;
      const method = descriptor.value as (...args: unknown[]) => unknown;
      Object.defineProperty(proto, name, {
        ...descriptor,
        value(this: unknown, ...args: unknown[]) {
          reads++;
          return method.apply(this, args);
        },
      });
      restore.push(() => Object.defineProperty(proto, name, descriptor));
      break;
    }
  }
  try {
    const result = run();
    return { reads, result };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

/** Pathological single controls, each built at a `size`; the work of extracting must not follow `size`. */
const PATHOLOGICAL: Record<string, (size: number) => string> = {
  'aria-labelledby naming N elements of 50 spans each': (n) =>
    `<div>${Array.from({ length: n }, (_, i) => `<div id="r${i}">${'<span>word</span>'.repeat(50)}</div>`).join('')}</div>` +
    `<input name="q" aria-labelledby="${Array.from({ length: n }, (_, i) => `r${i}`).join(' ')}">`,
  'N <label for> elements for one control': (n) =>
    `${'<label for="q">label text</label>'.repeat(n)}<input id="q" name="q">`,
  'a listbox whose popup holds N nodes and no option': (n) =>
    `<div role="listbox" aria-controls="pop" id="q"></div><div id="pop">${'<i><b></b></i>'.repeat(n)}</div>`,
  'a select with N empty options': (n) => `<select name="q">${'<option></option>'.repeat(n)}</select>`,
  'a radio group of N members': (n) =>
    Array.from({ length: n }, (_, i) => `<label><input type="radio" name="q" value="${i}">option ${i}</label>`).join(
      '',
    ),
  'N nested elements before the control': (n) => `${'<span>'.repeat(n)}text${'</span>'.repeat(n)}<input name="q">`,
  'N inline elements wrapping the text before the control': (n) =>
    `<span>${'<b>x</b>'.repeat(n)}</span><input name="q">`,
};

describe('bounded work per item', () => {
  it.each(Object.keys(PATHOLOGICAL))('%s: DOM reads of the extraction do not grow with N', (name) => {
    const build = PATHOLOGICAL[name]!;
    const readsAt = (size: number): number => {
      const document = dom(build(size));
      return countReads(document, () => extractFields(document)).reads;
    };
    const small = readsAt(1_000);
    const large = readsAt(10_000);
    // A radio group lists each member once (its selector): that is the page, not a walk per member.
    const perMember = name.startsWith('a radio group') ? 10_000 * 4 : 0;
    expect(large, `${name}: ${small} reads at 1,000, ${large} at 10,000`).toBeLessThanOrEqual(
      Math.max(small * 1.5, 5_000) + perMember,
    );
    expect(small).toBeLessThan(20_000);
  });

  it('texts and parts of a pathological question stay short whatever the page holds', () => {
    const huge = 'x'.repeat(1_000_000);
    const [d] = extractFields(
      dom(`<label for="q">${huge} 身份证号</label><input id="q" name="q" title="${huge}" placeholder="${huge}">`),
    ).descriptors;
    for (const text of d!.texts) expect(text.text.length).toBeLessThanOrEqual(200);
    for (const part of d!.parts ?? []) expect(part.text.length).toBeLessThanOrEqual(48);
    expect((d!.parts ?? []).length).toBeLessThanOrEqual(12);
  });

  it('the pass pauses by work done: 40 expensive questions make more pauses than 40 plain ones', () => {
    const pauses = (body: string): number => {
      const steps = extractFieldsSteps(dom(body));
      let count = 0;
      while (!steps.next().done) count++;
      return count;
    };
    const refs = Array.from({ length: 32 }, (_, i) => `r${i}`);
    const targets = refs.map((id) => `<div id="${id}">${'<span>word</span>'.repeat(40)}</div>`).join('');
    const expensive = pauses(
      `${targets}${Array.from({ length: 40 }, (_, i) => `<input name="e${i}" aria-labelledby="${refs.join(' ')}">`).join('')}`,
    );
    const plain = pauses(
      `${targets}${Array.from({ length: 40 }, (_, i) => `<label for="p${i}">Name</label><input id="p${i}" name="p${i}">`).join('')}`,
    );
    // Each expensive question reads 32 × 40 nodes: about one per pause.
    expect(expensive).toBeGreaterThanOrEqual(30);
    expect(plain).toBeLessThan(15);
  });

  it('the notice pass pauses by work done too: elements of 200 text children each make a pause every few elements', () => {
    const pauses = (body: string): number => {
      const elements = Array.from(dom(body).querySelectorAll('body *'));
      const steps = findNoticeBlocksSteps(elements, new Pacer(256));
      let count = 0;
      while (!steps.next().done) count++;
      return count;
    };
    const rows = (children: number) =>
      Array.from({ length: 300 }, () => `<div>${'行<!---->'.repeat(children)}</div>`).join('');
    // 300 elements of 200 own text children: each reads 200 children, a pause every two elements.
    expect(pauses(rows(200))).toBeGreaterThanOrEqual(100);
    // Without children to read, elements are cheap and many go between pauses.
    expect(pauses(rows(0))).toBeLessThanOrEqual(3);
  });

  it('a notice sentence beside a container of N empty elements: found, and the DOM reads of the notice pass do not grow with N', () => {
    const run = (size: number) => {
      const body = `<div><div><p>隐私声明：我们收集的姓名与身份证号仅用于门禁登记，保存三十天后删除。</p><div>${'<i></i>'.repeat(size)}</div></div></div>`;
      const document = dom(body);
      const elements = Array.from(document.querySelectorAll('body *'));
      return countReads(document, () => {
        const steps = findNoticeBlocksSteps(elements, new Pacer(256));
        let step = steps.next();
        while (!step.done) step = steps.next();
        return step.value.map((b) => b.text);
      });
    };
    const small = run(5_000);
    const large = run(50_000);
    expect(large.result).toEqual(['隐私声明：我们收集的姓名与身份证号仅用于门禁登记，保存三十天后删除。']);
    // Every element is looked at once (its own text: a child or two); no text is read through them all.
    expect(large.reads - small.reads, `${small.reads} reads at 5,000, ${large.reads} at 50,000`).toBeLessThanOrEqual(
      45_000 * 3,
    );
  });

  it('the main text of a notice block holding N empty elements: DOM reads do not grow with N', () => {
    const readsAt = (size: number) => {
      const document = dom(`<div id="b"><p>隐私声明：仅用于门禁登记。</p><div>${'<i></i>'.repeat(size)}</div></div>`);
      const block = document.getElementById('b')!;
      return countReads(document, () => mainTextElement(block));
    };
    const small = readsAt(5_000);
    const large = readsAt(50_000);
    expect(large.result.tagName).toBe('P');
    expect(large.reads, `${small.reads} reads at 5,000, ${large.reads} at 50,000`).toBeLessThanOrEqual(
      small.reads * 1.5,
    );
  });

  it('open shadow roots nested N deep, a control in each: DOM reads per control do not grow with N', () => {
    const nested = (depth: number): Document => {
      const { document } = parseHTML('<!DOCTYPE html><html><body><div id="top"></div></body></html>') as unknown as {
        document: Document;
      };
      let host = document.getElementById('top')!;
      for (let level = 0; level < depth; level++) {
        const root = host.attachShadow({ mode: 'open' });
        const label = document.createElement('label');
        label.textContent = `手机号 ${level}`;
        const input = document.createElement('input');
        input.setAttribute('name', `phone${level}`);
        label.appendChild(input);
        root.appendChild(label);
        host = document.createElement('div');
        root.appendChild(host);
      }
      return document;
    };
    const perControl = (depth: number): number => {
      const document = nested(depth);
      const { reads, result } = countReads(document, () => extractFields(document));
      expect(result.descriptors).toHaveLength(depth);
      return reads / depth;
    };
    const shallow = perControl(100);
    const deep = perControl(800);
    expect(deep, `${shallow.toFixed(1)} reads per control at 100 roots, ${deep.toFixed(1)} at 800`).toBeLessThanOrEqual(
      shallow * 1.2 + 5,
    );
  });

  it('controls with neither id nor name in N nested shadow roots: queries of the DOM half per control do not grow with N', () => {
    const nested = (depth: number): Document => {
      const { document } = parseHTML('<!DOCTYPE html><html><body><div id="top"></div></body></html>') as unknown as {
        document: Document;
      };
      let host = document.getElementById('top')!;
      for (let level = 0; level < depth; level++) {
        const root = host.attachShadow({ mode: 'open' });
        root.appendChild(document.createElement('input'));
        host = document.createElement('div');
        root.appendChild(host);
      }
      return document;
    };
    const queriesPerControl = (depth: number): number => {
      const document = nested(depth);
      const shadow = document.getElementById('top')!.shadowRoot!;
      let queries = 0;
      const undo: (() => void)[] = [];
      for (const target of [document, shadow]) {
        const proto = Object.getPrototypeOf(target) as { querySelector: (s: string) => Element | null };
        const original = proto.querySelector;
        if (undo.some((u) => (u as { key?: unknown }).key === original)) continue;
        proto.querySelector = function (this: ParentNode, selector: string) {
          queries++;
          return original.call(this, selector);
        };
        const restore = (): void => void (proto.querySelector = original);
        (restore as { key?: unknown }).key = original;
        undo.push(restore);
      }
      try {
        collectScan(document, { pageUrl: PAGE_URL });
      } finally {
        for (const restore of undo) restore();
      }
      return queries / depth;
    };
    const shallow = queriesPerControl(50);
    const deep = queriesPerControl(200);
    expect(
      deep,
      `${shallow.toFixed(1)} queries per control at 50 roots, ${deep.toFixed(1)} at 200`,
    ).toBeLessThanOrEqual(shallow * 1.2 + 2);
  });
});

describe('option lists: read through their list, not walked', () => {
  const lists = (count: number, options: number) =>
    Array.from(
      { length: count },
      (_, i) => `<select name="s${i}">${'<option value="v">option</option>'.repeat(options)}</select>`,
    ).join('');
  const NOTICE = '<p>隐私声明：我们收集的姓名与身份证号仅用于门禁登记，保存三十天后删除。</p>';

  it('a notice after 3 lists of 2,000 options is found inside a survey bound of 1,000 elements', () => {
    // Before, the options filled the bound and the notice after them was never read.
    const document = dom(`<form>${lists(3, 2_000)}<input name="xm"></form>${NOTICE}`);
    const collected = collectNotice(document, PAGE_URL, {}, 1_000);
    expect(collected.noticeText).toContain('门禁登记');
  });

  it('an option with the id of a control still counts: the control is not selected by that id', () => {
    const document = dom(`<select name="s"><option id="q">a</option></select><input id="q" name="q">`);
    const { descriptors, elements } = extractFields(document);
    const i = descriptors.findIndex((d) => d.name === 'q');
    expect(descriptors[i]!.selector).not.toBe('#q');
    expect(document.querySelector(descriptors[i]!.selector)).toBe(elements[i]);
  });

  it('aria-labelledby naming an option id is answered in document order, as getElementById does', () => {
    const document = dom(
      `<select name="s"><option id="t">出生日期</option></select><span id="t">备注</span><input name="q" aria-labelledby="t">`,
    );
    const field = extractFields(document).descriptors.find((d) => d.name === 'q');
    expect(field?.label).toBe('出生日期');
  });
});

describe('values: a long one costs its length, a textarea is not copied', () => {
  it('a textarea that tells its length is not read whole to learn it holds a value', () => {
    const document = dom('<textarea name="t"></textarea>');
    const textarea = document.querySelector('textarea')!;
    Object.defineProperty(textarea, 'textLength', { value: 1_000_000 });
    Object.defineProperty(textarea, 'value', {
      get: () => {
        throw new Error('read whole');
      },
    });
    expect(holdsValue(textarea)).toBe(true);
    expect(shortValue(textarea, 40)).toBeNull();
  });

  it('a long input value counts as work by its length', () => {
    const document = dom(`<input name="i" value="${'x'.repeat(64_000)}">`);
    const meter = { units: 0 };
    expect(holdsValue(document.querySelector('input')!, meter)).toBe(true);
    expect(meter.units).toBeGreaterThanOrEqual(1_000);
  });

  it("a browser's list answers from its chosen index, without walking its options", () => {
    const document = dom(
      '<select><option>a</option><option selected>b</option></select><select><option>c</option></select>',
    );
    const [chosen, untouched] = Array.from(document.querySelectorAll('select'));
    const browserLike = (select: Element, index: number) => {
      const options = Array.from(select.querySelectorAll('option'));
      Object.defineProperty(select, 'selectedIndex', { value: index });
      Object.defineProperty(select, 'options', { value: options });
      Object.defineProperty(select, 'value', { value: options[index]?.textContent ?? '' });
      Object.defineProperty(select, 'firstElementChild', {
        get: () => {
          throw new Error('walked');
        },
      });
    };
    browserLike(chosen!, 1);
    browserLike(untouched!, 0);
    expect(shortValue(chosen!, 40)).toBe('b');
    expect(holdsValue(untouched!)).toBe(false);
  });
});

describe('notice finders on pages of thousands of notice items: work between pauses does not grow with N', () => {
  /**
   * `n` items, twenty to a parent: a selector numbers a parent's children once, one pass over them
   * (linear in the page, not in the items).
   */
  const items = (n: number, item: (i: number) => string): string =>
    Array.from(
      { length: n / 20 },
      (_, g) => `<div>${Array.from({ length: 20 }, (_, i) => item(g * 20 + i)).join('')}</div>`,
    ).join('');
  const PAGES: Record<string, (n: number) => string> = {
    'notice links with ids': (n) => items(n, (i) => `<a id="l${i}" href="/privacy#${i}">隐私政策</a>`),
    'notice links to in-page targets, without ids': (n) => items(n, (i) => `<a href="#s${i}">隐私政策</a>`),
    'consent checkboxes': (n) =>
      items(
        n,
        (i) => `<label><input type="checkbox" name="c${i}">我已阅读并同意《隐私政策》，同意收集我的身份证号</label>`,
      ),
    '"agree" radios of one group': (n) => items(n, () => `<label><input type="radio" name="agree">同意</label>`),
    'notice blocks': (n) =>
      items(n, () => `<div><p>隐私声明：我们收集的姓名与身份证号仅用于门禁登记，保存三十天后删除。</p></div>`),
  };

  /** The most DOM reads the notice pass made between two pauses. */
  const mostReadsPerStep = (body: string): number => {
    const document = dom(`${body}<form><input name="sfz"></form>`);
    const steps = collectNoticeSteps(document, PAGE_URL, {}, 100_000);
    let most = 0;
    for (;;) {
      const { reads, result } = countReads(document, () => steps.next(), true);
      most = Math.max(most, reads);
      if (result.done) return most;
    }
  };

  it.each(Object.keys(PAGES))('%s', (name) => {
    const build = PAGES[name]!;
    const small = mostReadsPerStep(build(600));
    const large = mostReadsPerStep(build(2_400));
    // Before: one step found every link, control or block (and compared each with the others).
    expect(large, `${name}: ${small} reads in one step at 600, ${large} at 2,400`).toBeLessThanOrEqual(
      Math.max(small * 1.5, 3_000),
    );
  });
});

describe('attacker review: the notice pass neither throws nor misses on crafted markup', () => {
  it('an aria-labelledby of only spaces on a consent box: no selector error, the box is still found', () => {
    const collected = collectNotice(
      dom(`<form><p><input type="checkbox" aria-labelledby=" "> 我已阅读并同意《隐私政策》</p></form>`),
      PAGE_URL,
    );
    expect(collected.page.consentControls).toHaveLength(1);
  });

  it('an <option> outside a list is drawn as a block: as an editable question or a ticked box it is read', () => {
    const document = dom(
      `<form><div><option contenteditable="true" aria-label="身份证号码"></option>` +
        `<option role="checkbox" aria-checked="true">我已阅读并同意《隐私政策》，同意收集我的身份证号</option></div></form>`,
    );
    expect(extractFields(document).descriptors.some((d) => d.label.includes('身份证号码'))).toBe(true);
    const [box] = collectNotice(document, PAGE_URL).page.consentControls;
    expect(box?.preChecked).toBe(true);
  });

  it('a survey cut inside a shadow root does not call a link to a target after the cut unreachable', () => {
    const document = dom(
      `<div><template shadowrootmode="open">${'<i></i>'.repeat(40)}</template></div>` +
        `<a href="#policy">隐私政策</a>${'<p></p>'.repeat(40)}<div id="policy">隐私政策全文</div>`,
    );
    const [link] = collectNotice(document, PAGE_URL, {}, 70).page.noticeLinks;
    expect(link?.reachable).toBe(true);
  });

  it('notice text beside a chain of 30,000 nested elements: no stack overflow', () => {
    const chain = `${'<b>'.repeat(30_000)}x${'</b>'.repeat(30_000)}`;
    const document = dom(
      `<div><a href="/p">隐私声明：我们收集的姓名与身份证号仅用于门禁登记，保存三十天后删除。</a>隐私<b>${chain}</b></div>`,
    );
    expect(() => collectNotice(document, PAGE_URL)).not.toThrow();
  });
});
