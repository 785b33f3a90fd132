// HR preview: check a form before rollout. Pasted HTML and files are rendered in a sandboxed frame
// (no scripts run) and scanned there with the same core as the content script, so the marks and
// the report are what an employee would see; a URL is opened in a background tab and the live
// report is read from the background.
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ask } from '../ask';
import browser from 'webextension-polyfill';
import { scanRoot } from '../../core/scan';
import { evaluate } from '../../core/evaluate';
import { buildReport, renderMarkdown } from '../../core/report';
import { htmlFromMhtml } from '../../core/mhtml';
import { parsePolicyText, PRESETS } from '../../core/policy';
import type { Locale, Policy, PolicySource, Report } from '../../core/types';
import type { TabReportReady } from '../../messaging/contract';
import { currentLocale, makeT } from '../i18n';
import { STRINGS } from './strings';
import { ReportView } from './ReportView';
import { markFields } from './marks';
import { downloadText } from '../download';

const locale: Locale = currentLocale();
const t = makeT(STRINGS, locale);

type InputMode = 'paste' | 'file' | 'url';
interface PolicyChoice {
  policy: Policy;
  source: PolicySource;
}

function App() {
  const [mode, setMode] = useState<InputMode>('paste');
  const [html, setHtml] = useState('');
  const [fileName, setFileName] = useState('');
  const [url, setUrl] = useState('');
  const [pageUrl, setPageUrl] = useState('');
  const [policyKey, setPolicyKey] = useState<'in-force' | 'cn-pipl' | 'eu-gdpr' | 'file'>('in-force');
  const [filePolicy, setFilePolicy] = useState<Policy | null>(null);
  const [purpose, setPurpose] = useState('');
  const [purposes, setPurposes] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState('');
  const [error, setError] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [srcdoc, setSrcdoc] = useState<string | null>(null);
  const [liveTab, setLiveTab] = useState<number | null>(null);
  const [scanId, setScanId] = useState(0);
  const frame = useRef<HTMLIFrameElement>(null);

  async function choosePolicy(): Promise<PolicyChoice> {
    if (policyKey === 'file' && filePolicy) return { policy: filePolicy, source: 'file' };
    if (policyKey === 'cn-pipl' || policyKey === 'eu-gdpr') return { policy: PRESETS[policyKey], source: 'default' };
    const status = await ask({ type: 'policy/get-status' });
    return { policy: status.policy, source: status.source };
  }

  async function refreshPurposes(key = policyKey, fromFile = filePolicy) {
    const policy =
      key === 'file' && fromFile
        ? fromFile
        : key === 'cn-pipl' || key === 'eu-gdpr'
          ? PRESETS[key]
          : (await ask({ type: 'policy/get-status' })).policy;
    setPurposes(
      Object.fromEntries(Object.entries(policy.purposes).map(([id, p]) => [id, p.label[locale] ?? p.label.en ?? id])),
    );
  }
  if (Object.keys(purposes).length === 0) void refreshPurposes();

  async function loadPolicyFile(file: File) {
    const parsed = parsePolicyText(await file.text(), file.name);
    if (!parsed.ok) {
      setError(`${t('badPolicy')}: ${parsed.errors.map((e) => `${e.path}: ${e.message[locale]}`).join('; ')}`);
      return;
    }
    setError('');
    setFilePolicy(parsed.policy);
    setPolicyKey('file');
    void refreshPurposes('file', parsed.policy);
  }

  async function readFile(file: File) {
    try {
      const text = await file.text();
      if (/\.mht(ml)?$/i.test(file.name) || /^MIME-Version:/im.test(text.slice(0, 2000))) {
        const r = htmlFromMhtml(text);
        if (!r.ok) throw new Error(r.reason);
        setHtml(r.html);
        if (r.location && !pageUrl) setPageUrl(r.location);
      } else {
        setHtml(text);
      }
      setFileName(file.name);
      setError('');
    } catch (e) {
      setError(`${t('badFile')}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  function scanMarkup() {
    setBusy(t('scanning'));
    setReport(null);
    setLiveTab(null);
    // Rendering in a sandboxed frame without allow-scripts: the page's scripts never run, but
    // styles apply, so contrast and visibility checks see what an employee sees.
    setSrcdoc(html);
    setScanId((n) => n + 1);
  }

  async function onFrameLoad() {
    const doc = frame.current?.contentDocument;
    if (!doc || srcdoc === null) return;
    try {
      const { policy, source } = await choosePolicy();
      const effectiveUrl = pageUrl || `file:///${fileName || 'pasted-form.html'}`;
      const scan = scanRoot(doc, { pageUrl: effectiveUrl });
      const evaluation = evaluate({
        scan,
        policy,
        pageUrl: effectiveUrl,
        ...(purpose ? { purposeOverride: purpose } : {}),
      });
      const r = buildReport({
        source: fileName || 'pasted HTML',
        pageUrl: effectiveUrl,
        policy,
        policySource: source,
        scan,
        evaluation,
      });
      markFields(doc, r, locale);
      setReport(r);
      setError('');
    } catch (e) {
      setError(`${t('error')}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy('');
    }
  }

  async function scanUrl() {
    setBusy(t('waitingTab'));
    setReport(null);
    setSrcdoc(null);
    try {
      const tab = await browser.tabs.create({ url, active: false });
      const tabId = tab.id!;
      setLiveTab(tabId);
      const reply = await waitForTabReport(tabId);
      setReport(reply.report);
    } catch (e) {
      setError(`${t('error')}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy('');
    }
  }

  return (
    <>
      <header>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <main>
        <section class="input-panel" aria-label={t('title')}>
          <div role="tablist">
            {(['paste', 'file', 'url'] as const).map((m) => (
              <button
                key={m}
                role="tab"
                type="button"
                aria-selected={mode === m}
                onClick={() => setMode(m)}
                data-testid={`mode-${m}`}
              >
                {t(m === 'paste' ? 'tabPaste' : m === 'file' ? 'tabFile' : 'tabUrl')}
              </button>
            ))}
          </div>
          {mode === 'paste' && (
            <label>
              {t('pasteLabel')}
              <textarea data-testid="paste" value={html} onInput={(e) => setHtml(e.currentTarget.value)} />
            </label>
          )}
          {mode === 'file' && (
            <div
              class="drop"
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const f = e.dataTransfer?.files[0];
                if (f) void readFile(f);
              }}
            >
              <label>
                {t('fileLabel')}{' '}
                <input
                  type="file"
                  accept=".html,.htm,.mhtml,.mht,text/html"
                  data-testid="file"
                  onChange={(e) => {
                    const f = e.currentTarget.files?.[0];
                    if (f) void readFile(f);
                  }}
                />
              </label>
              <p>{fileName || t('fileDrop')}</p>
            </div>
          )}
          {mode === 'url' && (
            <label>
              {t('urlLabel')}
              <input
                type="url"
                data-testid="url"
                value={url}
                size={60}
                onInput={(e) => setUrl(e.currentTarget.value)}
              />
            </label>
          )}
          <div class="row">
            {mode !== 'url' && (
              <label>
                {t('pageUrlLabel')}
                <input
                  type="url"
                  data-testid="page-url"
                  value={pageUrl}
                  placeholder="https://oa.example.cn/forms/health"
                  size={40}
                  onInput={(e) => setPageUrl(e.currentTarget.value)}
                />
                <small>{t('pageUrlHelp')}</small>
              </label>
            )}
            <label>
              {t('policyLabel')}
              <select
                data-testid="policy"
                value={policyKey}
                onChange={(e) => {
                  const k = e.currentTarget.value as typeof policyKey;
                  setPolicyKey(k);
                  void refreshPurposes(k);
                }}
              >
                <option value="in-force">{t('policyInForce')}</option>
                <option value="cn-pipl">cn-pipl (PIPL)</option>
                <option value="eu-gdpr">eu-gdpr (GDPR)</option>
                {filePolicy && (
                  <option value="file">
                    {filePolicy.id} {filePolicy.version}
                  </option>
                )}
              </select>
            </label>
            <label>
              {t('policyFile')}
              <input
                type="file"
                accept=".json,application/json"
                data-testid="policy-file"
                onChange={(e) => {
                  const f = e.currentTarget.files?.[0];
                  if (f) void loadPolicyFile(f);
                }}
              />
            </label>
            <label>
              {t('purposeLabel')}
              <select data-testid="purpose" value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)}>
                <option value="">{t('purposeInfer')}</option>
                {Object.entries(purposes).map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              data-testid="scan"
              disabled={!!busy || (mode === 'url' ? !url : !html)}
              onClick={() => void (mode === 'url' ? scanUrl() : scanMarkup())}
            >
              {busy || t('scan')}
            </button>
          </div>
          {error && (
            <p class="error" role="alert" data-testid="error">
              {error}
            </p>
          )}
        </section>
        {srcdoc !== null && (
          <section class="preview-panel" aria-label={t('preview')}>
            <h2>{t('preview')}</h2>
            <iframe
              key={scanId}
              ref={frame}
              class="form-preview"
              sandbox="allow-same-origin"
              srcdoc={srcdoc}
              onLoad={() => void onFrameLoad()}
              title={t('preview')}
              data-testid="preview-frame"
            />
          </section>
        )}
        {liveTab !== null && (
          <section class="preview-panel">
            <button type="button" onClick={() => void browser.tabs.update(liveTab, { active: true })}>
              {t('openTab')}
            </button>
          </section>
        )}
        {report && (
          <section class="report-panel" aria-label={t('report')} data-testid="report">
            <div class="actions row">
              <button
                type="button"
                data-testid="export-json"
                onClick={() =>
                  downloadText(
                    `${baseName(report)}.formwarden.json`,
                    JSON.stringify(report, null, 2),
                    'application/json;charset=utf-8',
                  )
                }
              >
                {t('exportJson')}
              </button>
              <button
                type="button"
                data-testid="export-md"
                onClick={() =>
                  downloadText(
                    `${baseName(report)}.formwarden.md`,
                    renderMarkdown([report], locale),
                    'text/markdown;charset=utf-8',
                  )
                }
              >
                {t('exportMd')}
              </button>
              <button type="button" onClick={() => window.print()}>
                {t('print')}
              </button>
            </div>
            <ReportView report={report} locale={locale} t={t} />
          </section>
        )}
      </main>
    </>
  );
}

