import { describe, expect, it } from 'vitest';
import { htmlFromMhtml } from '../../../src/core/mhtml';

const archive = (encoding: string, body: string) =>
  [
    'From: <Saved by Blink>',
    'Subject: =?utf-8?Q?=E5=81=A5=E5=BA=B7?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc"',
    '',
    '------MultipartBoundary--abc',
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    `Content-Transfer-Encoding: ${encoding}`,
    'Content-Location: https://oa.example.cn/health',
    '',
    body,
    '------MultipartBoundary--abc',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgo=',
    '------MultipartBoundary--abc--',
  ].join('\r\n');

describe('htmlFromMhtml', () => {
  it('decodes a quoted-printable HTML part with Chinese text and soft line breaks', () => {
    const qp =
      '<html><body><label for=3D"tw">=E4=BD=93=E6=B8=A9</label><input id=3D"tw" na=\r\nme=3D"tw"></body></html>';
    const r = htmlFromMhtml(archive('quoted-printable', qp));
    expect(r).toEqual({
      ok: true,
      html: '<html><body><label for="tw">体温</label><input id="tw" name="tw"></body></html>',
      location: 'https://oa.example.cn/health',
    });
  });

  it('decodes a base64 HTML part', () => {
    const html = '<p>身份证号</p>';
    const b64 = Buffer.from(html, 'utf8').toString('base64');
    const r = htmlFromMhtml(archive('base64', b64));
    expect(r.ok && r.html).toBe(html);
  });

  it('says why when the file is not MHTML', () => {
    expect(htmlFromMhtml('<html></html>')).toEqual({ ok: false, reason: 'no MIME boundary: not an MHTML file' });
  });
});
