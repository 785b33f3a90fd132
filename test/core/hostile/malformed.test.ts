// Malformed and degenerate pages: empty, no <body>, text only, broken markup, binary junk.
// The pipeline must return a well-formed (possibly empty) report, never throw.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { expectReportShape, figures, runCli, runOnDocument, runPipeline } from './helpers';

const PAGES: { name: string; html: string; fields: string[] | null }[] = [
  { name: 'empty string', html: '', fields: [] },
  { name: 'whitespace only', html: ' \n\t ', fields: [] },
  { name: 'doctype only', html: '<!DOCTYPE html>', fields: [] },
  { name: 'no body (head only)', html: '<html><head><title>x</title></head></html>', fields: [] },
  { name: 'text only', html: '请填写姓名、身份证号和手机号 privacy policy', fields: [] },
  { name: 'input with no html/head/body', html: '<input name="xm">', fields: ['xm'] },
  {
    name: 'text before doctype (JSP)',
    html: 'garbage<!DOCTYPE html><html><body><label>姓名<input name="a"></label></body></html>',
    fields: ['a'],
  },
  { name: 'unterminated tags', html: '<html><body><form><label>姓名<input name="a"', fields: null },
  {
    name: 'broken attribute quoting',
    html: '<form><input name="a\' id=\'b><label for=b>姓名</label><input name=c id="d></form>',
    fields: null,
  },
  {
    name: 'stray closing tags',
    html: '</div></span></form></table><input name="a"></td></tr></body></html></html>',
    fields: ['a'],
  },
  {
    name: 'angle-bracket soup',
    html: '<<<>>><input name="a"><</<>/>><!-- <input name="commented"> --><![CDATA[ <input name="cdata"> ]]>',
    fields: null,
  },
  { name: 'unclosed comment swallows the form', html: '<body><!-- <form><input name="x"></form>', fields: [] },
  {
    name: 'upper-case XHTML tags',
    html: '<HTML><BODY><FORM><LABEL FOR="A">姓名</LABEL><INPUT ID="A" NAME="A"></FORM></BODY></HTML>',
    fields: ['A'],
  },
  {
    name: 'controls inside svg and math',
    html: '<svg><foreignObject><input name="in-svg"></foreignObject></svg><math><mi><input name="in-math"></mi></math>',
    fields: null,
  },
  {
    name: 'NUL and control characters',
    html: '<form>\u0000<label>姓\u0000名<input name="a\u0000b"></label>\u0007\u001b</form>',
    fields: null,
  },
  {
    name: 'byte-order mark and lone surrogates',
    html: '\ufeff<label>\ud800姓名\udfff<input name="a"></label>',
    fields: ['a'],
  },
  { name: 'nested forms', html: '<form action="/a"><form action="/b"><input name="a"></form></form>', fields: ['a'] },
  {
    name: 'table soup (inputs between rows)',
    html: '<table><input name="a"><tr><input name="b"><td><input name="c"></td></tr></table>',
    fields: null,
  },
  {
    name: 'label for a missing id and a label for itself',
    html: '<label for="nope">姓名</label><input id="x" name="x"><label id="l" for="l">Email</label>',
    fields: ['x'],
  },
  {
    name: 'template and noscript content',
    html: '<template><input name="in-template"></template><noscript><input name="in-noscript"></noscript><input name="real">',
    fields: null,
  },
];

describe('malformed pages through the whole pipeline', () => {
  it.each(PAGES)('$name: no throw, report well-formed', ({ name, html, fields }) => {
    const run = runPipeline(html);
    figures(`malformed: ${name}`, run);
    expectReportShape(run.report);
    if (fields) expect(run.report.fields.map((f) => f.name)).toEqual(fields);
    expect(run.totalMs).toBeLessThan(5_000);
  });

  it('random binary junk (64 KB, fixed seed): no throw', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
    const html =
      Array.from({ length: 65_536 }, () => String.fromCharCode(Math.floor(random() * 256))).join('') +
      '<input name="tail">';
    const run = runPipeline(html);
    expectReportShape(run.report);
  });
});

describe('degenerate documents built by script', () => {
  const make = () =>
    (
      parseHTML(
        '<!DOCTYPE html><html><head><title>t</title></head><body><label>姓名<input name="a"></label></body></html>',
      ) as unknown as { document: Document }
    ).document;

  it.each([
    { name: 'body removed', mutate: (d: Document) => d.body?.remove() },
    { name: 'head removed', mutate: (d: Document) => d.head?.remove() },
    { name: 'documentElement removed', mutate: (d: Document) => d.documentElement?.remove() },
    {
      name: 'input moved to be a child of <html>',
      mutate: (d: Document) => {
        const i = d.querySelector('input')!;
        d.body.remove();
        d.documentElement.appendChild(i);
      },
    },
  ])('$name: no throw, report well-formed', ({ mutate }) => {
    const document = make();
    mutate(document);
    const run = runOnDocument(document);
    expectReportShape(run.report);
  });
});

describe('malformed pages through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-hostile-malformed-'));
  it.each([
    { name: 'empty file', bytes: new Uint8Array(0) },
    { name: 'text only', bytes: new TextEncoder().encode('just text 姓名') },
    {
      name: 'GBK bytes without a charset',
      bytes: new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x3c, 0x69, 0x6e, 0x70, 0x75, 0x74, 0x3e]),
    },
    {
      name: 'invalid UTF-8 declared as UTF-8',
      bytes: new Uint8Array([...new TextEncoder().encode('<meta charset="utf-8"><input name="a">'), 0xff, 0xfe, 0xc3]),
    },
  ])(
    '$name: exits 0 with a JSON report (no internal error)',
    ({ name, bytes }) => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.html`);
      writeFileSync(file, bytes);
      const cli = runCli([file, '--format', 'json', '--fail-on', 'none']);
      console.log(
        `[hostile] CLI ${name}: exit=${cli.status} ${cli.ms.toFixed(0)}ms stderr=${JSON.stringify(cli.stderr.slice(0, 200))}`,
      );
      expect(cli.stderr).not.toContain('internal error');
      expect(cli.status).toBe(0);
      const report = JSON.parse(cli.stdout);
      expectReportShape(report);
    },
    60_000,
  );
});