function baseName(report: Report): string {
  return (report.source.split(/[\\/]/).pop() || 'form').replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_') || 'form';
}

/**
 * Polls the background until the tab's report is in and stable (SPA forms render after load): for
 * 1 s once the page has loaded, for 4 s while it is still loading — a page whose load never comes
 * (a request left hanging) is scanned all the same (content/index.ts) and must not time out here.
 */
async function waitForTabReport(tabId: number, timeoutMs = 30000): Promise<TabReportReady> {
  const started = Date.now();
  let last = '';
  let stableSince = 0;
  while (Date.now() - started < timeoutMs) {
    const reply = await ask({ type: 'tab/report', tabId });
    if (reply && 'error' in reply) throw new Error(reply.error);
    const tab = await browser.tabs.get(tabId);
    if (reply?.report) {
      const key = JSON.stringify([reply.report.fields.length, reply.report.findings.length, tab.status]);
      if (key === last) {
        if (Date.now() - stableSince > (tab.status === 'complete' ? 1000 : 4000)) return reply;
      } else {
        last = key;
        stableSince = Date.now();
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the page did not report within 30 s');
}

// Screen readers pick their voice from the page's language (WCAG 3.1.1).
document.documentElement.lang = locale;
render(<App />, document.getElementById('app')!);
