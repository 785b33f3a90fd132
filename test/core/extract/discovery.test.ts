import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { resolveSelector } from '../../../src/core/dom/resolve-selector';
import { extractFields } from '../../../src/core/extract';
import { dom, extract, field, sourcesOf } from './helpers';

describe('which elements are controls (taxonomy.md)', () => {
  it('inputs except buttons, selects, textareas, contenteditable, ARIA widgets', () => {
    const ds =
      extract(`<input name="t"><input type="submit" name="s"><input type="button" name="b"><input type="reset" name="r"><input type="image" name="i">
      <select name="sel"></select><textarea name="ta"></textarea><div contenteditable="true" id="ce">x</div><div contenteditable="false" id="no">x</div>
      <div role="textbox" id="tb"></div><div role="combobox" id="cb"></div><div role="listbox" id="lb"></div><div role="spinbutton" id="sp"></div><button name="btn">ok</button>`);
    expect(ds.map((d) => d.name ?? d.id)).toEqual(['t', 'sel', 'ta', 'ce', 'tb', 'cb', 'lb', 'sp']);
    expect(field(ds, 'ce').type).toBe('contenteditable');
    expect(field(ds, 'sp').type).toBe('spinbutton');
    expect(field(ds, 'sel').type).toBe('select-one');
  });

  it('hidden inputs only when named like location / identity / biometric collectors', () => {
    const ds =
      extract(`<input type="hidden" name="geo_api_info"><input type="hidden" name="lat"><input type="hidden" name="lng"><input type="hidden" name="longitude">
      <input type="hidden" name="sfzh"><input type="hidden" name="idcard"><input type="hidden" id="location"><input type="hidden" name="picdata"><input type="hidden" name="userLocation">
      <input type="hidden" name="token"><input type="hidden" name="csrf"><input type="hidden" name="platform"><input type="hidden" name="template_id"><input type="hidden" name="flag">`);
    expect(ds.map((d) => d.name ?? d.id)).toEqual([
      'geo_api_info',
      'lat',
      'lng',
      'longitude',
      'sfzh',
      'idcard',
      'location',
      'picdata',
      'userLocation',
    ]);
    expect(ds.every((d) => d.hidden && d.type === 'hidden' && d.label === '')).toBe(true);
  });

  it('an ARIA widget around a native control is one control; widget parts are not controls', () => {
    const ds = extract(`<div role="combobox" id="cb"><input name="city" aria-label="城市"></div>
      <div role="combobox" id="cb2" aria-label="部门"><div role="listbox" id="popup"><div role="option">研发</div></div></div>
      <div contenteditable="true" id="outer"><p contenteditable="true" id="inner">x</p></div>`);
    expect(ds.map((d) => d.name ?? d.id)).toEqual(['city', 'cb2', 'outer']);
  });

  it('hidden-by-markup controls are marked hidden; readonly, file accept/capture, checked, form index', () => {
    const ds =
      extract(`<form><div style="display: none"><input name="a" aria-label="x"></div><input name="b" readonly aria-label="x"></form>
      <form><input type="file" name="photo" accept="image/*" capture="user" aria-label="照片"><input type="checkbox" name="c" checked aria-label="同意"></form><input name="out" aria-label="x">`);
    expect(field(ds, 'a').hidden).toBe(true);
    expect(field(ds, 'b')).toMatchObject({ hidden: false, readOnly: true, formIndex: 0 });
    expect(field(ds, 'photo')).toMatchObject({ accept: 'image/*', capture: 'user', formIndex: 1 });
    expect(field(ds, 'c')).toMatchObject({ checked: true, hasValue: true });
    expect(field(ds, 'out').formIndex).toBe(-1);
  });

  it('pages without <html> (text before the doctype in JSP templates) are fully scanned', () => {
    const { document } = parseHtml(
      '<%@ page contentType="text/html" %>\n<!DOCTYPE html><head><title>x</title></head><body><form>姓名：<input name="xm"></form></body>',
    );
    expect(extractFields(document).descriptors.map((d) => [d.name, d.label])).toEqual([['xm', '姓名']]);
  });

  it('the parser: empty and text-only files get <html><body>; upper-case attribute names are lower-cased', () => {
    expect(parseHtml('').document.documentElement).not.toBeNull();
    expect(parseHtml('just text').document.title).toBe('');
    const { document } = parseHtml(
      '<HTML><BODY><LABEL FOR="A">姓名</LABEL><INPUT ID="A" NAME="A"><svg viewBox="0 0 1 1"></svg></BODY></HTML>',
    );
    expect(extractFields(document).descriptors.map((d) => [d.id, d.name, d.label])).toEqual([['A', 'A', '姓名']]);
    expect(document.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 1 1');
  });

  it('ids and names are reported exactly as written', () => {
    const ds = extract('<input id=" nbsp" name="a b " aria-label="x">');
    expect(ds[0]).toMatchObject({ id: ' nbsp', name: 'a b ' });
  });

  it('search and filter areas are flagged', () => {
    const ds = extract(
      '<div class="searchContain"><input name="q1" placeholder="请输入姓名"></div><form role="search"><input name="q2"></form><div class="research-notes"><input name="n" aria-label="x"></div>',
    );
    expect(field(ds, 'q1').inSearchArea).toBe(true);
    expect(field(ds, 'q2').inSearchArea).toBe(true);
    expect(field(ds, 'n').inSearchArea).toBe(false);
  });

  it('maxFields caps the number of questions', () => {
    const body = Array.from({ length: 50 }, (_, i) => `<input name="f${i}">`).join('');
    expect(extractFields(dom(body), { maxFields: 10 }).descriptors).toHaveLength(10);
  });

  it('within: scans only the given subtrees, with selectors unique in the whole page', () => {
    const document = dom(
      '<div id="a"><input name="x"></div><div class="added"><input name="y"><p><input name="y"></p></div><div class="added2"><input name="z"></div>',
    );
    const added = document.querySelector('.added')!;
    const { descriptors, elements } = extractFields(document, { within: [added] });
    expect(descriptors.map((d) => d.name)).toEqual(['y', 'y']);
    descriptors.forEach((d, i) => expect(document.querySelector(d.selector)).toBe(elements[i]));
  });

  it('within: a subtree listed twice, or with its own child, is walked once', () => {
    const document = dom('<form id="f"><p><input name="a"></p><p><input name="b"></p></form>');
    const form = document.getElementById('f')!;
    const rows = Array.from(form.querySelectorAll('p'));
    expect(extractFields(document, { within: [form, form, ...rows, rows[0]!] }).descriptors.map((d) => d.name)).toEqual(
      ['a', 'b'],
    );
  });
});

describe('radio and checkbox groups are one question', () => {
  it('native radios by name, options from the texts after them, question from the text before', () => {
    const ds = extract(
      '<form>性别：<input type="radio" name="sex" id="m">男 <input type="radio" name="sex" id="f" checked>女</form>',
    );
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ label: '性别', name: 'sex', checked: true, groupSelectors: ['#m', '#f'] });
    expect(sourcesOf(ds[0]!)).toEqual(['preceding-text:性别', 'option:男', 'option:女']);
  });

  it('checkbox groups by name with wrapping labels as options, legend as question', () => {
    const ds = extract(
      '<fieldset><legend>今日症状</legend><label><input type="checkbox" name="zz[]" value="1">发热</label><label><input type="checkbox" name="zz[]" value="2">咳嗽</label></fieldset>',
    );
    expect(ds).toHaveLength(1);
    expect(ds[0]!.label).toBe('今日症状');
    expect(sourcesOf(ds[0]!)).toEqual(['legend:今日症状', 'option:发热', 'option:咳嗽']);
    expect(ds[0]!.groupSelectors).toHaveLength(2);
  });

  it('same radio name in two forms makes two groups', () => {
    expect(
      extract(
        '<form><input type="radio" name="a" aria-label="x"></form><form><input type="radio" name="a" aria-label="y"></form>',
      ),
    ).toHaveLength(2);
  });

  it('ARIA radiogroup (Google Forms style) with its labelledby heading', () => {
    const ds =
      extract(`<div role="list"><div role="listitem"><div role="heading" id="q1">Have you had a fever in the last 14 days?</div>
      <div role="radiogroup" aria-labelledby="q1"><div role="radio" aria-checked="false" id="r1">Yes</div><div role="radio" aria-checked="true" id="r2">No</div></div></div></div>`);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ type: 'radio', label: 'Have you had a fever in the last 14 days?', checked: true });
    expect(sourcesOf(ds[0]!)).toEqual(expect.arrayContaining(['option:Yes', 'option:No']));
  });

  it('ARIA checkboxes grouped by their list', () => {
    const ds = extract(
      '<div role="listitem"><div role="heading">Symptoms</div><div role="list"><div role="listitem"><div role="checkbox" aria-label="Cough"></div></div><div role="listitem"><div role="checkbox" aria-label="Fever"></div></div></div></div>',
    );
    expect(ds).toHaveLength(1);
    expect(ds[0]!.label).toBe('Symptoms');
  });
});

