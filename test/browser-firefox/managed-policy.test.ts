// Admin deployment for real in Firefox ESR, exactly as docs/admin.md tells admins: one
// policies.json at the system path Firefox on Linux reads (/etc/firefox/policies/policies.json —
// not /etc/firefox-esr/) that force-installs the packed dist-firefox.xpi (ExtensionSettings) and
// puts the policy under "3rdparty" → "Extensions" → the add-on id. The test package is unsigned, so
// the file also turns off signature checks, which ESR allows through its Preferences policy.
// Firefox reads policies.json at start-up, so each push is followed by a restart on the same
// profile. Needs root (CI runs as root); /etc/firefox/policies/ is put back as it was afterwards.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/firefox-manifest';
import { PRESETS } from '../../src/core/policy';
import { CATEGORY_IDS } from '../../src/core/taxonomy';
import type { Policy } from '../../src/core/types';
import {
  badgeText,
  ensureFirefoxBuilt,
  launchFirefox,
  poll,
  reportFor,
  ROOT,
  serveStatic,
  tabIdOf,
  type FirefoxExtension,
  type InExtension,
  type StaticServer,
  XPI,
} from './harness';
import { FIREFOX_POLICIES_FILE } from './policies-path';

const isRoot = process.getuid?.() === 0;

/** The shipped preset with every category allowed for every purpose: far fewer findings. */
const permissive: Policy = {
  ...PRESETS['cn-pipl'],
  id: 'test-managed',
  version: '1',
  purposes: Object.fromEntries(
    Object.entries(PRESETS['cn-pipl'].purposes).map(([id, p]) => [
      id,
      { ...p, allow: [...CATEGORY_IDS], maxGranularity: { location: 'precise' } },
    ]),
  ),
};
const broken = {
  ...permissive,
  version: '2',
  purposes: { attendance: { label: { en: 'Attendance' }, allow: ['identity.name', 'health.temprature'] } },
};

/** policies.json as docs/admin.md shows it: install the extension, and (when given) its policy. */
function pushPolicies(xpi: string, policy?: unknown): void {
  mkdirSync(dirname(FIREFOX_POLICIES_FILE), { recursive: true });
  const policies = {
    ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: `file://${xpi}` } },
    Preferences: { 'xpinstall.signatures.required': { Value: false, Status: 'locked' } },
    ...(policy === undefined ? {} : { '3rdparty': { Extensions: { [GECKO_ID]: { policy } } } }),
  };
  writeFileSync(FIREFOX_POLICIES_FILE, JSON.stringify({ policies }, null, 2));
}

async function findingsOn(
  ff: FirefoxExtension,
  url: string,
): Promise<{ badge: string; policyId: string; source: string }> {
  const page = await ff.open(url);
  const tabId = await tabIdOf(ff.ext, page.url());
  const reply = await poll(() => reportFor(ff.ext, tabId), 'the tab report');
  const badge = await poll(async () => {
    const text = await badgeText(ff.ext, tabId);
    return text === String(reply.report.findings.length || '') ? text || 'empty' : '';
  }, 'badge matching the report');
  await page.close();
  return { badge, policyId: reply.report.policy.id, source: reply.report.policy.source };
}

const byTestId = (page: Page, id: string) =>
  page.evaluate((t) => {
    const el = document.querySelector<HTMLElement>(`[data-testid="${t}"]`);
    return el
      ? {
          text: el.textContent ?? '',
          source: el.getAttribute('data-source'),
          visible: el.offsetParent !== null || el.getClientRects().length > 0,
        }
      : null;
  }, id);

