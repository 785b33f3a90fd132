// A frame's collected scan as the content script sends it. A question inside nested shadow roots is
// named by a piercing selector (`host >>> host >>> field`, core/dom/selector.ts) that repeats its
// hosts' whole chain: 300 nested roots made 600 selectors of 2 MB (twice over, with the group
// selectors), and the browser's conversion of that message held the page's main thread for
// 55–100 ms. Each chain of hosts is sent once, as [its parent chain, its last host]; the
// background rebuilds the selectors. The report keeps the full selectors (report.md).
import type { CollectedScan } from '../core/collect';
import { SHADOW_PIERCE as PIERCE } from '../core/dom/resolve-selector';
import type { FieldDescriptor } from '../core/types';

/** A selector, or [a chain of hosts in `chains`, what follows it]. */
type PackedSelector = string | [chain: number, rest: string];

export type PackedScan = Omit<CollectedScan, 'descriptors'> & {
  descriptors: (Omit<FieldDescriptor, 'selector' | 'groupSelectors'> & {
    selector: PackedSelector;
    groupSelectors: PackedSelector[];
  })[];
  /** [parent chain (-1: none), host selector]; a parent always comes before its children. */
  chains: [parent: number, host: string][];
};

/** The content script's half: each host chain once. */
export function packScan(scan: CollectedScan): PackedScan {
  const chains: [number, string][] = [];
  /** Chain ids by the text of the chain (a selector's hosts, a prefix of another's). */
  const ids = new Map<string, number>();
  // Walks back from the chain to the longest one already sent, then adds what is missing: each
  // selector costs one look-up in the common case, and no recursion, however deep the nesting.
  const chainOf = (hosts: string): number => {
    const missing: string[] = [];
    let id: number | undefined;
    for (let rest = hosts; (id = ids.get(rest)) === undefined;) {
      missing.push(rest);
      const cut = rest.lastIndexOf(PIERCE);
      if (cut < 0) break;
      rest = rest.slice(0, cut);
    }
    id ??= -1;
    for (let i = missing.length - 1; i >= 0; i--) {
      const chain = missing[i]!;
      const cut = chain.lastIndexOf(PIERCE);
      ids.set(chain, (id = chains.push([id, cut < 0 ? chain : chain.slice(cut + PIERCE.length)]) - 1));
    }
    return id;
  };
  const pack = (selector: string): PackedSelector => {
    const cut = selector.lastIndexOf(PIERCE);
    return cut < 0 ? selector : [chainOf(selector.slice(0, cut)), selector.slice(cut + PIERCE.length)];
  };
  return {
    ...scan,
    descriptors: scan.descriptors.map((d) => ({
      ...d,
      selector: pack(d.selector),
      groupSelectors: d.groupSelectors.map(pack),
    })),
    chains,
  };
}

/**
 * Most selector text one scan may rebuild. The message comes from a page's renderer: a small table
 * of deep chains, each named by many selectors, would otherwise rebuild into hundreds of megabytes
 * (measured in review: 1 MB sent, 432 MB as JSON) and take the background down with it.
 * 600 questions 300 roots deep, the hostile page, rebuild to ~4 MB.
 */
const MAX_SELECTOR_TEXT = 16_000_000;

/**
 * The background's half. A chain that does not point to an earlier one, a selector naming no
 * chain, or more selector text than MAX_SELECTOR_TEXT throws (the tab's badge shows the failure).
 */
export function unpackScan({ chains, descriptors, ...scan }: PackedScan): CollectedScan {
  // Parents come first, so each chain is its parent's text and one host. Joined strings are not
  // copied (V8 keeps the parts) until used: only the selectors returned, which the budget bounds.
  const full: string[] = [];
  chains.forEach(([parent, host], i) => {
    if (!Number.isInteger(parent) || parent >= i || parent < -1 || typeof host !== 'string')
      throw new Error(`malformed scan: host chain ${i}`);
    full.push(parent < 0 ? host : full[parent] + PIERCE + host);
  });
  let budget = MAX_SELECTOR_TEXT;
  const unpack = (selector: PackedSelector): string => {
    let text: string;
    if (typeof selector === 'string') text = selector;
    else {
      const [chain, rest] = selector;
      if (!Number.isInteger(chain) || chain < 0 || chain >= full.length || typeof rest !== 'string')
        throw new Error('malformed scan: selector');
      text = full[chain] + PIERCE + rest;
    }
    if ((budget -= text.length) < 0) throw new Error('scan too large: more than 16 MB of selectors');
    return text;
  };
  return {
    ...scan,
    descriptors: descriptors.map((d) => ({
      ...d,
      selector: unpack(d.selector),
      groupSelectors: d.groupSelectors.map(unpack),
    })),
  };
}
