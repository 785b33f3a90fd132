// One record of the consent list: when, site, purpose, data, state, and what can be done with it
// (view or download its receipt, withdraw a consent), with the withdrawal's confirmation below it.
import type { Locale } from '../../core/types';
import { isPastRetention, type DecisionRecord } from '../../db';
import { downloadText } from '../download';
import { categoryList, formatDate, formatDateTime } from './format';
import type { LedgerKey, LedgerT } from './strings';

/** The time encoded in a time-sortable id (src/db/ids.ts), or null for ids from elsewhere. */
function grantTime(id: string): number | null {
  const m = /^d-([0-9a-z]{9})-/.exec(id);
  return m ? Number.parseInt(m[1]!, 36) : null;
}

function RevokeBox({
  record,
  t,
  onConfirm,
  onCancel,
}: {
  record: DecisionRecord;
  t: LedgerT;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="revoke-box" role="group" aria-labelledby={`revoke-h-${record.id}`}>
      <p id={`revoke-h-${record.id}`}>
        <strong>{t('revokeTitle')}</strong>
      </p>
      <p>{t('revokeExplain')}</p>
      <p data-testid="revoke-contact">
        {record.noticeContact
          ? t('revokeContact', { contact: record.noticeContact })
          : record.noticeLinks.length
            ? t('revokeNoticeLinks', { links: record.noticeLinks.join(' ') })
            : t('revokeNoContact')}
      </p>
      <button type="button" class="primary" onClick={onConfirm}>
        {t('revokeConfirm')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

export function LedgerRow(props: {
  record: DecisionRecord;
  now: number;
  locale: Locale;
  t: LedgerT;
  receiptOpen: boolean;
  revoking: boolean;
  onToggleReceipt: () => void;
  onAskRevoke: () => void;
  onRevoke: () => void;
  onCancelRevoke: () => void;
}) {
  const { record: d, now, locale, t } = props;
  const expired = isPastRetention(d, now);
  return (
    <>
      <tr data-id={d.id} data-state={d.state} data-expired={expired || undefined}>
        <td>
          {formatDateTime(d.at, locale)}
          <span class="ledger-meta"> · {t(`via_${d.collectionMethod}` as LedgerKey)}</span>
        </td>
        <td>{d.origin}</td>
        <td>
          {d.purposeLabel}
          <span class="ledger-meta"> · {t('policyVersion', { id: d.policyId, version: d.policyVersion })}</span>
        </td>
        <td>{categoryList(d.categories, locale)}</td>
        <td>
          <span class="state" data-state={d.state}>
            {t(`state_${d.state}` as LedgerKey)}
          </span>
          {d.revokedAt !== null && (
            <span class="ledger-meta"> · {t('revokedOn', { date: formatDate(d.revokedAt, locale) })}</span>
          )}
          {d.state === 'revoked' && d.revokes && grantTime(d.revokes) !== null && (
            <span class="ledger-meta"> · {t('revokesGrant', { date: formatDate(grantTime(d.revokes)!, locale) })}</span>
          )}
          {expired && (
            <span class="expired" data-testid="past-retention">
              {t('pastRetention', { date: formatDate(d.expiresAt!, locale) })}
            </span>
          )}
          {!expired && d.state === 'granted' && d.expiresAt !== null && (
            <span class="ledger-meta"> · {t('expiresOn', { date: formatDate(d.expiresAt, locale) })}</span>
          )}
        </td>
        <td class="actions">
          {d.receipt && (
            <>
              <button type="button" aria-expanded={props.receiptOpen} onClick={props.onToggleReceipt}>
                {t(props.receiptOpen ? 'hideReceipt' : 'viewReceipt')}
              </button>{' '}
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    `consent-receipt-${d.receiptId}.json`,
                    JSON.stringify(d.receipt, null, 2),
                    'application/json',
                  )
                }
              >
                {t('downloadReceipt')}
              </button>{' '}
            </>
          )}
          {d.state === 'granted' && d.revokedAt === null && (
            <button type="button" class="revoke" onClick={props.onAskRevoke}>
              {t('revoke')}
            </button>
          )}
        </td>
      </tr>
      {(props.receiptOpen || props.revoking) && (
        <tr class="detail">
          <td colSpan={6}>
            {props.revoking && (
              <RevokeBox record={d} t={t} onConfirm={props.onRevoke} onCancel={props.onCancelRevoke} />
            )}
            {props.receiptOpen && d.receipt && (
              <pre data-testid="receipt-json">{JSON.stringify(d.receipt, null, 2)}</pre>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
