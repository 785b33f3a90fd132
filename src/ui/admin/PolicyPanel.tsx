// Options page tab "Policy": which policy is in force, from where, what it allows, and the last
// rejected policy with its exact errors. Admins read it to check a push; local users load files.
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../ask';
import { categoryInfo, isCategoryId } from '../../core/taxonomy';
import type { Locale, Policy } from '../../core/types';
import type { PolicyOutcome, PolicyStatus } from '../../background/policy-layers';
import type { ValidationIssue } from '../../core/policy';
import { currentLocale, makeT } from '../i18n';
import { STRINGS } from './strings';
import './policy-panel.css';

const locale: Locale = currentLocale();
const t = makeT(STRINGS, locale);

export function PolicyPanel() {
  const [status, setStatus] = useState<PolicyStatus | null>(null);
  const [notice, setNotice] = useState<{
    ok: boolean;
    errors?: ValidationIssue[];
    warnings?: ValidationIssue[];
  } | null>(null);

  const refresh = () => ask({ type: 'policy/get-status' }).then(setStatus);
  useEffect(() => {
    void refresh();
    // The background re-reads managed storage on change; poll lightly so this page follows it.
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, []);

  if (!status) return <p>{t('loading')}</p>;

  async function loadFile(file: File) {
    const text = await file.text();
    const result = await ask({ type: 'policy/load-local', text, fileName: file.name });
    setNotice(result);
    void refresh();
  }

  return (
    <section aria-labelledby="policy-title" class="policy-panel">
      <h2 id="policy-title">{t('inForce')}</h2>
      <PolicySummary policy={status.policy} source={status.source} />
      {status.locked ? (
        <p class="locked" role="note" data-testid="policy-locked">
          {t('lockedExplain')}
        </p>
      ) : (
        <LocalControls
          onFile={loadFile}
          onPreset={async (preset) => {
            await ask({ type: 'policy/use-preset', preset });
            setNotice(null);
            void refresh();
          }}
          onClear={async () => {
            await ask({ type: 'policy/clear-local' });
            setNotice(null);
            void refresh();
          }}
        />
      )}
      {notice &&
        (notice.ok ? (
          <p role="status" class="ok">
            {t('loaded')}
          </p>
        ) : (
          <IssueList title={t('rejectedTitle')} explain={t('rejectedExplain')} issues={notice.errors ?? []} />
        ))}
      {notice?.warnings && notice.warnings.length > 0 && <IssueList title={t('warnings')} issues={notice.warnings} />}
      {status.managed.rejected && (
        <RejectedManaged
          outcome={status.managed.rejected}
          inForceLabel={`${status.policy.id} ${status.policy.version}`}
        />
      )}
      <PolicyDetails policy={status.policy} />
      <History outcomes={status.outcomes} />
      <button type="button" onClick={async () => setStatus(await ask({ type: 'policy/refresh-managed' }))}>
        {t('refresh')}
      </button>
    </section>
  );
}

function PolicySummary({ policy, source }: { policy: Policy; source: PolicyStatus['source'] }) {
  return (
    <dl class="summary" data-testid="policy-in-force">
      <dt>ID</dt>
      <dd data-testid="policy-id">{policy.id}</dd>
      <dt>{t('version')}</dt>
      <dd data-testid="policy-version">{policy.version}</dd>
      <dt>{t('source')}</dt>
      <dd data-testid="policy-source" data-source={source}>
        {t(`source_${source}`)}
      </dd>
      <dt>{t('jurisdiction')}</dt>
      <dd>{policy.jurisdiction ?? 'CN'}</dd>
      <dt>{t('onSubmit')}</dt>
      <dd>{policy.onSubmit ?? 'warn'}</dd>
    </dl>
  );
}

function LocalControls({
  onFile,
  onPreset,
  onClear,
}: {
  onFile: (f: File) => void;
  onPreset: (preset: string) => void;
  onClear: () => void;
}) {
  return (
    <div
      class="local-controls"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const f = e.dataTransfer?.files[0];
        if (f) onFile(f);
      }}
    >
      <label>
        {t('loadFile')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="policy-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) onFile(f);
          }}
        />
      </label>
      <p class="help">{t('loadFileHelp')}</p>
      <label>
        {t('usePreset')}{' '}
        <select onChange={(e) => onPreset(e.currentTarget.value)} value="">
          <option value="" disabled>
            —
          </option>
          <option value="cn-pipl">cn-pipl (PIPL, GB/T 35273)</option>
          <option value="eu-gdpr">eu-gdpr (GDPR)</option>
        </select>
      </label>{' '}
      <button type="button" onClick={onClear}>
        {t('clearLocal')}
      </button>
    </div>
  );
}

