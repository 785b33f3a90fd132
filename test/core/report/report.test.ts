import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate';
import { buildReport, renderMarkdown, renderSarif, TOOL_VERSION } from '../../../src/core/report';
import type { Report } from '../../../src/core/types';
import packageJson from '../../../package.json';
import { consentBox, field, noNotice, notice, PAGE_URL, scan, testPolicy } from '../evaluate/helpers';

const NOW = Date.UTC(2026, 10, 25, 12);

function reportOf(
  spec: Parameters<typeof scan>[0],
  purposeOverride?: string,
  source = 'forms/daily-health.html',
): Report {
  const policy = testPolicy();
  const s = scan(spec);
  const evaluation = evaluate({
    scan: s,
    policy,
    pageUrl: PAGE_URL,
    now: NOW,
    ...(purposeOverride ? { purposeOverride } : {}),
  });
  return buildReport({ source, pageUrl: PAGE_URL, policy, policySource: 'file', scan: s, evaluation });
}

const BAD = {
  fields: [
    field('q1', '姓名', 'identity.name'),
    field('q2', '身份证号', 'identity.id_number'),
    field('q3', '今日体温（℃）', 'health.temperature'),
    field('q4', '会议室', null),
  ],
  notice: noNotice(),
  page: {
    title: '疫情防控每日健康上报',
    consentControls: [consentBox('#agree', '我已阅读并同意《隐私政策》', [], true)],
    scripts: [
      { src: 'https://static.hotjar.com/c/hotjar-1.js', inline: false },
      { src: 'https://hm.baidu.com/hm.js?x', inline: false },
    ],
  },
};
const GOOD = {
  fields: [field('q1', '姓名', 'identity.name'), field('q3', '今日体温', 'health.temperature')],
  notice: notice({ separateConsentFor: ['health.temperature'] }),
  page: { title: '疫情防控每日健康上报' },
};

