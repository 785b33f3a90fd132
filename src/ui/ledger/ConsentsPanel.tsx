// Options page tab "My consents": search and filter by site, purpose, category and state; view and
// download receipts; withdraw a consent; records past their retention flagged; self-pruning
// setting; export JSON / CSV, import JSON; delete everything. The list is paginated over index
// queries (src/db/query.ts) so 100,000 records open and filter in well under 200 ms.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '../ask';
import { CATEGORY_IDS, type CategoryId } from '../../core/taxonomy';
import type { Locale } from '../../core/types';
import {
  decisionsToCsv,
  exportLedger,
  filterChoices,
  isPastRetention,
  loadDecisionPage,
  queryDecisionIds,
  type DecisionRecord,
  type Ledger,
  type LedgerFilter,
  type LedgerQueryResult,
  type LedgerStatus,
} from '../../db';
import { currentLocale, makeT } from '../i18n';
import { downloadText } from '../download';
import { categoryLabel, categoryList, formatDate, formatDateTime } from './format';
import { LedgerStatusBanner } from './LedgerStatusBanner';
import { optionsLedger } from './options-ledger';
import { LEDGER_STRINGS, type LedgerKey } from './strings';
import './ledger.css';

const PAGE_SIZE = 50;
const PRUNE_CHOICES = [null, 30, 90, 180, 365, 730] as const;
type T = (key: LedgerKey, subs?: Record<string, string | number>) => string;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

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
  t: T;
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

