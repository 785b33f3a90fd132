// "The ledger is not being written" — shown by both panels whenever writes wait in memory.
import type { LedgerStatus } from '../../db';
import type { LedgerKey, LedgerT } from './strings';

export function LedgerStatusBanner({
  status,
  t,
  onRetry,
}: {
  status: LedgerStatus | null;
  t: LedgerT;
  onRetry?: () => void;
}) {
  if (!status || (status.writable && !status.error) || (!status.error && status.pending === 0)) return null;
  const reason = status.error ? t(`err_${status.error.kind}` as LedgerKey) : t('err_write-failed');
  return (
    <div class="ledger-status" role="alert" data-ledger-error={status.error?.kind ?? 'pending'}>
      <p>{t('notWritten', { reason, n: status.pending })}</p>
      {status.error && <p class="ledger-meta">{status.error.message}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
