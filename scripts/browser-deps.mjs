// What the real browser needs on Debian, shared by `npm test` (scripts/test.mjs) and `npm start`
// (scripts/start.ts): chromium and firefox-esr, and fonts-noto-cjk so that Chinese text in the screenshots and in
// the browser tests is drawn as characters, not boxes (issue 18). As root the missing packages
// are installed with apt-get; otherwise the command is printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

/** Whether a Noto CJK font is installed: the package (dpkg), or any Noto CJK font fontconfig knows. */
export function cjkFontsInstalled() {
  const dpkg = spawnSync('dpkg', ['-s', CJK_FONT_PACKAGE], { encoding: 'utf8' });
  if (dpkg.status === 0 && /Status: install ok installed/.test(dpkg.stdout)) return true;
  const fc = spawnSync('fc-list', [], { encoding: 'utf8' });
  return fc.status === 0 && /noto[^\n]*cjk/i.test(fc.stdout);
}

/** The Debian packages still to install. */
export function missingPackages({ chromiumPresent, fontsPresent }) {
  return [...(chromiumPresent ? [] : ['chromium']), ...(fontsPresent ? [] : [CJK_FONT_PACKAGE])];
}

/**
 * Installs, in one apt-get run when we are root, the browsers that are missing (each
 * `{ path, pkg }`) and the CJK fonts; otherwise prints the command. Returns, per browser, whether it
 * is there afterwards. Missing fonts alone never fail a run: only Chinese glyphs draw as boxes.
 */
export function ensureBrowsers(browsers, log = console.log) {
  const missing = [
    ...browsers.filter((b) => !existsSync(b.path)).map((b) => b.pkg),
    ...(cjkFontsInstalled() ? [] : [CJK_FONT_PACKAGE]),
  ];
  if (missing.length > 0) {
    if (process.getuid?.() === 0) {
      log(`installing ${missing.join(' and ')} with apt-get (root)…`);
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } else {
      log(`missing: ${missing.join(', ')}. Install as root: apt-get update && apt-get install -y ${missing.join(' ')}`);
    }
  }
  return browsers.map((b) => existsSync(b.path));
}

/** Chromium (and the fonts) only: whether chromium is there afterwards. */
export function ensureBrowserDeps(chromium, log = console.log) {
  return ensureBrowsers([{ path: chromium, pkg: 'chromium' }], log)[0];
}
