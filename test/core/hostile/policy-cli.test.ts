// A hostile --policy file (huge, deeply nested, wrong types, not JSON) must make the CLI stop
// quickly with exit 2 and exactly one line on stderr, printing nothing on stdout: a malformed
// admin policy must never silently become "no rules".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicyText } from '../../../src/core/policy';
import { runCli } from './helpers';

const MB = 1024 * 1024;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const HOSTILE_POLICIES: { name: string; text: () => string | Uint8Array }[] = [
  {
    name: '10 MB valid JSON (one huge string)',
    text: () => JSON.stringify({ id: 'big', version: '1', purposes: {}, padding: 'x'.repeat(10 * MB) }),
  },
  {
    name: '10 MB of whitespace around a valid policy',
    text: () => `${' '.repeat(10 * MB)}{"id":"p","version":"1","purposes":{}}`,
  },
  { name: '10 MB not JSON', text: () => '{'.repeat(10 * MB) },
  { name: 'objects nested 100,000 deep', text: () => deepObject(100_000) },
  { name: 'arrays nested 500,000 deep (1 MB)', text: () => deepArray(500_000) },
  { name: 'purposes nested 10,000 deep', text: () => `{"id":"p","version":"1","purposes":${deepObject(10_000)}}` },
  {
    name: '__proto__ and constructor keys',
    text: () =>
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"p","version":"1","purposes":{"__proto__":{"allow":[]}}}',
  },
  { name: 'null', text: () => 'null' },
  { name: 'an array', text: () => '[]' },
  { name: 'a string', text: () => '"policy"' },
  { name: 'empty file', text: () => '' },
  { name: 'purposes is a string', text: () => '{"id":"p","version":"1","purposes":"all"}' },
  {
    name: 'rules all disabled by a wrong type',
    text: () => '{"id":"p","version":"1","purposes":{},"rules":{"consent-notice":{"enabled":"no"}}}',
  },
  { name: 'binary junk', text: () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)) },
  {
    name: 'a million empty objects in a list (about 3 MB)',
    text: () =>
      `{"id":"p","version":"1","purposes":{},"recipients":[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]}`,
  },
];

describe('hostile --policy files: CLI exits 2 quickly with one line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-hostile-policy-'));
  const form = join(dir, 'form.html');
  writeFileSync(form, '<form><label>身份证号<input name="sfzh"></label></form>');

  it.each(HOSTILE_POLICIES)(
    '$name',
    ({ name, text }) => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, text());
      const cli = runCli([form, '--policy', file, '--format', 'json'], 60_000);
      const stderr = cli.stderr.replace(/\n$/, '');
      console.log(
        `[hostile] policy ${name}: exit=${cli.status} ${cli.ms.toFixed(0)}ms stderr=${JSON.stringify(stderr.slice(0, 160))}`,
      );
      expect(cli.signal).toBeNull();
      expect(cli.status).toBe(2);
      expect(cli.stdout).toBe('');
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^formwarden scan: /);
      expect(stderr).not.toContain('internal error');
      expect(stderr.length).toBeLessThan(1_000);
      // Node and tsx start-up is a few seconds on a loaded machine; the check itself must be quick.
      expect(cli.ms).toBeLessThan(15_000);
    },
    90_000,
  );

  it.each(HOSTILE_POLICIES.filter((p) => typeof p.text() === 'string'))(
    'parsePolicyText rejects "$name" in < 2 s without throwing',
    ({ text }) => {
      const t0 = performance.now();
      const result = parsePolicyText(text() as string, 'hostile.json');
      const ms = performance.now() - t0;
      expect(result.ok).toBe(false);
      expect(ms).toBeLessThan(2_000);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});