function IssueList({ title, explain, issues }: { title: string; explain?: string; issues: ValidationIssue[] }) {
  return (
    <div class="issues" role="alert">
      <h3>{title}</h3>
      {explain && <p>{explain}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('path')}</th>
            <th scope="col">{t('reason')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i} data-testid="policy-error">
              <td>
                <code>{issue.path || '(root)'}</code>
              </td>
              <td>{issue.message[locale] ?? issue.message.en}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RejectedManaged({ outcome, inForceLabel }: { outcome: PolicyOutcome; inForceLabel: string }) {
  return (
    <div data-testid="managed-rejected">
      <IssueList
        title={`${t('rejectedTitle')}: ${outcome.policyId ?? '?'} ${outcome.version ?? ''} (${new Date(outcome.at).toLocaleString(locale)})`}
        explain={t('rejectedExplain')}
        issues={outcome.errors}
      />
      <p>{t('keepsLastGood', { policy: inForceLabel })}</p>
    </div>
  );
}

function categoryLabel(id: string): string {
  return isCategoryId(id) ? categoryInfo(id).label[locale] : id;
}

function PolicyDetails({ policy }: { policy: Policy }) {
  return (
    <>
      <h3>{t('purposes')}</h3>
      <table class="purposes">
        <thead>
          <tr>
            <th scope="col">{t('purpose')}</th>
            <th scope="col">{t('allowed')}</th>
            <th scope="col">{t('maxLocation')}</th>
            <th scope="col">{t('retention')}</th>
            <th scope="col">{t('legalBasis')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(policy.purposes).map(([id, p]) => (
            <tr key={id}>
              <th scope="row">
                {p.label[locale] ?? p.label.en ?? id} <small>({id})</small>
              </th>
              <td>{p.allow.map(categoryLabel).join(locale === 'en' ? ', ' : '、')}</td>
              <td>{p.maxGranularity?.location ?? '—'}</td>
              <td>{p.retentionDays !== undefined ? t('days', { n: p.retentionDays }) : '—'}</td>
              <td>{t(`basis_${p.legalBasis ?? 'consent'}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('rules')}</h3>
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">{t('rule')}</th>
            <th scope="col">{t('severity')}</th>
            <th scope="col">{t('requireElements')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(policy.rules ?? {}).map(([rule, cfg]) => (
            <tr key={rule}>
              <th scope="row">{rule}</th>
              <td>{cfg?.enabled === false ? t('disabled') : (cfg?.severity ?? '—')}</td>
              <td>{cfg?.requireElements?.join(', ') ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('sites')}</h3>
      {policy.sites?.length ? (
        <ul>
          {policy.sites.map((s, i) => (
            <li key={i}>
              <code>{s.match}</code> → {s.purpose}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('none')}</p>
      )}
      <h3>{t('recipients')}</h3>
      <p>{policy.recipients?.length ? policy.recipients.join(', ') : t('none')}</p>
    </>
  );
}

function History({ outcomes }: { outcomes: PolicyOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <>
      <h3>{t('history')}</h3>
      <ul class="history">
        {outcomes.map((o, i) => (
          <li key={i}>
            {new Date(o.at).toLocaleString(locale)} — {o.source}: {o.policyId ?? '?'} {o.version ?? ''} —{' '}
            {o.applied ? t('applied') : `${t('rejected')} (${o.errors.length})`}
          </li>
        ))}
      </ul>
    </>
  );
}
