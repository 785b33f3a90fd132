// Issue 15 end to end: a German, a French and a Brazilian-Portuguese fixture page, loaded in
// Chromium with the built extension, get the same classification as the core's fixture test
// (the content script collects, the background's vocabularies classify) and a found notice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  launchWithExtension,
  poll,
  reportFor,
  ROOT,
  serveStatic,
  waitForBadge,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

const FORMS = join(ROOT, 'test/fixtures/forms');
let b: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  ensureBuilt();
  server = await serveStatic([FORMS]);
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('forms in the languages of a multinational workplace, in the extension', () => {
  it.each(['de-hr-onboarding', 'fr-hr-onboarding', 'pt-hr-onboarding'])(
    '%s: every expected personal question is classified, the notice is found',
    async (name) => {
      const expected = JSON.parse(readFileSync(join(FORMS, `${name}.expected.json`), 'utf8')) as {
        notice: boolean;
        fields: Record<string, { category: string | null }>;
      };
      const page = await b.context.newPage();
      await page.goto(server.url(`/${name}.html`));
      const { tabId } = await waitForBadge(b.worker, page);
      const want = Object.entries(expected.fields).filter(([, f]) => f.category !== null);
      const reply = await poll(async () => {
        const r = await reportFor(page, b.extensionId, tabId);
        return r && r.report.fields.filter((f) => f.category !== null).length >= want.length ? r : null;
      }, `${name}: its personal questions`);
      const got = new Map(reply.report.fields.map((f) => [f.name || f.selector.replace(/^#/, ''), f.category]));
      for (const [key, field] of want) expect(got.get(key), `${name} ${key}`).toBe(field.category);
      expect(reply.report.notice.found).toBe(expected.notice);
      await page.close();
    },
  );
});
