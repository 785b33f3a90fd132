// HTML → DOM for the CLI (and the fixture tests): linkedom, plus declarative shadow DOM, which
// linkedom leaves as inert <template shadowrootmode> elements. Each such template is turned into a
// real shadow root of its parent, as a browser's parser does (and removed from the light DOM);
// nested declarative roots inside it are attached in turn. Closed roots are attached closed:
// invisible to the scan, exactly as in the browser.
import { parseHTML } from 'linkedom';

export interface ParsedPage {
  document: Document;
  window: unknown;
}

export function parseHtml(html: string): ParsedPage {
  let parsed = parseHTML(html) as unknown as { document: Document; window: unknown };
  // An empty file or bare text gives linkedom a document without <html>, on which even
  // `document.title` throws; a browser would build <html><head><body> around it.
  if (!parsed.document.documentElement)
    parsed = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  if (UPPER_CASE_ATTRIBUTE.test(html)) lowerCaseAttributes(parsed.document);
  attachDeclarativeShadowRoots(parsed.document);
  return { document: parsed.document, window: parsed.window };
}

const UPPER_CASE_ATTRIBUTE = /<[A-Za-z][^>]*\s[a-z-]*[A-Z][A-Za-z-]*\s*=/;

/**
 * HTML attribute names are case-insensitive and browsers store them lower-cased; linkedom keeps
 * them as written, so `<INPUT NAME="A">` would have no `name`. SVG/MathML subtrees (case-sensitive
 * `viewBox`…) are left alone.
 */
function lowerCaseAttributes(document: Document): void {
  const foreign = new Set(Array.from(document.querySelectorAll('svg, svg *, math, math *')));
  for (const element of Array.from(document.querySelectorAll('*'))) {
    if (foreign.has(element)) continue;
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      element.removeAttribute(name);
      if (!element.hasAttribute(lower)) element.setAttribute(lower, value);
    }
  }
}

export function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  // linkedom keeps a template's parsed nodes as its children (`content` would deep-clone them on
  // every access). Templates are attached innermost first, each moving its own children into its
  // host's new root: by then the deeper levels already sit in their own roots, so every node moves
  // once (outermost first, or copying innerHTML, made 1,000 nested levels take over a minute).
  for (const template of declarativeTemplates(root).reverse()) {
    const host = template.parentNode;
    if (!host || host.nodeType !== 1 || (host as Element).shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode')?.toLowerCase() === 'closed' ? 'closed' : 'open';
    const shadow = (host as Element).attachShadow({ mode });
    for (const node of Array.from(template.childNodes)) shadow.appendChild(node);
    template.remove();
  }
}

/** Every <template shadowrootmode>, nested ones included, in document order (explicit stack: deep pages). */
function declarativeTemplates(root: Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (
      node.nodeType === 1 &&
      (node as Element).tagName.toLowerCase() === 'template' &&
      (node as Element).hasAttribute('shadowrootmode')
    )
      found.push(node as Element);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/**
 * Decode page bytes: a byte-order mark first (as browsers do: "Save as Unicode" writes UTF-16),
 * UTF-8 when they are valid UTF-8 (or say so), else the charset the page or server declares
 * (GBK/GB18030 pages are common on Chinese OA systems), else GB18030.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const declared = charsetOf(contentType ?? '') ?? charsetOf(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)));
  if (!declared || /^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      /* fall through */
    }
  }
  for (const label of [declared, 'gb18030']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      /* unknown label: try the next */
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function charsetOf(text: string): string | null {
  const m = /charset\s*=\s*["']?([\w-]+)/i.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}
