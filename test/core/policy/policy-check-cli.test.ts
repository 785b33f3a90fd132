import { describe, expect, it } from 'vitest';
import { runPolicyCheck } from '../../../src/cli/policy-check';
import { PRESETS } from '../../../src/core/policy';

function run(args: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runPolicyCheck(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[p]!;
    },
  });
  return { code, out, err };
}

const good = JSON.stringify({ ...PRESETS['cn-pipl'], id: 'acme-cn', version: '2024.1', extra: 1 });
const bad = JSON.stringify({
  id: 'acme',
  version: '1',
  purposes: { attendance: { label: { en: 'A' }, allow: ['identity.name', 'x', 'y', 'health.temprature'] } },
});

describe('npm run policy:check', () => {
  it('prints OK <id> <version> and warnings, exit 0', () => {
    const r = run(['ours.json'], { 'ours.json': good });
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['OK acme-cn 2024.1']);
    expect(r.err).toEqual(["ours.json: extra: unknown key 'extra' is ignored (warning)"]);
  });

  it('prints file: path: reason per error, exit 2, in the chosen language', () => {
    const r = run(['bad.json', '--locale', 'zh-CN'], { 'bad.json': bad });
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "bad.json: purposes.attendance.allow[3]: 'health.temprature' 不是有效的数据类别；是否想写 'health.temperature'？",
    );
    expect(r.out).toEqual([]);
  });

  it('a policy without purposes is refused: exit 2, the error names purposes (issue 13)', () => {
    const r = run(['nop.json'], { 'nop.json': JSON.stringify({ id: 'acme', version: '1' }) });
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      "nop.json: purposes: 'purposes' is required: without it no form can be said to be for anything; declare the purposes your forms serve ({} if none yet)",
    ]);
    const zh = run(['nop.json', '--locale', 'zh-TW'], { 'nop.json': JSON.stringify({ id: 'acme', version: '1' }) });
    expect(zh.err[0]).toMatch(/^nop\.json: purposes: 缺少必填項 'purposes'/);
  });

  it('exit 2 on an unreadable file, an unknown option or no file; several files are all checked', () => {
    expect(run(['nope.json'], {}).code).toBe(2);
    expect(run(['--frobnicate', 'a.json'], { 'a.json': good }).code).toBe(2);
    expect(run([], {}).code).toBe(2);
    const both = run(['a.json', 'b.json'], { 'a.json': good, 'b.json': bad });
    expect(both.code).toBe(2);
    expect(both.out).toEqual(['OK acme-cn 2024.1 (a.json)']);
  });

  it('--print-preset writes a preset that itself passes', () => {
    const printed = run(['--print-preset', 'eu-gdpr'], {});
    expect(printed.code).toBe(0);
    const again = run(['p.json'], { 'p.json': printed.out.join('\n') });
    expect(again.out).toEqual([`OK eu-gdpr ${PRESETS['eu-gdpr'].version}`]);
  });

  it('checks the FormWarden policies inside a Chrome or Firefox policy file', () => {
    const chrome = JSON.stringify({ '3rdparty': { extensions: { abc: { policy: JSON.parse(good) } } } });
    const r = run(['managed.json'], { 'managed.json': chrome });
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['OK acme-cn 2024.1 (managed.json#3rdparty.extensions.abc.policy)']);
    const firefox = JSON.stringify({
      policies: { '3rdparty': { Extensions: { 'formwarden@example': { policyJson: bad } } } },
    });
    const f = run(['policies.json'], { 'policies.json': firefox });
    expect(f.code).toBe(2);
    expect(f.err[0]).toMatch(
      /^policies\.json#policies\.3rdparty\.Extensions\.formwarden@example\.policyJson: purposes\.attendance\.allow\[1\]: 'x' is not a category/,
    );
    const empty = run(['e.json'], { 'e.json': JSON.stringify({ '3rdparty': { extensions: {} } }) });
    expect(empty.code).toBe(2);
  });
});
