import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScanArgs } from '../../../src/cli/args';
import { runScan, type ScanIo } from '../../../src/cli/scan';
import type { Report } from '../../../src/core/types';

const HEALTH =
  '<!doctype html><html><head><title>每日健康打卡</title></head><body><form action="http://collect.example.net/save"><label for="id">身份证号</label><input id="id" name="sfzh"><label for="t">今日体温</label><input id="t" name="tw"></form></body></html>';
const PLAIN =
  '<!doctype html><html><body><form action="/book"><label for="r">会议室名称</label><input id="r" name="room"></form></body></html>';
const DSD =
  '<!doctype html><html><body><x-form><template shadowrootmode="open"><label for="e">Email</label><input id="e" name="email"></template></x-form></body></html>';

function memoryIo(files: Record<string, string>, pages: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ScanIo = {
    out: (t) => out.push(t),
    err: (l) => err.push(l),
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return new TextEncoder().encode(files[p]);
    },
    fetchPage: async (url) => {
      if (!(url in pages)) throw new Error('getaddrinfo ENOTFOUND');
      return { bytes: new TextEncoder().encode(pages[url]), contentType: 'text/html; charset=utf-8', finalUrl: url };
    },
  };
  return { io, out, err, json: () => JSON.parse(out.join('')) as unknown };
}

