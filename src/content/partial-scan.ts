// Incremental rescans of added subtrees: questions only (extract → classify). The page-wide notice
// and page facts come from full scans, which on large pages cost far more than a frame (the notice
// analysis walks every text block: ~150 ms on 50,000 nodes), so they are not redone per subtree.
// The field mapping mirrors scanRoot's in src/core/scan.ts (the core does not export it).
import { classifyField } from '../core/classify';
import { currentValue, extractFields } from '../core/extract';
import { isSensitive } from '../core/taxonomy';
import type { FieldDescriptor, ReportField } from '../core/types';

export interface PartialScan { fields: ReportField[]; descriptors: FieldDescriptor[] }

export function scanSubtrees(roots: (Element | ShadowRoot)[], maxFields: number, root: Document = document): PartialScan {
  const { descriptors, elements } = extractFields(root, { within: roots, maxFields });
  const fields = descriptors.map((d, i): ReportField => {
    // A pre-filled value is checked in memory by the validators and dropped; it is never kept.
    const c = d.hasValue && !d.checked ? classifyField(d, currentValue(elements[i]!)) : classifyField(d);
    return { id: d.id, name: d.name, selector: d.selector, tag: d.tag, type: d.type, label: d.label, category: c.category, sensitive: isSensitive(c.category), confidence: c.confidence, evidence: c.evidence };
  });
  return { fields, descriptors };
}
