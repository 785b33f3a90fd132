// STUB — replaced by the classification module (owner: classify).
import type { Classification, FieldDescriptor } from '../types';

/** Map one question to a taxonomy category. `value`, when given, is checked in memory and dropped. */
export function classifyField(_descriptor: FieldDescriptor, _value?: string): Classification {
  return { category: null, confidence: 0, evidence: [] };
}
