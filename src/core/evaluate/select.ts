// Small selections over personal fields shared by several checks.
import type { CategoryId } from '../taxonomy';
import type { PersonalField } from './context';

export function selectorsOf(fields: readonly PersonalField[]): string[] {
  return [...new Set(fields.map((f) => f.selector))];
}

/** Distinct categories in document order. */
export function categoriesOf(fields: readonly PersonalField[]): CategoryId[] {
  return [...new Set(fields.map((f) => f.category))];
}

/** Group in first-seen order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function daysBetween(earlier: number, later: number): number {
  return Math.max(0, Math.floor((later - earlier) / DAY_MS));
}

/** `at` lies less than `days` whole days before `now` (a daily form filled at the same hour is not a repeat). */
export function withinDays(at: number, now: number, days: number): boolean {
  return at <= now && now - at < days * DAY_MS;
}