describe('npm run scan (runScan)', () => {
  it('one input → one JSON report object with every field', async () => {
    const m = memoryIo({ 'a.html': HEALTH });
    const code = await runScan(['a.html', '--fail-on', 'none'], m.io);
    expect(code).toBe(0);
    const report = m.json() as Report;
    expect(Array.isArray(report)).toBe(false);
    expect(report.source).toBe('a.html');
    expect(report.pageUrl).toMatch(/^file:\/\/.*a\.html$/);
    expect(report.fields.map((f) => [f.selector, f.label])).toEqual([
      ['#id', '身份证号'],
      ['#t', '今日体温'],
    ]);
    // A file has no site of its own: third party only with --url (next tests).
    expect(report.transport).toEqual({ action: 'http://collect.example.net/save', secure: false, thirdParty: false });
    expect(m.err).toEqual([]);
  });

  it('transport against --url: third party by registrable domain, secure only when both are https', async () => {
    const m = memoryIo({ 'a.html': HEALTH });
    await runScan(['a.html', '--url', 'https://oa.example.cn/health', '--fail-on', 'none'], m.io);
    expect((m.json() as Report).transport).toEqual({
      action: 'http://collect.example.net/save',
      secure: false,
      thirdParty: true,
    });
    const same = memoryIo({
      'a.html': HEALTH.replace('http://collect.example.net/save', 'https://api.example.net/save'),
    });
    await runScan(['a.html', '--url', 'https://www.example.net/health', '--fail-on', 'none'], same.io);
    expect((same.json() as Report).transport).toEqual({
      action: 'https://api.example.net/save',
      secure: true,
      thirdParty: false,
    });
  });

  it('several inputs → a JSON array in input order', async () => {
    const m = memoryIo({ 'a.html': HEALTH, 'b.html': PLAIN });
    await runScan(['a.html', 'b.html', '--fail-on', 'none'], m.io);
    const reports = m.json() as Report[];
    expect(reports.map((r) => r.source)).toEqual(['a.html', 'b.html']);
  });

  it('--url sets the page URL used for transport', async () => {
    const m = memoryIo({ 'b.html': PLAIN });
    await runScan(['b.html', '--url', 'https://oa.example.cn/rooms', '--fail-on', 'none'], m.io);
    const r = m.json() as Report;
    expect(r.pageUrl).toBe('https://oa.example.cn/rooms');
    expect(r.transport).toEqual({ action: 'https://oa.example.cn/book', secure: true, thirdParty: false });
  });

  it('exit 1 exactly when a finding reaches --fail-on', async () => {
    for (const failOn of ['high', 'medium', 'low', 'none'] as const) {
      const m = memoryIo({ 'a.html': HEALTH });
      const code = await runScan(['a.html', '--fail-on', failOn, '--url', 'http://oa.example.cn/h'], m.io);
      const r = m.json() as Report;
      const rank = { high: 3, medium: 2, low: 1 } as const;
      const expected = failOn !== 'none' && r.findings.some((f) => rank[f.severity] >= rank[failOn]) ? 1 : 0;
      expect(code).toBe(expected);
    }
  });

  it('a missing file → exit 2, one line naming it, nothing on stdout (even after a good file)', async () => {
    const m = memoryIo({ 'a.html': HEALTH });
    expect(await runScan(['a.html', 'missing.html'], m.io)).toBe(2);
    expect(m.out).toEqual([]);
    expect(m.err).toHaveLength(1);
    expect(m.err[0]).toContain('missing.html');
    expect(m.err[0]).not.toContain('\n');
  });

  it('an invalid policy → exit 2 with file, JSON path and reason', async () => {
    const m = memoryIo({
      'a.html': HEALTH,
      'p.json': JSON.stringify({
        id: 'x',
        version: '1',
        purposes: { hr: { label: { en: 'HR' }, allow: ['identity.nmae'] } },
      }),
    });
    expect(await runScan(['a.html', '--policy', 'p.json'], m.io)).toBe(2);
    expect(m.out).toEqual([]);
    expect(m.err).toHaveLength(1);
    expect(m.err[0]).toMatch(/p\.json/);
    expect(m.err[0]).toMatch(/purposes/);
    expect(m.err[0]).toMatch(/allow/);
  });

  it('a policy that is not JSON, an unknown --purpose, bad options → exit 2', async () => {
    const m1 = memoryIo({ 'a.html': HEALTH, 'p.json': '{ nope' });
    expect(await runScan(['a.html', '--policy', 'p.json'], m1.io)).toBe(2);
    expect(m1.err[0]).toContain('p.json');
    const m2 = memoryIo({ 'a.html': HEALTH });
    expect(await runScan(['a.html', '--purpose', 'no-such-purpose'], m2.io)).toBe(2);
    expect(m2.err[0]).toContain('no-such-purpose');
    for (const argv of [
      ['a.html', '--format', 'xml'],
      ['a.html', '--fail-on', 'critical'],
      ['a.html', '--bogus'],
      [],
      ['a.html', '--url', 'not a url'],
      ['a.html', '--locale', 'fr'],
    ]) {
      const m = memoryIo({ 'a.html': HEALTH });
      expect(await runScan(argv, m.io)).toBe(2);
      expect(m.out).toEqual([]);
    }
  });

  it('URLs are fetched; a failed fetch → exit 2', async () => {
    const ok = memoryIo({}, { 'https://forms.example.cn/f': PLAIN });
    expect(await runScan(['https://forms.example.cn/f', '--fail-on', 'none'], ok.io)).toBe(0);
    expect((ok.json() as Report).pageUrl).toBe('https://forms.example.cn/f');
    const bad = memoryIo({});
    expect(await runScan(['https://nowhere.example.cn/'], bad.io)).toBe(2);
    expect(bad.err[0]).toContain('https://nowhere.example.cn/');
  });

  it('declarative shadow DOM fields are reported with piercing selectors', async () => {
    const m = memoryIo({ 'd.html': DSD });
    await runScan(['d.html', '--fail-on', 'none'], m.io);
    expect((m.json() as Report).fields.map((f) => [f.selector, f.label])).toEqual([
      ['body > x-form:nth-of-type(1) >>> #e', 'Email'],
    ]);
  });

  it('--format md and sarif', async () => {
    const md = memoryIo({ 'a.html': HEALTH });
    await runScan(['a.html', '--format', 'md', '--fail-on', 'none', '--locale', 'zh-CN'], md.io);
    expect(md.out.join('')).toContain('a.html');
    const sarif = memoryIo({ 'a.html': HEALTH });
    await runScan(['a.html', '--format', 'sarif', '--fail-on', 'none'], sarif.io);
    expect((sarif.json() as { version: string }).version).toBe('2.1.0');
  });

  it('GBK pages are decoded', async () => {
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="gbk"></head><body><label for="n">'),
      0xd0,
      0xd5,
      0xc3,
      0xfb,
      ...new TextEncoder().encode('</label><input id="n"></body></html>'),
    ]);
    const m = memoryIo({});
    m.io.readFile = () => gbk;
    await runScan(['g.html', '--fail-on', 'none'], m.io);
    expect((m.json() as Report).fields[0]!.label).toBe('姓名');
  });

  it('argument parsing: defaults and --flag=value', () => {
    const parsed = parseScanArgs(['x.html', '--format=md', '--fail-on=low']);
    expect(parsed).toEqual({
      ok: true,
      args: expect.objectContaining({
        inputs: ['x.html'],
        format: 'md',
        failOn: 'low',
        locale: 'en',
        policyFile: null,
      }),
    });
    expect(parseScanArgs(['x.html'])).toEqual({
      ok: true,
      args: expect.objectContaining({ format: 'json', failOn: 'high' }),
    });
  });
});

describe('npm run scan (real process)', () => {
  it('prints a JSON array for two files and exits with the documented codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-cli-'));
    writeFileSync(join(dir, 'a.html'), HEALTH);
    writeFileSync(join(dir, 'b.html'), DSD);
    const out = execFileSync(
      'npx',
      ['tsx', 'src/cli/scan.ts', join(dir, 'a.html'), join(dir, 'b.html'), '--fail-on', 'none'],
      { encoding: 'utf8' },
    );
    const reports = JSON.parse(out) as Report[];
    expect(reports).toHaveLength(2);
    expect(reports[1]!.fields[0]!.selector).toContain(' >>> ');
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'src/cli/scan.ts', join(dir, 'nope.html')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
