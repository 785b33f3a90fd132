// Extracts the HTML document from an MHTML archive ("Save page as… Webpage, single file"), so HR
// can drop a saved copy of a form that sits behind their login. Only the first text/html part is
// needed: FormWarden reads markup, not the archived images or styles.
// Hand-written rather than a MIME library: we need one part, quoted-printable and base64 only, and
// the preview page should not carry a general mail parser.

export type MhtmlResult = { ok: true; html: string; location: string | null } | { ok: false; reason: string };

export function htmlFromMhtml(archive: string): MhtmlResult {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(archive)?.[1];
  if (!boundary) return { ok: false, reason: 'no MIME boundary: not an MHTML file' };
  const parts = archive.split(`--${boundary}`);
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const head = part.slice(0, split);
    if (!/content-type:\s*text\/html/i.test(head)) continue;
    // The line break before the next boundary belongs to the delimiter, not to the body.
    const body = part
      .slice(split)
      .replace(/^\r?\n\r?\n/, '')
      .replace(/\r?\n$/, '');
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? '7bit';
    const charset = /charset="?([\w-]+)"?/i.exec(head)?.[1] ?? 'utf-8';
    const location = /content-location:\s*(\S+)/i.exec(head)?.[1] ?? null;
    const bytes =
      encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : encoding === 'base64'
          ? decodeBase64(body)
          : new TextEncoder().encode(body);
    let html: string;
    try {
      html = new TextDecoder(charset).decode(bytes);
    } catch {
      html = new TextDecoder('utf-8').decode(bytes);
    }
    return { ok: true, html, location };
  }
  return { ok: false, reason: 'no text/html part in the archive' };
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i]!;
    const hex = joined.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      const code = joined.charCodeAt(i);
      if (code < 0x80) out.push(code);
      else out.push(...new TextEncoder().encode(c));
    }
  }
  return Uint8Array.from(out);
}

function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const binary = atob(clean);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