describe('selectors', () => {
  it('#id when unique, tag[name] when unique, else an nth-of-type path; all resolve with linkedom', () => {
    const document =
      dom(`<form><input id="a"><input name="b"><input name="c"><input name="c"><div id="box"><p><input></p><p><input id="dup"><input id="dup"></p></div>
      <input name='we"ird'><input id="1st"></form>`);
    const { descriptors, elements } = extractFields(document);
    const selectors = descriptors.map((d) => d.selector);
    expect(selectors.slice(0, 2)).toEqual(['#a', 'input[name="b"]']);
    expect(selectors[2]).toBe('body > form:nth-of-type(1) > input:nth-of-type(3)');
    expect(selectors[4]).toBe('#box > p:nth-of-type(1) > input:nth-of-type(1)');
    expect(new Set(selectors).size).toBe(selectors.length);
    descriptors.forEach((d, i) => {
      expect(document.querySelectorAll(d.selector)).toHaveLength(1);
      expect(document.querySelector(d.selector)).toBe(elements[i]);
    });
  });

  it('pierce open shadow roots with " >>> " and resolve through them (nested too)', () => {
    const document = dom('<div id="host"></div><x-card></x-card>');
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="e">Email</label><input id="e"><div class="inner"></div>';
    const inner = shadow.querySelector('.inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Phone</p><input name="tel">';
    const card = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    card.innerHTML = '<input aria-label="a"><input aria-label="b">';
    const { descriptors, elements } = extractFields(document);
    expect(descriptors.map((d) => d.selector)).toEqual([
      '#host >>> #e',
      '#host >>> div:nth-of-type(1) >>> input[name="tel"]',
      'body > x-card:nth-of-type(1) >>> input:nth-of-type(1)',
      'body > x-card:nth-of-type(1) >>> input:nth-of-type(2)',
    ]);
    expect(descriptors.map((d) => d.label)).toEqual(['Email', 'Phone', 'a', 'b']);
    descriptors.forEach((d, i) => expect(resolveSelector(document, d.selector)).toBe(elements[i]));
  });

  it('declarative shadow DOM (<template shadowrootmode>) is attached by the parser, nested too; closed stays invisible', () => {
    const { document } = parseHtml(`<!doctype html><html><body><form>
      <benefit-card><template shadowrootmode="open"><label for="d">Dependant name</label><input id="d">
        <inner-x><template shadowrootmode="open"><span>医保卡号</span><input name="yb"></template></inner-x></template></benefit-card>
      <secret-card><template shadowrootmode="closed"><input name="hidden-in-closed"></template></secret-card></form></body></html>`);
    const { descriptors, elements } = extractFields(document);
    expect(descriptors.map((d) => [d.selector, d.label])).toEqual([
      ['body > form:nth-of-type(1) > benefit-card:nth-of-type(1) >>> #d', 'Dependant name'],
      [
        'body > form:nth-of-type(1) > benefit-card:nth-of-type(1) >>> inner-x:nth-of-type(1) >>> input[name="yb"]',
        '医保卡号',
      ],
    ]);
    expect(document.querySelector('template')).toBeNull();
    descriptors.forEach((d, i) => expect(resolveSelector(document, d.selector)).toBe(elements[i]));
  });
});