describe.skipIf(!isRoot)(`Firefox: managed policy pushed through ${FIREFOX_POLICIES_FILE}`, () => {
  let server: StaticServer;
  let profile: string;
  let xpi: string;
  const previous = existsSync(FIREFOX_POLICIES_FILE) ? readFileSync(FIREFOX_POLICIES_FILE) : null;
  // The directories this test creates (/etc/firefox, /etc/firefox/policies) go again afterwards.
  const created = [dirname(dirname(FIREFOX_POLICIES_FILE)), dirname(FIREFOX_POLICIES_FILE)].filter(
    (d) => !existsSync(d),
  );

  beforeAll(async () => {
    ensureFirefoxBuilt();
    server = await serveStatic([join(ROOT, 'test/browser/pages')]);
    profile = mkdtempSync(join(tmpdir(), 'formwarden-firefox-managed-'));
    // The package an admin would host, copied out of the work tree (a rebuild must not swap it).
    xpi = join(mkdtempSync(join(tmpdir(), 'formwarden-firefox-xpi-')), 'formwarden.xpi');
    cpSync(XPI, xpi);
  });

  afterAll(async () => {
    if (previous) writeFileSync(FIREFOX_POLICIES_FILE, previous);
    else rmSync(FIREFOX_POLICIES_FILE, { force: true });
    for (const dir of created.reverse()) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (xpi) rmSync(dirname(xpi), { recursive: true, force: true });
  });

  it('applies a valid push, keeps it when a broken one follows, and shows the errors', async () => {
    const url = server.url('/health.html');
    let ff: FirefoxExtension | undefined;
    try {
      // 1. Installed by policy, no FormWarden policy pushed: the shipped default is in force.
      pushPolicies(xpi);
      ff = await launchFirefox({ profile, installedByPolicy: true });
      expect(
        await ff.ext.evaluate(
          async () => (await (globalThis as unknown as InExtension).browser.management.getSelf()).installType,
        ),
      ).toBe('admin');
      const before = await findingsOn(ff, url);
      expect(before.source).toBe('default');
      await ff.close();

      // 2. A valid managed policy: in force, locked, and it changes what the badge shows.
      pushPolicies(xpi, permissive);
      ff = await launchFirefox({ profile, installedByPolicy: true });
      const options = await ff.openExtensionPage('src/ui/options/options.html#policy');
      await poll(
        async () => (await byTestId(options, 'policy-source'))?.source === 'managed',
        'options page to show the managed policy',
        30_000,
      );
      expect((await byTestId(options, 'policy-id'))?.text).toBe('test-managed');
      expect((await byTestId(options, 'policy-locked'))?.visible).toBe(true);
      const managed = await findingsOn(ff, url);
      expect(managed).toMatchObject({ policyId: 'test-managed', source: 'managed' });
      expect(Number(managed.badge === 'empty' ? 0 : managed.badge)).toBeLessThan(
        Number(before.badge === 'empty' ? 0 : before.badge),
      );
      await ff.close();

      // 3. A broken push: never applied; the last good policy stays and the errors are shown.
      pushPolicies(xpi, broken);
      ff = await launchFirefox({ profile, installedByPolicy: true });
      const rejectedPage = await ff.openExtensionPage('src/ui/options/options.html#policy');
      await poll(
        async () => (await byTestId(rejectedPage, 'managed-rejected'))?.visible,
        'the rejected managed policy to be shown',
        30_000,
      );
      const errors = await rejectedPage.evaluate(() =>
        [...document.querySelectorAll('[data-testid="policy-error"]')].map((e) => e.textContent ?? '').join('\n'),
      );
      expect(errors).toContain('purposes.attendance.allow[1]');
      expect(errors).toContain('health.temperature');
      expect((await byTestId(rejectedPage, 'policy-id'))?.text).toBe('test-managed');
      expect((await byTestId(rejectedPage, 'policy-version'))?.text).toBe('1');
      const after = await findingsOn(ff, url);
      expect(after).toMatchObject({ policyId: 'test-managed', source: 'managed', badge: managed.badge });
    } finally {
      await ff?.close();
      rmSync(FIREFOX_POLICIES_FILE, { force: true });
    }
  });
});

if (!isRoot)
  console.warn(`Firefox managed-policy test skipped: writing ${FIREFOX_POLICIES_FILE} needs root (CI runs as root).`);
