// `npm run build:firefox` (after `npm run build`): dist/ → dist-firefox/ with the manifest rewritten
// for Firefox (scripts/firefox-manifest.ts), and dist-firefox.xpi (a zip with manifest.json at
// its root, what about:addons "Install Add-on From File" and enterprise policies take).
//
// Why a copy of dist/ and not a second crx build: @crxjs emits plain files that are already what
// Firefox runs — ES-module extension pages, a background entry (service-worker-loader.js, one
// static import) that loads as a module background script, and both content scripts as
// self-contained IIFEs (vite.config.ts). Only the manifest differs, and @crxjs would validate a
// Firefox manifest against Chromium's rules (it has no Firefox target). One build, one set of
// bundles: what the Chromium tests exercise is byte for byte what Firefox loads.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { firefoxManifest } from './firefox-manifest';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
export const XPI = join(ROOT, 'dist-firefox.xpi');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Every file the manifest names must be in the package (a typo would only show at install). */
function missingFiles(manifest: Record<string, unknown>, dir: string): string[] {
  const named: string[] = [];
  const bg = manifest.background as { scripts?: string[] } | undefined;
  named.push(...(bg?.scripts ?? []));
  for (const cs of (manifest.content_scripts ?? []) as { js?: string[]; css?: string[] }[])
    named.push(...(cs.js ?? []), ...(cs.css ?? []));
  const action = manifest.action as { default_popup?: string } | undefined;
  if (action?.default_popup) named.push(action.default_popup);
  const options = manifest.options_ui as { page?: string } | undefined;
  if (options?.page) named.push(options.page);
  named.push(...Object.values((manifest.icons ?? {}) as Record<string, string>));
  return named.filter((f) => !existsSync(join(dir, f)));
}

export function buildFirefox(): void {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  rmSync(DIST_FIREFOX, { recursive: true, force: true });
  cpSync(DIST, DIST_FIREFOX, { recursive: true });
  // Chromium's managed-storage schema has no use in Firefox (no manifest key points at it).
  rmSync(join(DIST_FIREFOX, 'managed_schema.json'), { force: true });
  const manifest = firefoxManifest(
    JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>,
  );
  writeFileSync(join(DIST_FIREFOX, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const missing = missingFiles(manifest, DIST_FIREFOX);
  if (missing.length)
    throw new Error(`dist-firefox/manifest.json names files that are not there: ${missing.join(', ')}`);
  const entries = Object.fromEntries(
    files(DIST_FIREFOX).map((f) => [relative(DIST_FIREFOX, f).split('\\').join('/'), readFileSync(f)]),
  );
  writeFileSync(XPI, zipSync(entries, { level: 9 }));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  buildFirefox();
  console.log(`dist-firefox/ and ${relative(ROOT, XPI)} written`);
}
