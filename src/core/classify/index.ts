// classifyField: one question → a taxonomy category (or null), a confidence and the evidence.
// Signals (evidence.ts) → scores (scoring.ts) → the few rules that depend on the kind of
// control, below. The optional value is checked by the validators in memory and dropped: only
// the validator's name ("validator:cn-id") can appear in the result.
import { familyOf } from '../taxonomy';
import type { CategoryId } from '../taxonomy';
import type { Classification, FieldDescriptor } from '../types';
import { collectEvidence } from './evidence';
import { rank } from './scoring';
import { DECISION_THRESHOLD } from './trust';

const MAX_EVIDENCE = 8;

/**
 * What an uploaded file can be: documents, photos and screenshots. A file input whose question
 * only mentions a name or a phone number is not collecting that (it is a form's attachment).
 */
const FILE_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'identity.id_number',
  'identity.employee_id',
  'location.address',
  'location.travel',
  'health.diagnosis',
  'health.vaccination',
  'health.medical_history',
  'health.contact',
  'health.family',
  'health.code',
  'biometric.face',
  'financial.account',
]);

/** What a single checkbox can say about the person: a yes/no health or travel answer. */
function boxCanAnswer(category: CategoryId): boolean {
  return familyOf(category) === 'health' || category === 'location.travel';
}

function unique(list: string[]): string[] {
  return [...new Set(list)].slice(0, MAX_EVIDENCE);
}

/** Hidden inputs are reported only as location (always precise: a script filled them) or identity collectors. */
function hiddenCategory(category: CategoryId): CategoryId | null {
  const family = familyOf(category);
  if (family === 'location') return 'location.precise';
  if (family === 'identity' || family === 'biometric') return category;
  return null;
}

/** Map one question to a taxonomy category. `value`, when given, is checked in memory and dropped. */
export function classifyField(descriptor: FieldDescriptor, value?: string): Classification {
  const evidence = collectEvidence(descriptor, value);
  const { ranked, fired } = rank(evidence);
  const negatives = fired.map((b) => b.evidence);
  const type = (descriptor.type ?? '').toLowerCase();
  // A file input collects a document or a photo: the strongest category a file can be wins
  // ("姓名及身份证照片" → the ID photo), and one a file cannot be (a phone number) is dropped.
  // A single on/off box holds no name, number or address: "Save this shipping address",
  // "Send me offers by email". It can answer a yes/no health or travel question ("Fever").
  const singleBox = type === 'checkbox' && descriptor.groupSelectors.length <= 1;
  const candidates =
    type === 'file'
      ? ranked.filter((r) => FILE_CATEGORIES.has(r.category))
      : singleBox
        ? ranked.filter((r) => boxCanAnswer(r.category))
        : ranked;
  const best = candidates[0];
  // A null answer says which non-personal context was seen, even if no keyword needed blocking.
  if (!best || best.score < DECISION_THRESHOLD) {
    const notes = type === 'file' && ranked[0] && ranked[0].score >= DECISION_THRESHOLD ? ['type:file'] : [];
    return { category: null, confidence: 0, evidence: unique([...notes, ...evidence.blocks.map((b) => b.evidence)]) };
  }

  let category: CategoryId | null = best.category;
  const notes: string[] = [];

  if (type === 'hidden') {
    category = hiddenCategory(category);
    if (category !== best.category) notes.push('type:hidden');
  }
  if (category === null) return { category: null, confidence: 0, evidence: unique([...notes, ...negatives]) };

  // A health question about relatives or housemates is about their health (taxonomy).
  if (familyOf(category) === 'health' && category !== 'health.family' && evidence.family.length) {
    category = 'health.family';
    notes.push(evidence.family[0]!);
  }

  return {
    category,
    confidence: Math.round(best.score * 100) / 100,
    evidence: unique([...best.hits.map((h) => h.evidence), ...notes, ...negatives]),
  };
}
