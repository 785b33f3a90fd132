// How the popup splits a form's categories into consent questions (pure, tested in Node).
import { isSensitive, type CategoryId } from '../../core/taxonomy';

export interface Group {
  key: string;
  categories: CategoryId[];
  sensitive: boolean;
}

/** Separate consent (PIPL Art. 29): one group per sensitive category, the rest together. */
export function consentGroups(categories: CategoryId[], separate: boolean): Group[] {
  if (!separate) return categories.length ? [{ key: 'all', categories, sensitive: categories.some(isSensitive) }] : [];
  const sensitive = categories.filter(isSensitive);
  const other = categories.filter((c) => !isSensitive(c));
  return [
    ...sensitive.map((c) => ({ key: c, categories: [c], sensitive: true })),
    ...(other.length ? [{ key: 'other', categories: other, sensitive: false }] : []),
  ];
}
