import { describe, expect, it } from 'vitest';
import { scanRoot } from '../../../src/core/scan';
import { dom } from './helpers';

describe('scanRoot', () => {
  it('classifies every question and never keeps a pre-filled value', () => {
    const document = dom(
      '<form action="/s"><label for="id">身份证号</label><input id="id" name="sfzh" value="11010519491231002X"><label for="m">手机号</label><input id="m" name="sjh" value="13812345678"></form>',
    );
    const result = scanRoot(document, { pageUrl: 'https://oa.example.cn/f' });
    expect(result.fields.map((f) => f.selector)).toEqual(['#id', '#m']);
    expect(result.descriptors.every((d) => d.hasValue)).toBe(true);
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain('11010519491231002X');
    expect(serialized).not.toContain('13812345678');
    for (const f of result.fields) expect(f.sensitive).toBe(f.category === 'identity.id_number');
  });

  it('transport: the form holding the personal fields, resolved against the page URL', () => {
    const document = dom(
      '<form action="https://search.example.com/q"><input name="q" type="search"></form><form action="/submit"><label for="n">姓名</label><input id="n" name="xm"></form>',
    );
    const result = scanRoot(document, { pageUrl: 'http://oa.example.cn/f' });
    expect(result.transport).toEqual({ action: 'http://oa.example.cn/submit', secure: false, thirdParty: false });
  });

  it('no form or no action: secure follows the page; javascript: actions are no action', () => {
    expect(scanRoot(dom('<input aria-label="姓名">'), { pageUrl: 'https://a.example.cn/' }).transport).toEqual({
      action: null,
      secure: true,
      thirdParty: false,
    });
    expect(
      scanRoot(dom('<form action="javascript:void(0)"><input aria-label="姓名"></form>'), {
        pageUrl: 'http://a.example.cn/',
      }).transport,
    ).toEqual({ action: null, secure: false, thirdParty: false });
  });

  it('within: an added subtree only (the content script passes one element)', () => {
    const document = dom('<input name="a" aria-label="x"><div id="added"><input name="b" aria-label="y"></div>');
    expect(
      scanRoot(document, { pageUrl: 'https://a.example.cn/', within: document.getElementById('added') }).fields.map(
        (f) => f.name,
      ),
    ).toEqual(['b']);
  });
});
