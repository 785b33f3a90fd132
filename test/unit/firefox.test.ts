// The Firefox build's manifest (derived from manifest.json, never kept by hand) and the Firefox
// part of docs/admin.md: the add-on id and the policies.json paths it states are the ones the
// build uses and Firefox ESR reads (the Firefox browser suite pushes through the Linux one).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_MIN_VERSION, firefoxManifest, GECKO_ID } from '../../scripts/firefox-manifest';
import { FIREFOX_POLICIES_FILE } from '../browser-firefox/policies-path';

const ROOT = resolve(import.meta.dirname, '../..');
const chromium = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const firefox = firefoxManifest(chromium);

describe('Firefox manifest', () => {
  it('has a fixed add-on id and Firefox 128 as the oldest version (MAIN-world content scripts)', () => {
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION },
    });
    expect(FIREFOX_MIN_VERSION).toBe('128.0');
  });

  it('runs the background as an event page (background.scripts), not a service worker', () => {
    const sw = (chromium.background as { service_worker: string }).service_worker;
    expect(firefox.background).toEqual({ scripts: [sw], type: 'module' });
  });

  it('drops what is Chromium-only: key, minimum_chrome_version, storage.managed_schema', () => {
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox).not.toHaveProperty('storage');
    expect(JSON.stringify(firefox)).not.toContain('managed_schema');
  });

  it('keeps everything else as it is, both content scripts included (the watch in world MAIN at document_start)', () => {
    for (const key of [
      'manifest_version',
      'name',
      'version',
      'default_locale',
      'icons',
      'permissions',
      'action',
      'content_scripts',
    ]) {
      expect(firefox[key], key).toEqual(chromium[key]);
    }
    const scripts = firefox.content_scripts as { world?: string; run_at: string }[];
    expect(scripts.some((c) => c.world === 'MAIN' && c.run_at === 'document_start')).toBe(true);
    expect(firefox.options_ui).toEqual({ page: chromium.options_page, open_in_tab: true });
  });
});

describe('docs/admin.md for Firefox', () => {
  const doc = readFileSync(join(ROOT, 'docs/admin.md'), 'utf8');
  const section = doc.slice(doc.indexOf('### Firefox'), doc.indexOf('## 4.'));

  it('names the add-on id the build uses', () => {
    expect(section).toContain(`**\`${GECKO_ID}\`**`);
  });

  it('states the paths Firefox reads policies.json from on Linux, Windows and macOS, and not /etc/firefox-esr/', () => {
    expect(section).toContain(FIREFOX_POLICIES_FILE);
    expect(section).toContain('/usr/lib/firefox-esr/distribution/policies.json');
    expect(section).toContain('C:\\Program Files\\Mozilla Firefox\\distribution\\policies.json');
    expect(section).toContain('Firefox.app/Contents/Resources/distribution/policies.json');
    expect(doc).not.toMatch(/\/etc\/firefox-esr\/policies/);
    expect(section).toMatch(/Not `\/etc\/firefox-esr\/`/);
  });

  it('shows a policies.json that force-installs the add-on and puts the policy under 3rdparty → Extensions → its id', () => {
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    const parsed = JSON.parse(json!) as {
      policies: {
        ExtensionSettings: Record<string, { installation_mode?: string }>;
        '3rdparty': { Extensions: Record<string, { policy?: unknown }> };
      };
    };
    expect(parsed.policies.ExtensionSettings[GECKO_ID]?.installation_mode).toBe('force_installed');
    expect(parsed.policies['3rdparty'].Extensions[GECKO_ID]?.policy).toBeTypeOf('object');
  });
});
