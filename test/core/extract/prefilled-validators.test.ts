// Which validators see a pre-filled value where: the DOM half (the content script) carries the
// Chinese ones only (its 30 KB budget); scanRoot (CLI, preview) checks with every validator.
import { describe, expect, it } from 'vitest';
import { collectScan } from '../../../src/core/collect';
import { scanRoot } from '../../../src/core/scan';
import { dom } from './helpers';

const PAGE = `<form>
  <label for="sfz">证件</label><input id="sfz" name="sfz" value="11010519491231002X">
  <label for="acct">账户</label><input id="acct" name="acct" value="DE89370400440532013000">
</form>`;

describe('pre-filled values', () => {
  it('the DOM half checks with the Chinese validators by default', () => {
    const { descriptors } = collectScan(dom(PAGE), { pageUrl: 'https://oa.example.cn/f' });
    expect(descriptors.map((d) => [d.name, d.valueValidator])).toEqual([
      ['sfz', 'cn-id'],
      ['acct', null],
    ]);
  });

  it('scanRoot checks with every validator', () => {
    const { descriptors } = scanRoot(dom(PAGE), { pageUrl: 'https://oa.example.cn/f' });
    expect(descriptors.map((d) => [d.name, d.valueValidator])).toEqual([
      ['sfz', 'cn-id'],
      ['acct', 'iban'],
    ]);
  });
});
