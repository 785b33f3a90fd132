// A hostile page with thousands of questions must not make the report quadratic.
import { expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate';
import { buildReport, renderMarkdown, renderSarif } from '../../../src/core/report';
import { CATEGORY_IDS } from '../../../src/core/taxonomy';
import { field, noNotice, PAGE_URL, scan, testPolicy } from '../evaluate/helpers';

it('evaluates and renders 10,000 questions in well under the test timeout', () => {
  const n = 10_000;
  const s = scan({
    fields: Array.from({ length: n }, (_, i) =>
      field(`q${i}`, `问题${i}`, CATEGORY_IDS[i % CATEGORY_IDS.length]!, { required: i % 3 === 0 }),
    ),
    notice: noNotice(),
    page: { scripts: [{ src: 'https://static.hotjar.com/h.js', inline: false }] },
  });
  const policy = testPolicy();
  const started = performance.now();
  const evaluation = evaluate({ scan: s, policy, pageUrl: PAGE_URL, purposeOverride: 'attendance', now: 0 });
  const report = buildReport({
    source: 'big.html',
    pageUrl: PAGE_URL,
    policy,
    policySource: 'file',
    scan: s,
    evaluation,
  });
  const md = renderMarkdown([report], 'en');
  renderSarif([report]);
  const elapsed = performance.now() - started;
  expect(md.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(n);
  expect(elapsed).toBeLessThan(3000);
});
