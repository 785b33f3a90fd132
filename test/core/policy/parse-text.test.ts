import { describe, expect, it } from 'vitest';
import { MAX_POLICY_TEXT, parsePolicyText, lineAndColumn } from '../../../src/core/policy';

describe('parsePolicyText', () => {
  it('locates a JSON syntax error by line and column, in three languages', () => {
    const r = parsePolicyText('{\n  "id": "x",\n  "version": "1"\n  "purposes": {}\n}', 'ours.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.file).toBe('ours.json');
    expect(r.errors[0]!.path).toBe('');
    expect(r.errors[0]!.message.en).toMatch(/^not valid JSON at line 4, column 3: /);
    expect(r.errors[0]!.message['zh-CN']).toMatch(/^第 4 行第 3 列不是有效的 JSON/);
    expect(r.errors[0]!.message['zh-TW']).toMatch(/^第 4 行第 3 欄不是有效的 JSON/);
  });

  it('reports truncated and empty files at their end', () => {
    const r = parsePolicyText('{"id": "x",\n', 'cut.json');
    expect(!r.ok && r.errors[0]!.message.en).toMatch(/line (1|2)/);
    const empty = parsePolicyText('', 'empty.json');
    expect(!empty.ok && empty.errors[0]!.message.en).toMatch(/^not valid JSON at line 1, column 1/);
  });

  it('treats a repeated purpose id as an error and other repeated keys as warnings', () => {
    const text =
      '{"id":"x","version":"1","version":"2",\n"purposes":{"a":{"label":{"en":"A"},"allow":[]},\n"a":{"label":{"en":"B"},"allow":[]}}}';
    const r = parsePolicyText(text, 'dup.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.path, e.message.en])).toEqual([
      ['purposes.a', "key 'a' appears twice at line 3; only the last one counts"],
    ]);
    expect(r.warnings.map((w) => w.path)).toContain('version');
  });

  it('accepts a byte-order mark and validates the content', () => {
    const r = parsePolicyText(
      '\uFEFF{"id":"x","version":"1","purposes":{"a":{"label":{"en":"A"},"allow":["identity.nmae"]}}}',
      'bom.json',
    );
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['purposes.a.allow[0]']);
  });

  it('refuses files over the size limit without parsing them', () => {
    const r = parsePolicyText(' '.repeat(MAX_POLICY_TEXT + 1), 'big.json');
    expect(!r.ok && r.errors[0]!.code).toBe('textTooLarge');
  });

  it('lineAndColumn counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
