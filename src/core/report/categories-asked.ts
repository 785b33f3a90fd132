// "Which personal data does this form ask for": the categories of a report's fields, each once, in
// the order the form asks them. The popup's consent buttons, the submit guard's ledger record and
// a submission's record all mean this one set.
import type { CategoryId } from '../taxonomy';
import type { Report } from '../types';

export function categoriesAskedBy(report: Pick<Report, 'fields'>): CategoryId[] {
  return [...new Set(report.fields.flatMap((f) => (f.category ? [f.category] : [])))];
}
