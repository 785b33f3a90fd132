// Generators of hostile pages for the robustness tests. Each returns an HTML string; sizes are
// parameters so the same shape can be measured at two scales (linearity).

const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>hostile</title>${head}</head><body>${body}</body></html>`;

/** n text inputs, each with a <label for>, alternating personal and non-personal questions. */
export function manyControls(n: number): string {
  const labels = ['姓名', '手机号', '项目名称', 'Email', '机房温度', '身份证号', 'Comment', '部门'];
  const rows: string[] = [];
  for (let i = 0; i < n; i++)
    rows.push(
      `<div><label for="f${i}">${labels[i % labels.length]} ${i}</label><input id="f${i}" name="field${i}"></div>`,
    );
  return page(`<form action="/submit">${rows.join('')}</form>`);
}

/** One input at the bottom of `depth` nested <div>s, with a label next to it. */
export function deepNesting(depth: number): string {
  return page(`${'<div>'.repeat(depth)}<label>姓名<input name="deep"></label>${'</div>'.repeat(depth)}`);
}

/** Declarative shadow roots nested `depth` deep, each holding one input. */
export function declarativeShadow(depth: number): string {
  let inner = '';
  for (let level = depth - 1; level >= 0; level--) {
    inner = `<div class="host${level}"><template shadowrootmode="open"><label>手机号 ${level}<input name="phone${level}"></label>${inner}</template></div>`;
  }
  return page(inner);
}

/** aria-labelledby cycles: a → b → a, self references, and a chain through n elements. */
export function labelledbyCycles(n: number): string {
  const parts: string[] = [];
  parts.push('<span id="a" aria-labelledby="b">Alpha</span><span id="b" aria-labelledby="a">Beta</span>');
  parts.push('<input id="self" aria-labelledby="self" name="selfref">');
  parts.push(
    '<input id="cyc1" aria-labelledby="cyc2" name="cyc1"><input id="cyc2" aria-labelledby="cyc1" name="cyc2">',
  );
  parts.push('<input aria-labelledby="a b" name="viaCycle">');
  for (let i = 0; i < n; i++) parts.push(`<span id="c${i}" aria-labelledby="c${(i + 1) % n}">part ${i}</span>`);
  parts.push(`<input aria-labelledby="c0" name="chain">`);
  return page(parts.join(''));
}

/** One input whose aria-labelledby names n ids (all existing), and one naming n missing ids. */
export function labelledbyMany(n: number): string {
  const spans: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    spans.push(`<span id="l${i}">w${i}</span>`);
    ids.push(`l${i}`);
  }
  const missing = ids.map((id) => `${id}x`).join(' ');
  return page(
    `${spans.join('')}<input name="many" aria-labelledby="${ids.join(' ')}"><input name="missing" aria-labelledby="${missing}">`,
  );
}

/** A label with `size` characters of text, and an input whose attributes are each `size` long. */
export function hugeTexts(size: number): string {
  const text = '姓名'.repeat(Math.floor(size / 2));
  const word = 'x'.repeat(size);
  return page(
    `<label for="big">${text}</label><input id="big" name="big">` +
      `<input name="${word}" id="${word}y" placeholder="${word}" title="${word}" aria-label="${word}" autocomplete="${word}" class="${word}">` +
      `<select name="s"><option>${word}</option></select>`,
  );
}

/** Controls named and labelled after Object.prototype members. */
export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '__defineGetter__',
];
export function prototypeNames(): string {
  const rows = PROTOTYPE_NAMES.map(
    (n) =>
      `<label for="${n}">${n}</label><input id="${n}" name="${n}" autocomplete="${n}" class="${n}" aria-label="${n}">`,
  );
  const radios = PROTOTYPE_NAMES.map(
    (n) => `<input type="radio" name="${n}" value="1"><input type="radio" name="${n}" value="2">`,
  );
  return page(`<form>${rows.join('')}${radios.join('')}</form>`);
}

/** ids that need CSS escaping; each is duplicated-free, so "#id" is the expected selector. */
export const SPECIAL_IDS = [
  'a:b',
  '1x',
  '#$%',
  'quote"d',
  "apo'strophe",
  'new\nline',
  'tab\there',
  'emoji😀id',
  '-1lead',
  '--dash',
  '-',
  'sp ace',
  'back\\slash',
  'brack[et]',
  'par(en)',
  'dot.ted',
  'comma,id',
  'gt>id',
  'plus+tilde~',
  '中文身份证',
  `long${'z'.repeat(5000)}`,
  '\u00a0nbsp',
  'zero\u200bwidth',
  '💥',
  '0',
];
export function specialIds(): string {
  const rows = SPECIAL_IDS.map(
    (id, i) =>
      `<div><label for="${escapeAttr(id)}">Question ${i}</label><input id="${escapeAttr(id)}" name="n${i}"></div>`,
  );
  // The same ids again on a second control type, to force the non-id path for half of them.
  const names = SPECIAL_IDS.map((id) => `<input name="${escapeAttr(id)}"><input name="${escapeAttr(id)}">`);
  return page(`<form>${rows.join('')}</form><form>${names.join('')}</form>`);
}

/** n radios in one group. */
export function oneRadioGroup(n: number): string {
  const radios: string[] = [];
  for (let i = 0; i < n; i++) radios.push(`<label><input type="radio" name="choice" value="${i}">option ${i}</label>`);
  return page(`<form><fieldset><legend>性别</legend>${radios.join('')}</fieldset></form>`);
}

/** n groups of 3 radios. */
export function manyRadioGroups(n: number): string {
  const groups: string[] = [];
  for (let g = 0; g < n; g++) {
    groups.push(
      `<fieldset><legend>Question ${g}</legend>${[0, 1, 2].map((v) => `<label><input type="radio" name="q${g}" value="${v}">v${v}</label>`).join('')}</fieldset>`,
    );
  }
  return page(`<form>${groups.join('')}</form>`);
}

/** A select with n options. */
export function hugeSelect(n: number): string {
  const options: string[] = [];
  for (let i = 0; i < n; i++) options.push(`<option value="${i}">城市 ${i}</option>`);
  return page(`<label for="city">所在城市</label><select id="city" name="city">${options.join('')}</select>`);
}

/** Weaver-style table: rows × cols with a td label cell then an input cell. */
export function weaverTable(rows: number, cols: number): string {
  const head = `<tr>${Array.from({ length: cols }, (_, c) => `<th>列${c}</th>`).join('')}</tr>`;
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < cols; c++)
      cells.push(c % 2 === 0 ? `<td class="fieldName">姓名${r}</td>` : `<td><input name="r${r}c${c}"></td>`);
    body.push(`<tr>${cells.join('')}</tr>`);
  }
  return page(`<form><table>${head}${body.join('')}</table></form>`);
}

/** A table with an input in every cell under a header row. */
export function inputTable(rows: number, cols: number): string {
  const head = `<tr>${Array.from({ length: cols }, (_, c) => `<th>${['姓名', '体温', '电话', '备注'][c % 4]}${c}</th>`).join('')}</tr>`;
  const body: string[] = [];
  for (let r = 0; r < rows; r++)
    body.push(`<tr>${Array.from({ length: cols }, (_, c) => `<td><input name="t${r}_${c}"></td>`).join('')}</tr>`);
  return page(`<form><table>${head}${body.join('')}</table></form>`);
}

/** One inline script of `bytes` characters, with a form after it. */
export function hugeScript(bytes: number): string {
  const chunk = 'var a=navigator.geolocation;document.write("<input name=x>");\n';
  const script = chunk.repeat(Math.ceil(bytes / chunk.length)).slice(0, bytes);
  return page(`<script>${script}</script><label>姓名<input name="name"></label>`);
}

export function manyScripts(n: number): string {
  const scripts: string[] = [];
  for (let i = 0; i < n; i++)
    scripts.push(
      i % 2 ? `<script src="https://cdn${i}.example.com/s.js"></script>` : `<script>var v${i}=${i};</script>`,
    );
  return page(`${scripts.join('')}<label>姓名<input name="name"></label>`);
}

export function manyIframes(n: number): string {
  const frames: string[] = [];
  for (let i = 0; i < n; i++) frames.push(`<iframe src="https://t${i}.example.net/frame"></iframe>`);
  return page(`${frames.join('')}<label>姓名<input name="name"></label>`);
}

/** Pages with a pre-filled value in many places a value can hide. */
export function prefilled(value: string): string {
  const v = escapeAttr(value);
  return page(`<form action="/x">
    <label for="id1">身份证号</label><input id="id1" name="sfzh" value="${v}">
    <input type="hidden" name="idcard" value="${v}">
    <label>备注<textarea name="note">${escapeText(value)}</textarea></label>
    <div contenteditable="true" aria-label="证件号码">${escapeText(value)}</div>
    <label>证件<select name="doc"><option value="">请选择</option><option value="${v}" selected>本人</option></select></label>
    <input type="radio" name="r" value="${v}" checked><input type="checkbox" name="c" value="${v}" checked>
    <label>Phone<input type="tel" name="tel" value="${v}"></label>
    <label>Search<input type="search" name="q" value="${v}"></label>
  </form>`);
}

/** Mutation-storm shape for a static scan: many wrappers, widgets in widgets, editables in editables. */
export function nestedWidgets(depth: number): string {
  return page(
    `${'<div role="combobox" contenteditable="true">'.repeat(depth)}<input name="inner">${'</div>'.repeat(depth)}`,
  );
}
