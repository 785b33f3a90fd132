// Options shell: three tabs (Policy, My consents, Settings) following the WAI-ARIA tabs pattern.
// The panels belong to their modules; this file only arranges them. `#consents` / `#settings` in
// the URL opens that tab (the popup links to the consents tab).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { PolicyPanel } from '../admin/PolicyPanel';
import { LastFailure } from '../failure/LastFailure';
import { LedgerPanel } from '../ledger/LedgerPanel';
import { currentLocale, makeT } from '../i18n';
import { SettingsPanel } from './settings/SettingsPanel';
import { OPTIONS_STRINGS, type OptionsKey } from './strings';

const TABS: { id: string; label: OptionsKey; Panel: () => unknown }[] = [
  { id: 'policy', label: 'optionsTabPolicy', Panel: PolicyPanel },
  { id: 'consents', label: 'optionsTabConsents', Panel: LedgerPanel },
  { id: 'settings', label: 'optionsTabSettings', Panel: SettingsPanel },
];

function Options() {
  const t = makeT(OPTIONS_STRINGS);
  const initial = Math.max(
    0,
    TABS.findIndex((x) => `#${x.id}` === location.hash),
  );
  const [active, setActive] = useState(initial);
  const select = (i: number) => {
    setActive(i);
    history.replaceState(null, '', `#${TABS[i]!.id}`);
    document.getElementById(`tab-${TABS[i]!.id}`)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight') select((active + 1) % TABS.length);
    else if (e.key === 'ArrowLeft') select((active + TABS.length - 1) % TABS.length);
    else if (e.key === 'Home') select(0);
    else if (e.key === 'End') select(TABS.length - 1);
  };
  const current = TABS[active]!;
  const Panel = current.Panel as () => preact.JSX.Element | null;
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>
        <a href="../preview/preview.html" data-testid="preview-link">
          {t('optionsPreviewLink')}
        </a>
      </p>
      <LastFailure locale={locale} />
      <div role="tablist" aria-label={t('optionsTitle')} onKeyDown={onKey}>
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            role="tab"
            type="button"
            aria-selected={i === active}
            aria-controls={`panel-${tab.id}`}
            tabIndex={i === active ? 0 : -1}
            onClick={() => select(i)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <section id={`panel-${current.id}`} role="tabpanel" aria-labelledby={`tab-${current.id}`} tabIndex={0}>
        <Panel />
      </section>
    </main>
  );
}

const locale = currentLocale();
document.documentElement.lang = locale;
render(<Options />, document.getElementById('app')!);
