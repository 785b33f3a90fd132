// One host element with a closed shadow root for in-page UI. Styles are applied through the CSSOM
// (a constructed style sheet, style properties), not <style> text or style attributes, so a
// page's Content-Security-Policy (style-src without 'unsafe-inline') cannot switch them off, and
// `all: initial` on the host keeps the page's CSS out.
//
// What a page can still see of it (unavoidable while marks or the dialog are shown: they are drawn
// in the page): an element under <html> with inline styles and a shadow root it cannot open. It is
// added only when there is something to show. Its tag is made up afresh in each frame, so there is
// no fixed name to look for (querySelector('formwarden-overlay') used to find it).
import type { InPageStyles } from './in-page-styles';

const hosts = new WeakSet<Node>();

function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  // A valid custom-element name: lowercase letters, one hyphen, never defined by the page.
  const letters = Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}

const HOST_TAG = randomName();

/** The stylesheets, from the latest marks message (in-page-styles.ts). */
let styles: InPageStyles = { marks: '', dialog: '' };
export const useStyles = (latest: InPageStyles): void => void (styles = latest);

export function isolatedHost(
  sheetOf: keyof InPageStyles,
  hostStyle: Record<string, string>,
): { host: HTMLElement; shadow: ShadowRoot } {
  const css = styles[sheetOf];
  const host = document.createElement(HOST_TAG);
  hosts.add(host);
  host.style.setProperty('all', 'initial', 'important');
  for (const [property, value] of Object.entries(hostStyle)) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox 140.12 ESR refuses a content script's adoptedStyleSheets ("Accessing from Xray wrapper
    // is not supported"; waiving the Xray would run the page's setter on our closed root). A <style>
    // in the closed root instead: the page cannot reach it, and Firefox applies it under a strict
    // style-src too (test/browser-firefox: marks under a strict Content-Security-Policy).
    shadow.append(make('style', '', css));
  }
  return { host, shadow };
}

/** This frame's tag for our hosts (the tests look for it). */
export const isolatedHostTag = (): string => HOST_TAG;

/** One of ours (the scanner ignores them). */
export function isIsolatedHost(node: Node): boolean {
  return hosts.has(node);
}

/** A new element for an isolated host's shadow root, with its class and text. */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}
