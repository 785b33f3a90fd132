// The consent list's filters: site, purpose, category, state.
import type { CategoryId } from '../../core/taxonomy';
import type { Locale } from '../../core/types';
import type { LedgerFilter } from '../../db';
import { categoryLabel } from './format';
import type { LedgerKey, LedgerT } from './strings';
import type { LedgerSummary } from './useLedgerSummary';

const STATES = ['granted', 'refused', 'revoked', 'expired'] as const;

export function LedgerFilters({
  filter,
  refine,
  choices,
  locale,
  t,
}: {
  filter: LedgerFilter;
  refine: (patch: Partial<LedgerFilter>) => void;
  choices: LedgerSummary['choices'];
  locale: Locale;
  t: LedgerT;
}) {
  return (
    <div class="filters" role="search">
      <label>
        {t('filterSite')}
        <input
          type="search"
          name="site"
          value={filter.site ?? ''}
          placeholder={t('filterSitePlaceholder')}
          onInput={(e) => refine({ site: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        {t('filterPurpose')}
        <select
          name="purpose"
          value={filter.purposeId ?? ''}
          onChange={(e) => refine({ purposeId: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('all')}</option>
          {choices.purposes.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterCategory')}
        <select
          name="category"
          value={filter.category ?? ''}
          onChange={(e) =>
            refine({ category: ((e.target as HTMLSelectElement).value || undefined) as CategoryId | undefined })
          }
        >
          <option value="">{t('all')}</option>
          {choices.categories.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterState')}
        <select
          name="state"
          value={filter.state ?? ''}
          onChange={(e) =>
            refine({ state: ((e.target as HTMLSelectElement).value || undefined) as LedgerFilter['state'] })
          }
        >
          <option value="">{t('all')}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t(`state_${s}` as LedgerKey)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
