// A check is one object (src/core/evaluate/checks/<id>.ts) whose every part is required: leaving
// one out, or misspelling it, is a type error that `tsc --noEmit` reports, not a test failure.
// The @ts-expect-error lines below are the proof: were the part optional, tsc would report the
// directive as unused. At run time this file checks what types cannot: every check file is listed.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineCheck, type Check } from '../../../src/core/evaluate/check';
import { CHECKS } from '../../../src/core/evaluate/checks';
import { httpPage } from '../../../src/core/evaluate/checks/http-page';

/** A complete check with one part taken away. */
function without<K extends keyof Check>(key: K): Omit<Check, K> {
  const copy: Partial<Check> = { ...httpPage };
  delete copy[key];
  return copy as Omit<Check, K>;
}

describe('defineCheck', () => {
  it('does not compile a check that lacks a part or misspells one', () => {
    // @ts-expect-error a check without its fix
    defineCheck(without('fix'));
    // @ts-expect-error a check without its citations
    defineCheck(without('citations'));
    // @ts-expect-error a check without its checklist rows
    defineCheck(without('checklist'));
    // @ts-expect-error a check without the popup's words
    defineCheck(without('words'));
    // @ts-expect-error a check that does not say whether it earns the notice template
    defineCheck(without('noticeTemplate'));
    // @ts-expect-error a check without a message in every language
    defineCheck({ ...httpPage, message: { en: httpPage.message.en, 'zh-CN': httpPage.message['zh-CN'] } });
    // @ts-expect-error a misspelt part ("fixes" for "fix")
    defineCheck({ ...without('fix'), fixes: httpPage.fix });
    expect(defineCheck(httpPage)).toBe(httpPage);
  });

  it('lists every file of evaluate/checks/ once, each named after its check', () => {
    const dir = fileURLToPath(new URL('../../../src/core/evaluate/checks/', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(CHECKS.map((c) => c.id).sort()).toEqual(files);
  });
});
