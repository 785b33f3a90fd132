// Accessibility helpers for the real-browser tests (issue 18): axe-core through
// @axe-core/playwright with a printed ledger of everything it found, a way to let axe see the
// in-page UI drawn in closed shadow roots, the accessibility tree through CDP (what a screen
// reader gets, closed roots included), and a keyboard walk that records where Tab goes.
import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from 'playwright-core';

/** WCAG 2.0 / 2.1, A and AA: what EN 301 549 and GB/T 37668-2019 ask of software. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeEntry {
  page: string;
  rule: string;
  impact: string;
  nodes: number;
  targets: string[];
  help: string;
}
/** Every violation axe reported in this run, serious or not: printed at the end as the ledger. */
export const AXE_LEDGER: AxeEntry[] = [];

/** Runs axe (WCAG 2.1 AA) on the page, records every violation in the ledger, returns the serious and critical ones. */
export async function axeSerious(
  page: Page,
  name: string,
  opts: { include?: string; exclude?: string[] } = {},
): Promise<AxeEntry[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (opts.include) builder = builder.include(opts.include);
  for (const e of opts.exclude ?? []) builder = builder.exclude(e);
  const result = await builder.analyze();
  const entries = result.violations.map((v) => ({
    page: name,
    rule: v.id,
    impact: v.impact ?? 'unknown',
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    help: v.help,
  }));
  AXE_LEDGER.push(...entries);
  // The ledger also says what was checked and found clean.
  AXE_LEDGER.push({
    page: name,
    rule: `(${result.passes.length} rules passed, ${result.incomplete.length} need review)`,
    impact: 'info',
    nodes: 0,
    targets: [],
    help: '',
  });
  return entries.filter((e) => e.impact === 'serious' || e.impact === 'critical');
}

export function printLedger(title: string): void {
  console.log(`\n[axe ledger] ${title}`);
  for (const e of AXE_LEDGER)
    console.log(
      `  ${e.page} · ${e.impact} · ${e.rule}${e.nodes ? ` · ${e.nodes} node(s) ${e.targets.join(' ')} · ${e.help}` : ''}`,
    );
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const c of node.children ?? []) yield* walk(c);
  for (const s of node.shadowRoots ?? []) yield* walk(s);
}

/**
 * axe (like every page script) cannot enter a closed shadow root. The test reaches FormWarden's
 * closed roots through the DevTools protocol, which sees them, and copies their content and style
 * sheets into an open root on a `formwarden-axe-mirror` element (fixed positions and inline
 * colours come along), so axe checks the same markup and styles. Returns the number mirrored.
 */
export async function mirrorClosedRoots(page: Page, tags: string[]): Promise<number> {
  const ours = new Set(tags.filter(Boolean).map((t) => t.toUpperCase()));
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.evaluate(() => document.querySelectorAll('formwarden-axe-mirror').forEach((m) => m.remove()));
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    let count = 0;
    for (const node of walk(root)) {
      // FormWarden's hosts have tags made up per frame: the test build's hook names them.
      if (!ours.has(node.nodeName)) continue;
      const shadow = node.shadowRoots?.find((s) => s.shadowRootType === 'closed');
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function (name) {
          const mirror = document.createElement('formwarden-axe-mirror');
          mirror.dataset.of = name;
          const open = mirror.attachShadow({ mode: 'open' });
          const style = document.createElement('style');
          style.textContent = [...this.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n')).join('\\n');
          open.append(style, ...[...this.childNodes].map((n) => n.cloneNode(true)));
          document.body.append(mirror);
        }`,
        arguments: [{ value: node.nodeName.toLowerCase() }],
      });
      count++;
    }
    return count;
  } finally {
    await cdp.detach();
  }
}

export interface AxNode {
  role: string;
  name: string;
  focused: boolean;
  backendDOMNodeId?: number;
}

/** The page's full accessibility tree (closed shadow roots included), as a screen reader gets it. */
export async function axTree(page: Page): Promise<AxNode[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        role?: { value?: string };
        name?: { value?: string };
        properties?: { name: string; value: { value?: unknown } }[];
        backendDOMNodeId?: number;
        ignored?: boolean;
      }[];
    };
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({
        role: String(n.role?.value ?? ''),
        name: String(n.name?.value ?? ''),
        focused: Boolean(n.properties?.find((p) => p.name === 'focused')?.value.value),
        backendDOMNodeId: n.backendDOMNodeId,
      }));
  } finally {
    await cdp.detach();
  }
}

/** The focused element as seen through shadow roots (closed ones through the AX tree's focused node). */
export async function focusedAx(page: Page): Promise<AxNode | undefined> {
  return (await axTree(page)).find((n) => n.focused && n.role !== 'RootWebArea');
}

export interface FocusStop {
  key: string;
  label: string;
  outline: string;
}

/**
 * Presses Tab from the top of the page until focus comes back to a stop already seen (or leaves
 * the page), recording each focused element: a key to compare with the page's focusable elements,
 * its text, and its computed outline (visible focus).
 */
export async function tabWalk(page: Page, max = 80): Promise<FocusStop[]> {
  // Start before everything: a throw-away focus target at the very top, gone after the first Tab.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = '__fw-tab-start';
    document.documentElement.prepend(start);
    start.focus();
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.evaluate(() => document.getElementById('__fw-tab-start')?.remove());
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (el.tagName === 'IFRAME') return 'inside a frame';
      const cs = getComputedStyle(el);
      return {
        key: (window as unknown as { __fwKey: (e: Element) => string }).__fwKey(el),
        label: (el.innerText || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 60),
        outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      };
    });
    if (stop === 'inside a frame') continue;
    if (!stop || stops.some((s) => s.key === stop.key)) break;
    stops.push(stop);
  }
  return stops;
}

/** Installs __fwKey (a stable path for an element) and returns the keys of every visible focusable element, in document order. */
export async function focusables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const key = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement) {
        parts.unshift(`${e.tagName}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
      }
      return parts.join('/');
    };
    (window as unknown as { __fwKey: (e: Element) => string }).__fwKey = key;
    const all = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]'),
    ];
    return all
      .filter((el) => {
        if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) return false;
        if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map(key);
  });
}

/** A focus outline someone can see: the browser's own focus ring, or a line of at least 2 px. */
export function visibleOutline(outline: string): boolean {
  const [style, width] = outline.split(' ');
  return style === 'auto' || (style !== 'none' && parseFloat(width ?? '0') >= 2);
}
