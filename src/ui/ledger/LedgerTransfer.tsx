// Export the ledger as JSON or CSV (read here, from this page's own connection), import a JSON
// export (written by the service worker).
import { decisionsToCsv, exportLedger, type Ledger } from '../../db';
import { ask } from '../ask';
import { downloadText } from '../download';
import type { LedgerT } from './strings';
import type { Written } from './useLedgerWrites';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function LedgerTransfer({
  ledger,
  t,
  written,
  say,
  refresh,
}: {
  ledger: Ledger;
  t: LedgerT;
  written: Written;
  say: (message: string) => void;
  refresh: () => void;
}) {
  const exportAs = async (kind: 'json' | 'csv') => {
    const data = await exportLedger(await ledger.database());
    if (kind === 'json')
      downloadText(`formwarden-consents-${today()}.json`, JSON.stringify(data, null, 2), 'application/json');
    else
      downloadText(
        `formwarden-consents-${today()}.csv`,
        decisionsToCsv(data.decisions, data.submissions),
        'text/csv;charset=utf-8',
      );
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const reply = await ask({ type: 'ledger/import', data: JSON.parse(await file.text()) });
      written(reply);
      const r = reply.result;
      if (!r) return;
      say(
        r.invalid.length === 1 && r.invalid[0]!.index === -1
          ? t('importFailed', { reason: r.invalid[0]!.reason })
          : t('imported', { added: r.added, skipped: r.skipped, invalid: r.invalid.length }),
      );
    } catch (e) {
      say(t('importFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
    refresh();
  };

  return (
    <div class="toolbar">
      <button type="button" onClick={() => void exportAs('json')}>
        {t('exportJson')}
      </button>
      <button type="button" onClick={() => void exportAs('csv')}>
        {t('exportCsv')}
      </button>
      <label>
        {t('importJson')}{' '}
        <input
          type="file"
          name="import"
          accept="application/json,.json"
          onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])}
        />
      </label>
    </div>
  );
}
