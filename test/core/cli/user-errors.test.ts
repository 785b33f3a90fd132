// Issue 13: for anything a user can cause, `npm run scan` and `npm run policy:check` print one line
// and exit 2 — never a stack trace, never an empty "all clear" for something that was not checked.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as policyCheckMain } from '../../../src/cli/policy-check';
import { main as scanMain, notHtmlReason, type ScanIo } from '../../../src/cli/scan';
import { runCli } from '../hostile/helpers';

const FORM =
  '<!doctype html><html><head><title>每日健康打卡</title></head><body><form><label for="id">身份证号</label><input id="id" name="sfzh"><label for="t">今日体温</label><input id="t" name="tw"></form></body></html>';
const NO_PURPOSES = JSON.stringify({ id: 'acme', version: '1' });

type Page = { bytes: Uint8Array; contentType: string | null } | Error;

function io(files: Record<string, string | Uint8Array>, pages: Record<string, Page> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const scanIo: ScanIo = {
    out: (t) => out.push(t),
    err: (l) => err.push(l),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    fetchPage: async (url) => {
      const page = pages[url];
      if (!page)
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${new URL(url).hostname}`), { code: 'ENOTFOUND' }),
        });
      if (page instanceof Error) throw page;
      return { ...page, finalUrl: url };
    },
  };
  return { scanIo, out, err };
}

/** One line on stderr, no stack frame, nothing on stdout. */
function expectOneLine(err: string[], out: string[]): string {
  expect(out).toEqual([]);
  expect(err).toHaveLength(1);
  expect(err[0]).not.toContain('\n');
  expect(err[0]).not.toMatch(/\bat .*:\d+:\d+/);
  return err[0]!;
}

describe('npm run scan: user mistakes → one line, exit 2', () => {
  it('a policy without purposes is refused naming purposes (it used to crash every evaluation)', async () => {
    const m = io({ 'form.html': FORM, 'p.json': NO_PURPOSES });
    expect(await scanMain(['form.html', '--policy', 'p.json'], m.scanIo)).toBe(2);
    expect(expectOneLine(m.err, m.out)).toBe(
      "formwarden scan: invalid policy p.json: purposes: 'purposes' is required: without it no form can be said to be for anything; declare the purposes your forms serve ({} if none yet)",
    );
  });

  it('a PDF, a Word file or any binary file given as the form is refused, not reported as clean', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj');
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const binary = new Uint8Array([0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x00, 0x01, 0x02]);
    for (const [file, bytes, why] of [
      ['a.pdf', pdf, 'a PDF document'],
      ['a.docx', docx, 'a ZIP archive'],
      ['a.bin', binary, 'binary'],
    ] as const) {
      const m = io({ [file]: bytes });
      expect(await scanMain([file], m.scanIo)).toBe(2);
      const line = expectOneLine(m.err, m.out);
      expect(line).toContain(`${file} is not an HTML page`);
      expect(line).toContain(why);
    }
  });

  it('a URL that serves no HTML, or cannot be reached, names the reason', async () => {
    const pdf = io(
      {},
      {
        'https://oa.example.cn/form.pdf': {
          bytes: new TextEncoder().encode('%PDF-1.4'),
          contentType: 'application/pdf',
        },
      },
    );
    expect(await scanMain(['https://oa.example.cn/form.pdf'], pdf.scanIo)).toBe(2);
    expect(expectOneLine(pdf.err, pdf.out)).toBe(
      'formwarden scan: https://oa.example.cn/form.pdf is not an HTML page: the server says it is application/pdf',
    );

    const nowhere = io({});
    expect(await scanMain(['https://nowhere.example.cn/'], nowhere.scanIo)).toBe(2);
    expect(expectOneLine(nowhere.err, nowhere.out)).toBe(
      'formwarden scan: cannot fetch https://nowhere.example.cn/: no such host',
    );
  });

  it('a UTF-16 page (saved "as Unicode") is read as text, not refused as binary', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(FORM).flatMap((c) => {
        const n = c.charCodeAt(0);
        return [n & 0xff, n >> 8];
      }),
    ]);
    expect(notHtmlReason(utf16, null)).toBeNull();
    const m = io({ 'u16.html': utf16 });
    expect(await scanMain(['u16.html', '--fail-on', 'none'], m.scanIo)).toBe(0);
    expect((JSON.parse(m.out.join('')) as { fields: { name: string }[] }).fields.map((f) => f.name)).toEqual([
      'sfzh',
      'tw',
    ]);
  });

  it('a failure of our own is still one line (no stack) and exit 2', async () => {
    const m = io({ 'form.html': FORM });
    const broken: ScanIo = {
      ...m.scanIo,
      out: () => {
        throw new Error('EPIPE: broken pipe, write\n    at somewhere (x.js:1:1)');
      },
    };
    expect(await scanMain(['form.html', '--fail-on', 'none'], broken)).toBe(2);
    const line = expectOneLine(m.err, m.out);
    expect(line).toMatch(/^formwarden scan: internal error: EPIPE: broken pipe, write/);
  });

  it('the real command: a policy without purposes → exit 2, one line, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-cli-errors-'));
    writeFileSync(join(dir, 'form.html'), FORM);
    writeFileSync(join(dir, 'p.json'), NO_PURPOSES);
    const cli = runCli([join(dir, 'form.html'), '--policy', join(dir, 'p.json')]);
    expect(cli.status).toBe(2);
    expect(cli.stdout).toBe('');
    expect(cli.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(cli.stderr).toContain("purposes: 'purposes' is required");
    expect(cli.stderr).not.toMatch(/TypeError|\bat /);
  }, 60_000);
});

describe('npm run policy:check: a failure of our own is one line, exit 2', () => {
  it('an unexpected error while checking', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = policyCheckMain(['p.json'], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      readFile: () => {
        throw new RangeError('Invalid string length');
      },
    });
    // A read error without an errno code is not a missing file: still one line, exit 2.
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('output that cannot be written (a closed pipe) is one line, exit 2', () => {
    const err: string[] = [];
    const code = policyCheckMain(['--print-preset', 'cn-pipl'], {
      out: () => {
        throw new Error('EPIPE');
      },
      err: (l) => err.push(l),
      readFile: () => '',
    });
    expect(code).toBe(2);
    expect(err).toEqual([
      'formwarden policy:check: internal error: EPIPE (please report it; FORMWARDEN_DEBUG=1 prints the stack)',
    ]);
  });
});
