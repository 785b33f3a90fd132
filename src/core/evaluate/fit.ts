// How one category fits a purpose. This is the heart of purpose limitation vs. minimal necessity
// (policy.md): a family the purpose does not allow at all is a purpose-limitation problem; an
// allowed family asked too specifically or too precisely is a minimal-necessity problem.
import { familyOf, type CategoryId } from '../taxonomy';
import type { Granularity, Purpose } from '../types';

export type Fit = 'allowed' | 'family-not-allowed' | 'category-not-needed' | 'too-precise';

/** Location categories that are steps on one scale of precision: city < address < precise. */
const GRANULARITY_OF: Partial<Record<CategoryId, Granularity>> = {
  'location.city': 'city',
  'location.address': 'address',
  'location.precise': 'precise',
};
const RANK: Record<Granularity, number> = { city: 0, address: 1, precise: 2 };

export function granularityOf(category: CategoryId): Granularity | null {
  return GRANULARITY_OF[category] ?? null;
}

/** The finest location the purpose accepts: its maxGranularity, else the finest allowed step. */
export function maxLocationGranularity(purpose: Purpose): Granularity | null {
  if (purpose.maxGranularity?.location) return purpose.maxGranularity.location;
  let finest: Granularity | null = null;
  for (const category of purpose.allow) {
    const g = granularityOf(category);
    if (g && (finest === null || RANK[g] > RANK[finest])) finest = g;
  }
  return finest;
}

export function fitOf(category: CategoryId, purpose: Purpose): Fit {
  const family = familyOf(category);
  if (!purpose.allow.some((allowed) => familyOf(allowed) === family)) return 'family-not-allowed';
  const granularity = granularityOf(category);
  if (granularity) {
    const max = maxLocationGranularity(purpose);
    // A coarser location than the purpose accepts is less data, never a problem.
    if (max !== null && RANK[granularity] > RANK[max]) return 'too-precise';
    if (max !== null && RANK[granularity] <= RANK[max]) return 'allowed';
  }
  return purpose.allow.includes(category) ? 'allowed' : 'category-not-needed';
}
