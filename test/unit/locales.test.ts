// Every UI string exists in all three languages, and public/_locales is what gen-locales makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMessages, collectStringModules, EXTENSION_MESSAGES, LOCALES, ROOT } from '../../scripts/gen-locales';
import type { Locale } from '../../src/core/types';

const languages = Object.keys(LOCALES) as Locale[];

describe('UI strings', async () => {
  const modules = await collectStringModules();

  it('finds the string tables of the popup, options, content script and the other UI modules', () => {
    const prefixes = modules.map((m) => m.prefix);
    for (const p of ['popup', 'options', 'content']) expect(prefixes).toContain(p);
  });

  for (const m of modules) {
    it(`${m.file} (${m.exportName}) has every key, non-empty, in en, zh-CN and zh-TW`, () => {
      const keys = new Set(languages.flatMap((l) => Object.keys(m.table[l])));
      const missing: string[] = [];
      for (const l of languages) for (const k of keys) if (!m.table[l][k]?.trim()) missing.push(`${l}.${k}`);
      expect(missing, `${m.file}: missing or empty`).toEqual([]);
    });

    it(`${m.file} (${m.exportName}) uses the same {placeholders} in every language`, () => {
      const mismatched: string[] = [];
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');
      for (const k of Object.keys(m.table.en))
        for (const l of languages)
          if (holes(m.table[l][k] ?? '') !== holes(m.table.en[k]!)) mismatched.push(`${l}.${k}`);
      expect(mismatched).toEqual([]);
    });
  }

  it('the manifest’s __MSG_…__ names exist in every language', async () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
    const messages = await buildMessages();
    for (const l of languages) for (const n of names) expect(messages[l][n]?.message, `${l}: ${n}`).toBeTruthy();
    expect(Object.keys(EXTENSION_MESSAGES.en)).toEqual(expect.arrayContaining(names));
  });

  it('message names are valid chrome.i18n names and the same in every language', async () => {
    const messages = await buildMessages();
    for (const l of languages) {
      for (const name of Object.keys(messages[l])) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
      expect(Object.keys(messages[l]).sort()).toEqual(Object.keys(messages.en).sort());
    }
  });
});