describe('buildReport (shared/spec/report.md)', () => {
  it('has every key of the spec, in order, with the summary computed', () => {
    const r = reportOf(BAD);
    expect(Object.keys(r).slice(0, 10)).toEqual([
      'tool',
      'source',
      'pageUrl',
      'policy',
      'purpose',
      'fields',
      'notice',
      'transport',
      'findings',
      'summary',
    ]);
    expect(r.tool).toEqual({ name: 'formwarden', version: packageJson.version });
    expect(TOOL_VERSION).toBe(packageJson.version);
    expect(r.policy).toEqual({ id: 'test-cn', version: '1', source: 'file' });
    expect(r.purpose).toEqual({ id: 'epidemic-prevention', how: 'page-text', evidence: '标题: 疫情防控每日健康上报' });
    expect(Object.keys(r.fields[0]!)).toEqual([
      'id',
      'name',
      'selector',
      'tag',
      'type',
      'label',
      'category',
      'sensitive',
      'confidence',
      'evidence',
    ]);
    expect(Object.keys(r.notice)).toEqual(['found', 'links', 'consentControls', 'elements', 'separateConsentFor']);
    expect(Object.keys(r.notice.elements).sort()).toEqual([
      'contact',
      'controller',
      'purpose',
      'recipients',
      'retention',
      'rights',
      'withdrawal',
    ]);
    expect(Object.keys(r.transport)).toEqual(['action', 'secure', 'thirdParty']);
    expect(r.summary).toEqual({ fields: 4, personal: 3, sensitive: 2, findings: r.findings.length, worst: 'high' });
    for (const f of r.findings) {
      expect(Object.keys(f).slice(0, 6)).toEqual(['rule', 'check', 'severity', 'fields', 'message', 'citation']);
      expect(Object.keys(f.message).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
    }
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('worst is "none" for a clean page', () => {
    const r = reportOf(GOOD);
    expect(r.findings).toEqual([]);
    expect(r.summary.worst).toBe('none');
  });
});

describe('renderMarkdown', () => {
  it('reads as an HR report: header, questions, findings with fix and checklist link, notice template, scripts', () => {
    const md = renderMarkdown([reportOf(BAD)], 'en');
    expect(md).toMatch(/^# FormWarden report: forms\/daily-health\.html\n/);
    expect(md).toContain('- **Purpose:** `epidemic-prevention` — from the page text (标题: 疫情防控每日健康上报)');
    expect(md).toContain('| # | Question | Category | Verdict |');
    expect(md).toMatch(/\| 2 \| 身份证号 \| ID number \(sensitive\) \| ⚠ .*More data than the purpose needs/);
    expect(md).toContain('| 4 | 会议室 | — | not personal |');
    expect(md).toContain('### 1. [HIGH] No privacy notice (`consent-notice` / `notice-missing`)');
    expect(md).toContain('- **What to fix:** Untick the consent box "我已阅读并同意《隐私政策》" by default');
    expect(md).toContain('[三.4](docs/checklist.md#item-3-4)');
    expect(md).toContain('- **Legal basis:** PIPL Art. 14');
    expect(md).toContain('## Notice template');
    expect(md).toContain('Personal information notice — epidemic prevention');
    expect(md).toMatch(/\| hotjar\.com \| Hotjar \| session replay \|/);
    const order = [
      '# FormWarden report',
      '## Questions',
      '## Findings',
      '## Notice template',
      '## Third-party scripts on the page',
    ].map((h) => md.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(md.match(/^### \d+\. /gm)).toHaveLength(reportOf(BAD).findings.length);
    expect(md).toMatch(/\| baidu\.com \| 百度统计 Baidu Tongji \| analytics \| \? \|/);
  });

  it('is localized and separates several reports', () => {
    const md = renderMarkdown([reportOf(BAD), reportOf(GOOD, undefined, 'b.html')], 'zh-CN');
    expect(md).toContain('# FormWarden 检查报告: forms/daily-health.html');
    expect(md).toContain('## 告知模板');
    expect(md).toContain('\n---\n');
    expect(md).toContain('# FormWarden 检查报告: b.html');
    expect(md).toContain('未发现问题。');
    expect(renderMarkdown([reportOf(BAD)], 'zh-TW')).toContain('告知範本');
  });

  it('escapes pipes in labels so the table holds', () => {
    const md = renderMarkdown(
      [reportOf({ fields: [field('q1', '姓名|Name', 'identity.name')], notice: notice() }, 'epidemic-prevention')],
      'en',
    );
    expect(md).toContain('| 1 | 姓名\\|Name | Name | OK |');
  });
});

describe('renderSarif', () => {
  it('is SARIF 2.1.0 with one rule per rule/check and levels from severity', () => {
    const reports = [reportOf(BAD), reportOf(BAD, undefined, 'copy.html')];
    const log = renderSarif(reports);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('FormWarden');
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(run.results).toHaveLength(reports[0]!.findings.length * 2);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(result.locations.length).toBeGreaterThan(0);
    }
    const notice = run.results.find((r) => r.ruleId === 'consent-notice/notice-missing')!;
    expect(notice.level).toBe('error');
    expect(notice.locations[0]!.physicalLocation.artifactLocation.uri).toBe('forms/daily-health.html');
    expect(notice.locations.map((l) => l.logicalLocations?.[0]?.fullyQualifiedName)).toEqual(['#q1', '#q2', '#q3']);
    expect(run.results.find((r) => r.ruleId.startsWith('minimal-necessity'))!.level).toBe('warning');
  });

  it('an empty run for clean pages', () => {
    const log = renderSarif([reportOf(GOOD)]);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });
});

describe('renderMarkdown question table', () => {
  it('shows a radio group as one question (and does not count it as asked twice)', () => {
    const radio = { type: 'radio', name: 'fever' };
    const r = reportOf(
      {
        fields: [
          field('q1', '姓名', 'identity.name'),
          field('r1', '是否发热', 'health.symptoms', radio),
          field('r2', '是否发热', 'health.symptoms', radio),
        ],
        notice: notice({ separateConsentFor: ['health.symptoms'] }),
      },
      'epidemic-prevention',
    );
    const md = renderMarkdown([r], 'en');
    expect(md).toContain('| 2 | 是否发热 | Symptoms (sensitive) | OK |');
    expect(md).not.toContain('| 3 |');
  });
});
