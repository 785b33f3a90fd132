// Property tests (issue 3): evaluation is deterministic, and widening a purpose's allow list never
// adds a purpose-limitation finding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate';
import { CATEGORY_IDS, type CategoryId } from '../../../src/core/taxonomy';
import type { HistoryEntry, NoticeElement } from '../../../src/core/types';
import { NOTICE_ELEMENTS } from '../../../src/core/types';
import { consentBox, field, notice, noNotice, scan, testPolicy, type ScanSpec } from './helpers';

const category = fc.constantFrom<CategoryId | null>(null, ...CATEGORY_IDS);
const label = fc.constantFrom('姓名', '手机号', '体温', 'Address', '身份证号', '打卡地点', '备注', '');
const fieldSpec = fc.record({
  cat: category,
  label,
  required: fc.boolean(),
  hidden: fc.boolean(),
  formIndex: fc.integer({ min: 0, max: 1 }),
});

const scanSpec: fc.Arbitrary<ScanSpec> = fc
  .record({
    fields: fc.array(fieldSpec, { maxLength: 8 }),
    hasNotice: fc.boolean(),
    missing: fc.subarray([...NOTICE_ELEMENTS] as NoticeElement[]),
    separate: fc.subarray([...CATEGORY_IDS]),
    preChecked: fc.boolean(),
    intro: fc.boolean(),
    action: fc.constantFrom('https://oa.example.cn/s', 'http://oa.example.cn/s', 'https://vendor.example.com/s', null),
    scripts: fc.subarray(['https://static.hotjar.com/c/h.js', 'https://cdn.example.org/x.js', '/local.js']),
  })
  .map((r) => ({
    fields: r.fields.map((f, i) =>
      field(`q${i}`, f.label, f.cat, { required: f.required, hidden: f.hidden, formIndex: f.formIndex }),
    ),
    notice: r.hasNotice
      ? notice({
          separateConsentFor: r.separate,
          elements: Object.fromEntries(NOTICE_ELEMENTS.map((e) => [e, !r.missing.includes(e)])) as Record<
            NoticeElement,
            boolean
          >,
        })
      : noNotice(),
    action: r.action,
    page: {
      consentControls: [consentBox('#agree', '我已阅读并同意', [], r.preChecked)],
      introStatesPurpose: r.intro,
      scripts: r.scripts.map((src) => ({ src, inline: false })),
    },
  }));

const purposeId = fc.constantFrom<string | undefined>(undefined, 'epidemic-prevention', 'attendance', 'onboarding');
const history = fc.array(
  fc.record({
    kind: fc.constantFrom<HistoryEntry['kind']>('granted', 'refused', 'revoked', 'submitted'),
    origin: fc.constantFrom('https://oa.example.cn', 'https://x.example'),
    formFingerprint: fc.constantFrom('fp1', 'fp2'),
    purposeId: fc.constantFrom('epidemic-prevention', 'attendance'),
    categories: fc.subarray([...CATEGORY_IDS], { maxLength: 4 }),
    at: fc.integer({ min: 0, max: 10 * 86_400_000 }),
  }),
  { maxLength: 4 },
);

const NOW = 10 * 86_400_000;
const URL = 'https://oa.example.cn/forms/x';

describe('evaluation properties', () => {
  it('is deterministic: same input, same output, whatever the order of history entries', () => {
    fc.assert(
      fc.property(scanSpec, purposeId, history, (spec, purpose, hist) => {
        const input = {
          scan: scan(spec),
          policy: testPolicy(),
          pageUrl: URL,
          purposeOverride: purpose,
          history: hist,
          now: NOW,
          formFingerprint: 'fp1',
        };
        const a = evaluate(input);
        const b = evaluate(structuredClone(input));
        expect(b).toEqual(a);
        expect(
          evaluate({ ...input, history: [...hist].reverse() })
            .findings.map((f) => f.check)
            .sort(),
        ).toEqual(a.findings.map((f) => f.check).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('a page with no personal field yields no finding', () => {
    fc.assert(
      fc.property(scanSpec, purposeId, (spec, purpose) => {
        const nonPersonal = { ...spec, fields: spec.fields.map((f) => ({ ...f, category: null })) };
        expect(
          evaluate({
            scan: scan(nonPersonal),
            policy: testPolicy(),
            pageUrl: 'http://oa.example.cn/x',
            purposeOverride: purpose,
            now: NOW,
          }).findings,
        ).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("adding a category to a purpose's allow never adds a purpose-limitation finding", () => {
    fc.assert(
      fc.property(
        scanSpec,
        fc.constantFrom('epidemic-prevention', 'attendance', 'onboarding'),
        fc.constantFrom(...CATEGORY_IDS),
        history,
        (spec, purpose, extra, hist) => {
          const before = testPolicy();
          const after = testPolicy();
          after.purposes[purpose]!.allow = [...after.purposes[purpose]!.allow, extra];
          const run = (policy: typeof before) =>
            evaluate({ scan: scan(spec), policy, pageUrl: URL, purposeOverride: purpose, history: hist, now: NOW })
              .findings.filter((f) => f.rule === 'purpose-limitation')
              .map((f) => `${f.check}|${f.fields.join(',')}`);
          const was = run(before);
          const now = run(after);
          for (const key of now) {
            // A finding may shrink (fewer fields) but never appear anew.
            const [check, fields = ''] = key.split('|');
            expect(
              was.some(
                (w) =>
                  w.startsWith(`${check}|`) && fields.split(',').every((f) => w.split('|')[1]!.split(',').includes(f)),
              ),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evaluation robustness', () => {
  it('never throws on odd URLs, labels, actions and live facts', () => {
    const odd = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '',
        'javascript:void(0)',
        'file:///x.html',
        'http://127.0.0.1:8080/a',
        '//cdn.x.com/a.js',
        'https://例子.中国/表单',
        'about:blank',
      ),
    );
    fc.assert(
      fc.property(
        scanSpec,
        odd,
        odd,
        fc.array(fc.string(), { maxLength: 3 }),
        odd,
        (spec, pageUrl, action, labels, script) => {
          const s = scan({
            ...spec,
            action,
            fields: spec.fields.map((f, i) => ({ ...f, label: labels[i % Math.max(1, labels.length)] ?? f.label })),
          });
          s.page.scripts.push({ src: script, inline: false });
          const policy = testPolicy({
            sites: [
              { match: '*://*.example.cn/*', purpose: 'infer' },
              { match: 'not a pattern', purpose: 'attendance' },
            ],
          });
          const live = {
            keyListeners: [{ scriptUrl: script, target: 'document' as const, fields: [] }],
            sentWhileTyping: [{ origin: script, count: 1, kind: 'beacon' }],
            brokenNoticeLinks: [script],
          };
          expect(() => evaluate({ scan: s, policy, pageUrl, now: NOW, live })).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
