// The service worker is the consent ledger's one writer (issue 13). The options page asks it for
// every change; a change re-evaluates the open tabs; and "delete everything" means that nothing
// comes back — not even a record that was waiting to be written because the database was out of
// reach when the employee deleted, and not after a browser restart.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoriesAskedBy } from '../../src/core/report';
import { serveLedgerPages } from './ledger-pages';
import {
  badgeText,
  ensureBuilt,
  launchWithExtension,
  poll,
  reportFor,
  serveStatic,
  tabIdOf,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

let server: StaticServer;
beforeAll(async () => {
  ensureBuilt();
  server = await serveStatic([], '127.0.0.1', [serveLedgerPages]);
});
afterAll(async () => {
  await server?.close();
});

/** A neutral extension page to send messages from, as the popup and options page do. */
async function extensionPage(
  b: ExtensionBrowser,
): Promise<{ page: Page; send: <T>(message: Record<string, unknown>) => Promise<T> }> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/ui/popup/popup.html?tab=-1`);
  return { page, send: (message) => page.evaluate((m) => chrome.runtime.sendMessage(m), message) };
}

async function openVisitorForm(b: ExtensionBrowser) {
  const page = await b.context.newPage();
  await page.goto(server.url('/visitor.html'));
  const tabId = await tabIdOf(b.worker, page.url());
  const reply = await poll(async () => {
    const r = await reportFor(page, b.extensionId, tabId);
    return r?.report.fields.length ? r : null;
  }, 'report of the visitor form');
  const consent = (decision: 'granted' | 'refused') => ({
    type: 'ledger/consent',
    decision,
    tabId,
    origin: reply.origin,
    formFingerprint: reply.formFingerprint,
    purposeId: reply.report.purpose.id,
    categories: categoriesAskedBy(reply.report),
    policyId: reply.report.policy.id,
    policyVersion: reply.report.policy.version,
  });
  return { page, tabId, reply, consent };
}

async function deleteEverythingInOptions(b: ExtensionBrowser): Promise<string> {
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/src/ui/options/options.html#consents`);
  await options.getByRole('button', { name: 'Delete everything…' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  const message = await options.locator('[data-testid=ledger-message]').innerText();
  await options.close();
  return message;
}

describe('one writer for the consent ledger', () => {
  it('a deletion made on the options page re-evaluates the open tab without a reload', async () => {
    const b = await launchWithExtension();
    try {
      const { tabId, consent } = await openVisitorForm(b);
      const { send } = await extensionPage(b);
      const before = Number(await badgeText(b.worker, tabId));
      // A refusal in the popup: the open form is now one that asks again after a refusal.
      expect(await send(consent('refused'))).toMatchObject({ ok: true, written: true });
      const flagged = await poll(async () => {
        const n = Number(await badgeText(b.worker, tabId));
        return n > before ? n : null;
      }, 'badge counts the asked-again-after-refusal finding');
      expect(await deleteEverythingInOptions(b)).toBe('The ledger is empty.');
      await poll(
        async () => Number(await badgeText(b.worker, tabId)) < flagged,
        'badge drops the finding after the deletion, without a reload',
      );
    } finally {
      await b.close();
    }
  });

  it('nothing deleted comes back after a restart, including a record that was waiting to be written', async () => {
    const b = await launchWithExtension({ keepProfile: true });
    let restarted: ExtensionBrowser | undefined;
    try {
      const { consent } = await openVisitorForm(b);
      const { page: faultPage, send } = await extensionPage(b);
      expect(await send(consent('granted'))).toMatchObject({ ok: true, written: true });

      // The fault: an upgrade of the ledger's database that is held open, so no one can open it
      // (the worker's connection is asked to close and its reopen waits) until it is aborted.
      await faultPage.evaluate(async () => {
        const version = await new Promise<number>((resolve, reject) => {
          const q = indexedDB.open('formwarden-ledger');
          q.onsuccess = () => {
            const v = q.result.version;
            q.result.close();
            resolve(v);
          };
          q.onerror = () => reject(q.error);
        });
        const w = window as unknown as { release: boolean };
        w.release = false;
        await new Promise<void>((resolve) => {
          const q = indexedDB.open('formwarden-ledger', version + 1);
          q.onupgradeneeded = () => {
            const tx = q.transaction!;
            const store = tx.objectStore(tx.objectStoreNames[0]!);
            const spin = () => {
              store.count().onsuccess = () => (w.release ? tx.abort() : spin());
            };
            spin();
            resolve();
          };
          q.onerror = () => undefined; // the abort at release
        });
      });
      const waiting = await send<{ written: boolean }>(consent('refused'));
      expect(waiting.written).toBe(false);
      await poll(
        async () => ((await send<{ pending: number }>({ type: 'ledger/status' })).pending >= 1 ? true : null),
        'the refusal waits in the worker',
      );

      expect(await deleteEverythingInOptions(b)).toMatch(/deleted as soon as it opens/);
      expect((await send<{ pending: number }>({ type: 'ledger/status' })).pending).toBe(0);

      await faultPage.evaluate(() => {
        (window as unknown as { release: boolean }).release = true;
      });
      await poll(
        async () => ((await send<{ writable: boolean }>({ type: 'ledger/status' })).writable ? true : null),
        'the ledger opens again',
      );
      await b.close();

      restarted = await launchWithExtension({ profile: b.userDataDir, keepProfile: false });
      const options = await restarted.context.newPage();
      await options.goto(`chrome-extension://${restarted.extensionId}/src/ui/options/options.html#consents`);
      await options.waitForSelector('[data-testid=ledger-list][data-total]:not([data-total=""])');
      expect(await options.getAttribute('[data-testid=ledger-list]', 'data-total')).toBe('0');
      const again = await openVisitorForm(restarted);
      const { send: sendAgain } = await extensionPage(restarted);
      const context = await sendAgain<{ history: unknown[] }>({
        type: 'ledger/context',
        origin: again.reply.origin,
        formFingerprint: again.reply.formFingerprint,
        purposeId: again.reply.report.purpose.id,
      });
      expect(context.history).toEqual([]);
    } finally {
      await restarted?.close();
      await b.close().catch(() => undefined);
    }
  });

  it("a content script cannot use the ledger, the policy, storage.local or another tab's report", async () => {
    const b = await launchWithExtension();
    try {
      const { page, tabId } = await openVisitorForm(b);
      // Run as the content script would: in its isolated world, through the extension's runtime.
      const cdp = await b.context.newCDPSession(page);
      // The content script's isolated world is the one the extension's name labels.
      const { executionContextId } = await new Promise<{ executionContextId: number }>((resolve) => {
        cdp.on(
          'Runtime.executionContextCreated',
          ({ context }: { context: { id: number; auxData?: { type?: string } } }) => {
            if (context.auxData?.type === 'isolated') resolve({ executionContextId: context.id });
          },
        );
        void cdp.send('Runtime.enable');
      });
      const tryMessage = async (message: Record<string, unknown>) => {
        const { result } = await cdp.send('Runtime.evaluate', {
          contextId: executionContextId,
          awaitPromise: true,
          returnByValue: true,
          expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => ({ reply: r ?? null }), (e) => ({ refused: String(e && e.message || e) }))`,
        });
        return result.value as { reply?: unknown; refused?: string };
      };
      for (const message of [
        { type: 'policy/use-preset', preset: 'eu-gdpr' },
        { type: 'policy/clear-local' },
        { type: 'ledger/delete-everything' },
        { type: 'ledger/context', origin: 'https://oa.example.cn', formFingerprint: 'x', purposeId: 'x' },
        { type: 'ledger/revoke', id: 'd-x' },
        { type: 'tab/report', tabId },
      ]) {
        expect(await tryMessage(message), message.type).toMatchObject({
          refused: expect.stringMatching(/may not be sent/),
        });
      }
      // Nor write the policy state (or anything else) behind the router's back: storage.local is
      // closed to content scripts.
      const { result: storageTry } = await cdp.send('Runtime.evaluate', {
        contextId: executionContextId,
        awaitPromise: true,
        returnByValue: true,
        expression: `(async () => { try { await chrome.storage.local.set({ policyState: { forged: true } }); return 'written'; } catch (e) { return 'refused: ' + (e && e.message || e); } })()`,
      });
      expect(String(storageTry.value)).toMatch(/^refused/);
      expect(
        await b.worker.evaluate(async () => (await chrome.storage.local.get('policyState')).policyState),
      ).not.toMatchObject({ forged: true });
      // …while what it may say still works.
      expect(await tryMessage({ type: 'guard/submitted' })).toMatchObject({ reply: expect.anything() });
    } finally {
      await b.close();
    }
  });
});
