// third-party-recipient checks (issue 10) and suppression by the policy's recipients.
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationInput } from '../../../src/core/evaluate';
import type { Finding } from '../../../src/core/types';
import { checksOf, field, notice, PAGE_URL, scan, testPolicy, type ScanSpec } from './helpers';

const ONBOARDING: ScanSpec = {
  fields: [
    field('q1', '姓名', 'identity.name'),
    field('q2', '身份证号', 'identity.id_number'),
    field('q3', '备注', null),
  ],
  notice: notice(),
};

function run(spec: ScanSpec, over: Partial<EvaluationInput> = {}): Finding[] {
  return evaluate({
    scan: scan(spec),
    policy: testPolicy(),
    pageUrl: PAGE_URL,
    purposeOverride: 'onboarding',
    now: 0,
    ...over,
  }).findings;
}

describe('third-party-recipient', () => {
  it('form-target: posting to another registrable domain', () => {
    const findings = run({ ...ONBOARDING, action: 'https://collect.formvendor.com/submit' });
    expect(checksOf(findings)).toEqual(['third-party-recipient/form-target']);
    expect(findings[0]!.recipients).toEqual(['formvendor.com']);
    expect(findings[0]!.fields).toEqual(['#q1', '#q2']);
    expect(findings[0]!.severity).toBe('medium');
  });

  it('form-target: a subdomain of the page, a relative action and a listed recipient are fine', () => {
    expect(run({ ...ONBOARDING, action: 'https://api.oa.example.cn/submit' })).toEqual([]);
    expect(run({ ...ONBOARDING, action: '/submit' })).toEqual([]);
    expect(
      run(
        { ...ONBOARDING, action: 'https://www.wjx.cn/joinnew/processjq.ashx' },
        { policy: testPolicy({ recipients: ['example.cn', 'wjx.cn'] }) },
      ),
    ).toEqual([]);
  });

  it('session-replay names the provider, unless its domain is a listed recipient', () => {
    const spec = {
      ...ONBOARDING,
      page: {
        scripts: [
          { src: 'https://www.clarity.ms/tag/abc', inline: false },
          { src: '/app.js', inline: false },
        ],
      },
    };
    const findings = run(spec);
    expect(checksOf(findings)).toEqual(['third-party-recipient/session-replay']);
    // Clarity masks typed text by default (src/core/recipients/providers.ts): the message says so.
    expect(findings[0]!.message.en).toMatch(
      /^Microsoft Clarity records your session on this page \(session replay\)\. It hides typed text by default/,
    );
    expect(findings[0]!.recipients).toEqual(['clarity.ms']);
    expect(run(spec, { policy: testPolicy({ recipients: ['example.cn', 'clarity.ms'] }) })).toEqual([]);
  });

  it('a provider that records input by default is said to record what you type', () => {
    const findings = run({
      ...ONBOARDING,
      page: {
        scripts: [
          { src: 'https://edge.fullstory.com/s/fs.js', inline: false },
          { src: 'https://www.clarity.ms/tag/abc', inline: false },
        ],
      },
    });
    expect(findings[0]!.message.en).toMatch(/^Microsoft Clarity and FullStory can record what you type on this page/);
  });

  it('a replay script on a page without personal fields is nothing', () => {
    expect(
      run({
        fields: [field('q3', '备注', null)],
        notice: notice(),
        page: { scripts: [{ src: 'https://static.hotjar.com/c/hotjar.js', inline: false }] },
      }),
    ).toEqual([]);
  });

  it('keystroke-listener: a third-party script listening on the document hears every personal field', () => {
    const findings = run(ONBOARDING, {
      live: {
        keyListeners: [
          { scriptUrl: 'https://cdn.tracker.io/t.js', target: 'document', fields: [] },
          { scriptUrl: 'https://oa.example.cn/app.js', target: 'document', fields: [] },
        ],
      },
    });
    expect(checksOf(findings)).toEqual(['third-party-recipient/keystroke-listener']);
    expect(findings[0]!.fields).toEqual(['#q1', '#q2']);
    expect(findings[0]!.recipients).toEqual(['tracker.io']);
  });

  it('keystroke-listener on one field names that field only; listed recipients are silent', () => {
    const live = {
      keyListeners: [{ scriptUrl: 'https://cdn.tracker.io/t.js', target: 'field' as const, fields: ['#q2', '#q3'] }],
    };
    expect(run(ONBOARDING, { live })[0]!.fields).toEqual(['#q2']);
    expect(run(ONBOARDING, { live, policy: testPolicy({ recipients: ['example.cn', 'tracker.io'] }) })).toEqual([]);
  });

  it('sent-while-typing names the origins and counts', () => {
    const findings = run(ONBOARDING, {
      live: {
        sentWhileTyping: [
          { origin: 'https://collect.sensorsdata.cn', count: 3, kind: 'beacon' },
          { origin: 'https://oa.example.cn', count: 9, kind: 'fetch' },
        ],
      },
    });
    expect(checksOf(findings)).toEqual(['third-party-recipient/sent-while-typing']);
    expect(findings[0]!.message.en).toContain('sensorsdata.cn × 3');
    expect(findings[0]!.recipients).toEqual(['sensorsdata.cn']);
  });
});
