// Hidden inputs that arrive pre-filled with location, identity or face data (collection before
// the employee did anything). Split in two because the content script knows the DOM and the
// background knows the categories: the name hints are found where the page is, the classified
// hidden fields are added after classification. The value is never read out.
import { familyOf } from '../taxonomy';
import type { FieldDescriptor, PageFacts, ReportField } from '../types';
import { HIDDEN_COLLECTOR_NAMES } from './lexicon';
import type { PageSurvey } from './survey';

type EarlyCollection = PageFacts['staticEarlyCollection'][number];

/** A pre-filled hidden input found by its name alone (before classification). */
export interface HiddenNameHint {
  selector: string;
  family: string;
}

/** The category-dependent half: hidden inputs the classifier placed, then name hints not already covered. */
export function hiddenFillsResolved(
  hints: readonly HiddenNameHint[],
  descriptors: readonly FieldDescriptor[],
  fields: readonly ReportField[],
): EarlyCollection[] {
  const found: EarlyCollection[] = [];
  const seen = new Set<string>();
  descriptors.forEach((d, i) => {
    const category =
      fields[i]?.selector === d.selector
        ? fields[i]?.category
        : fields.find((f) => f.selector === d.selector)?.category;
    if (!d.hidden || !d.hasValue || !category) return;
    if (!['location', 'identity', 'biometric'].includes(familyOf(category))) return;
    seen.add(d.selector);
    found.push({ kind: 'hidden-fill', evidence: `hidden input ${d.selector} (${category}) is pre-filled` });
  });
  for (const hint of hints) {
    if (seen.has(hint.selector)) continue;
    seen.add(hint.selector);
    found.push({ kind: 'hidden-fill', evidence: `hidden input ${hint.selector} (${hint.family}) is pre-filled` });
  }
  return found;
}

/** The DOM half: pre-filled hidden inputs whose name says location / identity / face. */
export function hiddenNameHints(survey: PageSurvey): HiddenNameHint[] {
  const found: HiddenNameHint[] = [];
  const seen = new Set<string>();
  for (const input of survey.hiddenInputs) {
    const value = input.getAttribute('value');
    if (!value || !value.trim()) continue;
    const key = input.getAttribute('name') || input.getAttribute('id') || '';
    const hint = HIDDEN_COLLECTOR_NAMES.find((h) => h.pattern.test(key));
    if (!hint) continue;
    const selector = survey.selectorOf(input);
    if (seen.has(selector)) continue;
    seen.add(selector);
    found.push({ selector, family: hint.family });
  }
  return found;
}
