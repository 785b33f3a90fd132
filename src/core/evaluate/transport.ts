// How the page's forms send their answers, for the insecure-transport and third-party checks.
import type { EvalContext, PersonalField } from './context';
import { resolveUrl } from './domains';

/**
 * Loopback hosts are "potentially trustworthy" (W3C Secure Contexts §3.2): localhost, *.localhost,
 * 127.0.0.0/8 and [::1] never leave the machine, so http: there is not unencrypted transport.
 */
function isLoopback(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Plain http: that leaves the machine. */
export function isHttp(url: string | null): boolean {
  return url !== null && url.toLowerCase().startsWith('http:') && !isLoopback(url);
}

/** Personal fields of the i-th form (all personal fields when the page has one form or none). */
export function fieldsOfForm(ctx: EvalContext, formIndex: number): PersonalField[] {
  if (ctx.scan.page.forms.length <= 1) return ctx.personal;
  return ctx.personal.filter((f) => f.formIndex === formIndex);
}

/** Absolute action URLs of the page's forms, with their index; the transport's action as a fallback. */
export function formActions(ctx: EvalContext): { index: number; url: string }[] {
  const forms = ctx.scan.page.forms;
  const actions = forms.map((f, index) => ({ index, url: resolveUrl(f.action ?? '', ctx.pageUrl) }));
  if (forms.length === 0 && ctx.scan.transport.action)
    actions.push({ index: 0, url: resolveUrl(ctx.scan.transport.action, ctx.pageUrl) });
  return actions.filter((a): a is { index: number; url: string } => a.url !== null);
}
