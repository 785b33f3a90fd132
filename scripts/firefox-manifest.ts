// The Firefox manifest, derived from the built Chromium one (dist/manifest.json) so there is no
// second copy to keep in step: same name, version, permissions, pages and content scripts.
// What Firefox needs differently, and why:
// - a fixed add-on id (browser_specific_settings.gecko.id): policies.json addresses the extension
//   by it, and storage.managed only exists for an extension with an explicit id;
// - strict_min_version 128: the first ESR that runs a manifest content script in world "MAIN"
//   (our document_start watch) and has storage.session;
// - background.scripts (an event page) instead of service_worker, which Firefox MV3 does not run;
// - no `key` (Chromium's id derivation), no minimum_chrome_version, and no storage.managed_schema
//   (Firefox has no schema for managed storage and warns about the key; the policy is validated
//   by our own schema in the background either way);
// - options_ui in a tab instead of the deprecated options_page.

/** The add-on id admins put under "3rdparty" → "Extensions" in policies.json (docs/admin.md). */
export const GECKO_ID = 'formwarden@formwarden.example';
export const FIREFOX_MIN_VERSION = '128.0';

type Json = Record<string, unknown>;

export function firefoxManifest(chromium: Json): Json {
  const { key: _key, minimum_chrome_version: _min, storage, background, options_page, ...rest } = chromium;
  const manifest: Json = { ...rest };

  const bg = background as { service_worker?: string; type?: string } | undefined;
  if (bg?.service_worker) manifest.background = { scripts: [bg.service_worker], ...(bg.type ? { type: bg.type } : {}) };

  const { managed_schema: _schema, ...otherStorage } = (storage ?? {}) as Json;
  if (Object.keys(otherStorage).length) manifest.storage = otherStorage;

  if (typeof options_page === 'string') manifest.options_ui = { page: options_page, open_in_tab: true };

  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // What the install prompt shows (Firefox 140+): FormWarden sends nothing anywhere.
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}
