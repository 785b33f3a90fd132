// A piercing selector is cut at " >>> " (shadow host, then inside it). A page that names a field
// "idcard >>> x" must not cut its selector: the field would resolve to nothing, get no mark, and
// its form no guard.
import { describe, expect, it } from 'vitest';
import { dom, extract } from './helpers';

describe('selectors of names holding " >>> "', () => {
  it('escape ">", so the selector is never cut and still finds the field', () => {
    const body = '<form><label>身份证号 <input name="idcard >>> x"></label><input name="other"></form>';
    const [field] = extract(body);
    expect(field!.selector).not.toContain(' >>> ');
    expect(dom(body).querySelector(field!.selector)?.getAttribute('name')).toBe('idcard >>> x');
  });
});
