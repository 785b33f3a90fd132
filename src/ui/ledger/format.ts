// Small display helpers shared by the two ledger panels.
import { categoryInfo, isCategoryId } from '../../core/taxonomy';
import type { Locale } from '../../core/types';

export function categoryLabel(id: string, locale: Locale): string {
  return isCategoryId(id) ? categoryInfo(id).label[locale] : id;
}

export function categoryList(ids: readonly string[], locale: Locale): string {
  return ids.map((c) => categoryLabel(c, locale)).join(locale === 'en' ? ', ' : '、');
}

export function formatDate(ms: number, locale: Locale): string {
  return new Date(ms).toLocaleDateString(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
}

export function formatDateTime(ms: number, locale: Locale): string {
  return new Date(ms).toLocaleString(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}
