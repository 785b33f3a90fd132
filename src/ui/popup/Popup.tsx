// The popup: finds the tab, asks the background for its report (retrying while the first scan
// waits for the page's load), and shows one state — loading, nothing to check, a failure, or the report.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabReportReady } from '../../messaging/contract';
import type { Locale } from '../../core/types';
import { ask } from '../ask';
import { EvaluationFailed } from '../failure/EvaluationFailed';
import { makeT } from '../i18n';
import { POPUP_STRINGS } from './strings';
import { TabReport } from './TabReport';

/** What the popup shows. Each state is one small component, one line in the switch below. */
type Load =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'ready'; reply: TabReportReady }
  | { state: 'failed'; reason: string };

const REPORT_ATTEMPTS = 8;
const REPORT_RETRY_MS = 400;
/** After the first report: asked again this often, this many times, while frames out of view catch up. */
const FOLLOW_MS = 1000;
const FOLLOW_ATTEMPTS = 5;

export async function resolveTabId(search: string): Promise<number | null> {
  const fromUrl = new URLSearchParams(search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Popup({ locale }: { locale: Locale }) {
  const t = makeT(POPUP_STRINGS, locale);
  const [tabId, setTabId] = useState<number | null>(null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    void (async () => {
      const id = await resolveTabId(location.search);
      setTabId(id);
      if (id === null) return setLoad({ state: 'none' });
      // The first scan waits for the page's load; a popup opened right away retries for a while.
      for (let attempt = 0; attempt < REPORT_ATTEMPTS; attempt++) {
        const reply = await ask({ type: 'tab/report', tabId: id }).catch(() => null);
        if (reply && 'error' in reply) return setLoad({ state: 'failed', reason: reply.error });
        if (reply) {
          setLoad({ state: 'ready', reply });
          return followReport(id, reply);
        }
        await new Promise((ok) => setTimeout(ok, REPORT_RETRY_MS));
      }
      setLoad({ state: 'none' });
    })();
  }, []);

  /**
   * Frames out of view are scanned only now that the report is asked for (content/index.ts): their
   * questions come in over the next seconds, and the report shown follows them.
   */
  async function followReport(id: number, first: TabReportReady): Promise<void> {
    let shown = JSON.stringify(first.report);
    for (let i = 0; i < FOLLOW_ATTEMPTS; i++) {
      await new Promise((ok) => setTimeout(ok, FOLLOW_MS));
      const reply = await ask({ type: 'tab/report', tabId: id }).catch(() => null);
      if (!reply || 'error' in reply) return;
      const seen = JSON.stringify(reply.report);
      if (seen !== shown) {
        shown = seen;
        setLoad({ state: 'ready', reply });
      }
    }
  }

  const pageUrl = load.state === 'ready' ? load.reply.report.pageUrl : '';
  return (
    <main aria-busy={load.state === 'loading'}>
      <header>
        <h1>{t('popupTitle')}</h1>
        {pageUrl && (
          <p class="page" title={pageUrl}>
            <span class="vh">{t('popupPageLabel')}: </span>
            {pageUrl}
          </p>
        )}
      </header>
      {load.state === 'loading' && <p role="status">{t('popupLoading')}</p>}
      {load.state === 'none' && (
        <p role="status" class="empty">
          {t('popupNoPage')}
        </p>
      )}
      {load.state === 'failed' && <EvaluationFailed reason={load.reason} locale={locale} />}
      {load.state === 'ready' && tabId !== null && <TabReport reply={load.reply} tabId={tabId} locale={locale} t={t} />}
      <footer>
        {load.state === 'ready' && (
          <span>
            {t('popupPolicy', {
              id: load.reply.report.policy.id,
              version: load.reply.report.policy.version,
              source: load.reply.report.policy.source,
            })}
          </span>
        )}
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popupOpenOptions')}
        </a>
      </footer>
    </main>
  );
}