function Row(props: {
  record: DecisionRecord;
  now: number;
  locale: Locale;
  t: T;
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

export function ConsentsPanel({ ledger: given, locale = currentLocale() }: { ledger?: Ledger; locale?: Locale } = {}) {
  const ledger = given ?? optionsLedger();
  const t = makeT(LEDGER_STRINGS, locale);
  const mountedAt = useRef(performance.now());
  const [filter, setFilter] = useState<LedgerFilter>({});
  const [result, setResult] = useState<LedgerQueryResult | null>(null);
  const [offset, setOffset] = useState(0);
  const [rows, setRows] = useState<DecisionRecord[]>([]);
  // openMs: panel mount → first page shown; readyAt: navigation start → first page (both for the benchmark).
  const [timing, setTiming] = useState<{ openMs?: number; readyAt?: number; queryMs?: number; done?: number }>({});
  const [choices, setChoices] = useState<{ purposes: string[]; categories: CategoryId[] }>({
    purposes: [],
    categories: [],
  });
  const [status, setStatus] = useState<LedgerStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [receiptOpen, setReceiptOpen] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [pruneDays, setPruneDays] = useState<number | null>(null);
  const [submissions, setSubmissions] = useState(0);
  const [allDecisions, setAllDecisions] = useState(0);
  const [version, setVersion] = useState(0); // bumped after every write to re-query
  const querySeq = useRef(0);
  const [now] = useState(() => Date.now());

  // When the ledger becomes writable again (unblocked, quota freed), list what it now holds.
  const wasWritable = useRef(true);
  useEffect(
    () =>
      ledger.onStatus((s) => {
        setStatus(s);
        if (s.writable && !wasWritable.current) setVersion((v) => v + 1);
        wasWritable.current = s.writable;
      }),
    [ledger],
  );

  // The service worker writes every record: its ledger is the one that may not be writing, so its
  // status is shown beside this page's (which only reads).
  const [workerStatus, setWorkerStatus] = useState<LedgerStatus | null>(null);
  useEffect(() => {
    const askStatus = () =>
      void ask({ type: 'ledger/status' })
        .then((s) => setWorkerStatus(s ?? null))
        .catch(() => undefined);
    askStatus();
    const timer = setInterval(askStatus, 5000);
    return () => clearInterval(timer);
  }, []);

  // Settings, filter choices and counts: once, and after writes.
  useEffect(() => {
    void (async () => {
      try {
        const db = await ledger.database();
        // No decisions.count(): Chromium counts by walking the store; the summary knows the size.
        const [c, p, s] = await Promise.all([filterChoices(db), ledger.getPruneAfterDays(), db.submissions.count()]);
        setAllDecisions(c.total);
        setChoices({ purposes: c.purposes, categories: c.categories.filter((x) => CATEGORY_IDS.includes(x)) });
        setPruneDays(p);
        setSubmissions(s);
      } catch {
        // the status banner says why
      }
      setStatus(ledger.status());
    })();
  }, [ledger, version]);

  // The list: query ids on filter change, then read one page.
  useEffect(() => {
    const seq = ++querySeq.current;
    void (async () => {
      const started = performance.now();
      try {
        const db = await ledger.database();
        const found = await queryDecisionIds(db, filter, now);
        const page = await loadDecisionPage(db, found, 0, PAGE_SIZE);
        if (seq !== querySeq.current) return;
        setResult(found);
        setOffset(0);
        setRows(page);
        const queryMs = performance.now() - started;
        setTiming((tm) => ({
          openMs: tm.openMs ?? performance.now() - mountedAt.current,
          readyAt: tm.readyAt ?? performance.now(),
          queryMs,
          done: (tm.done ?? 0) + 1,
        }));
      } catch {
        if (seq === querySeq.current) setResult({ ids: [], total: 0, tookMs: 0 });
      }
      setStatus(ledger.status());
    })();
  }, [ledger, filter, version, now]);

  const goTo = async (next: number) => {
    if (!result) return;
    const db = await ledger.database();
    setRows(await loadDecisionPage(db, result, next, PAGE_SIZE));
    setOffset(next);
  };

  const refresh = () => setVersion((v) => v + 1);

  // Every write goes to the service worker, the ledger's one writer; this page only reads.
  const written = (reply: { ok: boolean; error?: string; status: LedgerStatus }) => {
    setWorkerStatus(reply.status);
    if (!reply.ok && reply.error) setMessage(t('writeFailed', { reason: reply.error }));
    refresh();
    return reply.ok;
  };

  const revoke = async (id: string) => {
    written(await ask({ type: 'ledger/revoke', id }));
    setRevoking(null);
  };

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
      setMessage(
        r.invalid.length === 1 && r.invalid[0]!.index === -1
          ? t('importFailed', { reason: r.invalid[0]!.reason })
          : t('imported', { added: r.added, skipped: r.skipped, invalid: r.invalid.length }),
      );
    } catch (e) {
      setMessage(t('importFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
    refresh();
  };

  const deleteEverything = async () => {
    const reply = await ask({ type: 'ledger/delete-everything' });
    written(reply);
    setConfirmDelete(false);
    if (reply.ok) setMessage(t(reply.written ? 'deleted' : 'deletePending'));
  };

  const changePrune = async (value: string) => {
    const days = value === '' ? null : Number(value);
    setPruneDays(days);
    written(await ask({ type: 'ledger/set-prune-after-days', days }));
  };

  const set = (patch: Partial<LedgerFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const total = result?.total ?? 0;
  const noFilter = !filter.site && !filter.purposeId && !filter.category && !filter.state;

  return (
    <div class="ledger-consents" data-testid="consents-panel">
      <h2>{t('title')}</h2>
      <p class="ledger-meta">{t('intro')}</p>
      <LedgerStatusBanner status={status} t={t} onRetry={() => void ledger.retryNow().then(setStatus)} />
      <LedgerStatusBanner
        status={workerStatus}
        t={t}
        onRetry={() =>
          void ask({ type: 'ledger/retry' })
            .then(setWorkerStatus)
            .catch(() => undefined)
        }
      />

      <div class="filters" role="search">
        <label>
          {t('filterSite')}
          <input
            type="search"
            name="site"
            value={filter.site ?? ''}
            placeholder={t('filterSitePlaceholder')}
            onInput={(e) => set({ site: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t('filterPurpose')}
          <select
            name="purpose"
            value={filter.purposeId ?? ''}
            onChange={(e) => set({ purposeId: (e.target as HTMLSelectElement).value || undefined })}
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
              set({ category: ((e.target as HTMLSelectElement).value || undefined) as CategoryId | undefined })
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
              set({ state: ((e.target as HTMLSelectElement).value || undefined) as LedgerFilter['state'] })
            }
          >
            <option value="">{t('all')}</option>
            {(['granted', 'refused', 'revoked', 'expired'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`state_${s}` as LedgerKey)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div
        class="ledger-list"
        aria-busy={result === null}
        data-testid="ledger-list"
        data-total={result?.total ?? ''}
        data-open-ms={timing.openMs?.toFixed(1) ?? ''}
        data-ready-at={timing.readyAt?.toFixed(1) ?? ''}
        data-query-ms={timing.queryMs?.toFixed(1) ?? ''}
        data-queries={timing.done ?? 0}
      >
        {result === null ? (
          <p role="status">{t('loading')}</p>
        ) : total === 0 ? (
          <p role="status">{noFilter ? t('empty') : t('noMatch')}</p>
        ) : (
          <>
            <p class="ledger-meta" role="status">
              {t('showing', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), n: total })}
              {timing.queryMs !== undefined && ` · ${t('foundIn', { ms: Math.round(timing.queryMs) })}`}
            </p>
            <table>
              <thead>
                <tr>
                  <th>{t('colWhen')}</th>
                  <th>{t('colSite')}</th>
                  <th>{t('colPurpose')}</th>
                  <th>{t('colData')}</th>
                  <th>{t('colState')}</th>
                  <th>{t('colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <Row
                    key={d.id}
                    record={d}
                    now={now}
                    locale={locale}
                    t={t}
                    receiptOpen={receiptOpen === d.id}
                    revoking={revoking === d.id}
                    onToggleReceipt={() => setReceiptOpen((o) => (o === d.id ? null : d.id))}
                    onAskRevoke={() => setRevoking(d.id)}
                    onRevoke={() => void revoke(d.id)}
                    onCancelRevoke={() => setRevoking(null)}
                  />
                ))}
              </tbody>
            </table>
            {total > PAGE_SIZE && (
              <nav
                class="pager"
                aria-label={t('showing', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), n: total })}
              >
                <button
                  type="button"
                  disabled={offset === 0}
                  onClick={() => void goTo(Math.max(0, offset - PAGE_SIZE))}
                >
                  {t('prev')}
                </button>
                <button
                  type="button"
                  disabled={offset + PAGE_SIZE >= total}
                  onClick={() => void goTo(offset + PAGE_SIZE)}
                >
                  {t('next')}
                </button>
              </nav>
            )}
          </>
        )}
      </div>
      <p class="ledger-meta">{t('submissions', { n: submissions })}</p>

      {message && (
        <p class="notice" role="status" data-testid="ledger-message">
          {message}
        </p>
      )}
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
      <div class="toolbar">
        <label>
          {t('pruneLabel')}{' '}
          <select
            name="prune"
            value={pruneDays === null ? '' : String(pruneDays)}
            onChange={(e) => void changePrune((e.target as HTMLSelectElement).value)}
          >
            {PRUNE_CHOICES.map((d) => (
              <option key={String(d)} value={d === null ? '' : String(d)}>
                {d === null ? t('pruneNever') : t('pruneDays', { n: d })}
              </option>
            ))}
          </select>
        </label>
        <span class="ledger-meta">{t('pruneHelp')}</span>
      </div>
      <div class="toolbar">
        {confirmDelete ? (
          <div class="danger-box" role="group">
            <p>{t('deleteConfirm', { n: allDecisions + submissions })}</p>
            <button type="button" class="primary" onClick={() => void deleteEverything()}>
              {t('deleteYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmDelete(true)}>
            {t('deleteAll')}
          </button>
        )}
      </div>
    </div>
  );
}
