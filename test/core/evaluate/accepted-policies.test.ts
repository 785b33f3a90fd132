// Issue 13: every policy the validator accepts evaluates every page without throwing.
// Policies are drawn from the schema itself (test/core/policy/policy-arbitrary.ts): optional keys
// dropped, empty maps and lists, unknown keys, every enum value. Each accepted one runs the whole
// core pipeline the extension and the CLI run — purpose, evaluation (fixes, notice templates),
// report, Markdown in three languages, SARIF — on every fixture page, with and without a
// purpose override, history and live facts.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate';
import { purposeById, validatePolicy } from '../../../src/core/policy';
import { buildReport, renderMarkdown, renderSarif } from '../../../src/core/report';
import { buildConsentReceipt } from '../../../src/core/receipt';
import { scanRoot } from '../../../src/core/scan';
import type { JsonSchema } from '../../../src/core/policy/schema';
import type { HistoryEntry, LiveFacts, Policy, ScanResult } from '../../../src/core/types';
import { FORMS_DIR, fixtureUrl, listFixtures, loadFixtureDocument, type ExpectedForm } from '../../fixtures/load-page';
import { enumValuesIn, policyFromSchema, schemaEnums } from '../policy/policy-arbitrary';

interface ScannedPage {
  name: string;
  pageUrl: string;
  scan: ScanResult;
}
const scanned: ScannedPage[] = [];

beforeAll(() => {
  for (const page of listFixtures<ExpectedForm>(FORMS_DIR)) {
    const pageUrl = fixtureUrl('forms', page.file, page.expected.pageUrl);
    const doc = loadFixtureDocument(page.html, { runScripts: page.expected.runScripts });
    scanned.push({ name: page.name, pageUrl, scan: scanRoot(doc, { pageUrl }) });
  }
});

const NOW = 20 * 86_400_000;
const history = (pageUrl: string, purposeIds: string[]): HistoryEntry[] =>
  ['granted', 'refused', 'revoked', 'submitted'].map((kind, i) => ({
    kind: kind as HistoryEntry['kind'],
    origin: new URL(pageUrl).origin,
    formFingerprint: 'fp',
    purposeId: purposeIds[i % Math.max(1, purposeIds.length)] ?? 'none',
    categories: ['identity.name', 'health.temperature', 'location.precise'],
    at: NOW - i * 3_600_000,
  }));
const live: LiveFacts = {
  keyListeners: [{ scriptUrl: 'https://static.hotjar.com/c/h.js', target: 'document', fields: [] }],
  sentWhileTyping: [{ origin: 'https://collect.example.com', count: 2, kind: 'beacon' }],
  brokenNoticeLinks: ['https://oa.fixtures.example.cn/privacy'],
};

/** Everything the extension and the CLI do with a policy and a page, in one go. */
function runPipeline(policy: Policy, page: ScannedPage): void {
  const purposeIds = Object.keys(policy.purposes);
  // Inferred or bound by `sites`, then forced as the CLI's --purpose does.
  const overrides: (string | undefined)[] = [undefined, ...purposeIds.slice(0, 2)];
  for (const purposeOverride of overrides) {
    const evaluation = evaluate({
      scan: page.scan,
      policy,
      pageUrl: page.pageUrl,
      purposeOverride,
      now: NOW,
      formFingerprint: 'fp',
      history: history(page.pageUrl, purposeIds),
      live,
    });
    const report = buildReport({
      source: page.name,
      pageUrl: page.pageUrl,
      policy,
      policySource: 'managed',
      scan: page.scan,
      evaluation,
    });
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) renderMarkdown([report], locale);
    JSON.stringify(renderSarif([report]));
    // What the ledger records when the employee consents to this page's purpose.
    const purpose = purposeById(policy, evaluation.purpose.id);
    buildConsentReceipt({
      receiptId: 'r',
      at: NOW,
      principalId: 'p',
      origin: new URL(page.pageUrl).origin,
      language: policy.locale ?? 'en',
      collectionMethod: 'popup',
      purposeId: evaluation.purpose.id,
      purposeLabel: purpose?.label.en ?? evaluation.purpose.id,
      categories: report.fields.flatMap((f) => (f.category ? [f.category] : [])),
      jurisdiction: policy.jurisdiction ?? null,
      legalBasis: purpose?.legalBasis ?? null,
      retentionDays: purpose?.retentionDays ?? null,
    });
  }
}

const ACCEPTED_RUNS = 80;

describe('every policy the validator accepts evaluates every fixture page (fast-check)', () => {
  it('never throws, and the generator reaches every enum value of the schema', () => {
    const seenEnums = new Map<JsonSchema, Set<string>>();
    // Only policies that pass validation count: the property is about what the validator lets through.
    const accepted = policyFromSchema()
      .map((candidate) => validatePolicy(candidate))
      .filter((v) => v.ok);
    fc.assert(
      fc.property(accepted, (validation) => {
        if (!validation.ok) return;
        enumValuesIn(validation.policy, undefined, seenEnums);
        for (const page of scanned) {
          try {
            runPipeline(validation.policy, page);
          } catch (error) {
            throw new Error(
              `${page.name} under ${JSON.stringify(validation.policy)}: ${(error as Error).stack ?? String(error)}`,
            );
          }
        }
      }),
      { numRuns: ACCEPTED_RUNS },
    );

    const missing = [...schemaEnums()].flatMap(([node, { path, values }]) =>
      values.filter((v) => !seenEnums.get(node)?.has(v)).map((v) => `${path}=${v}`),
    );
    expect(missing, 'enum values no accepted policy used').toEqual([]);
  }, 240_000);
});
