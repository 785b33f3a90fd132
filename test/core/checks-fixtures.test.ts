// Holds the evaluator to the per-check fixture pages of issues 9 and 10 (test/fixtures/checks):
// each `<check>.<lang>.pos.html` must raise its check, and its `.neg.html` twin, which differs in
// one thing (the box unticked, the purpose sentence present, a real link, 7:1 contrast, no replay
// script…), must not. Pages are scanned as the CLI scans them and evaluated under DEFAULT_POLICY.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { DEFAULT_POLICY } from '../../src/core/policy';
import { scanRoot } from '../../src/core/scan';
import type { Finding } from '../../src/core/types';
import { CHECKS_DIR, fixtureUrl, listFixtures, loadFixtureDocument, type ExpectedChecks } from '../fixtures/load-page';

/** A fixed clock so findings that depend on time are deterministic. */
const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

const pages = listFixtures<ExpectedChecks>(CHECKS_DIR);

function summarize(findings: Finding[]): string {
  if (findings.length === 0) return '(no findings)';
  return findings.map((f) => `  ${f.rule}/${f.check} [${f.fields.join(', ')}] ${f.message.en}`).join('\n');
}

describe('check fixtures (issues 9 and 10)', () => {
  // Scenario pages (`scenario.*`) assert several checks at once and need no twin.
  it('every positive/negative check page has its twin', () => {
    const names = new Set(pages.map((p) => p.name));
    const orphans = [...names].filter((n) => {
      if (n.startsWith('scenario.')) return false;
      const twin = n.endsWith('.pos')
        ? n.replace(/\.pos$/, '.neg')
        : n.endsWith('.neg')
          ? n.replace(/\.neg$/, '.pos')
          : null;
      return twin === null || !names.has(twin);
    });
    expect(orphans).toEqual([]);
  });

  it.each(pages.map((p) => p.name))('%s', (name) => {
    const page = pages.find((p) => p.name === name)!;
    const { expected } = page;
    const pageUrl = fixtureUrl('checks', page.file, expected.pageUrl);
    const doc = loadFixtureDocument(page.html, { runScripts: expected.runScripts });
    const scan = scanRoot(doc, { pageUrl });
    const { purpose, findings } = evaluate({
      scan,
      policy: DEFAULT_POLICY,
      pageUrl,
      now: NOW,
      ...(expected.purposeOverride ? { purposeOverride: expected.purposeOverride } : {}),
    });
    const fired = (rule: string, check: string) => findings.some((f) => f.rule === rule && f.check === check);
    const context = `${name} (${expected.page})\npurpose: ${purpose.id} (${purpose.how})\nfields: ${scan.fields
      .map((f) => `${f.name ?? f.id ?? f.selector}=${String(f.category)}`)
      .join(', ')}\nfindings:\n${summarize(findings)}`;
    const missing = expected.mustFire.filter((m) => !fired(m.rule, m.check)).map((m) => `${m.rule}/${m.check}`);
    const unwanted = expected.mustNotFire.filter((m) => fired(m.rule, m.check)).map((m) => `${m.rule}/${m.check}`);
    expect(missing, `must fire but did not:\n${context}`).toEqual([]);
    expect(unwanted, `must not fire but did:\n${context}`).toEqual([]);
  });
});
