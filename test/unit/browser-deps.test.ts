// `npm test` / `npm start` install CJK fonts with chromium (issue 18): also when chromium is there
// but the fonts are not.
import { describe, expect, it } from 'vitest';
import { missingPackages } from '../../scripts/browser-deps.mjs';

describe('browser packages to install', () => {
  it('asks for fonts-noto-cjk along with chromium, and on its own when only the fonts are missing', () => {
    expect(missingPackages({ chromiumPresent: false, fontsPresent: false })).toEqual(['chromium', 'fonts-noto-cjk']);
    expect(missingPackages({ chromiumPresent: true, fontsPresent: false })).toEqual(['fonts-noto-cjk']);
    expect(missingPackages({ chromiumPresent: false, fontsPresent: true })).toEqual(['chromium']);
    expect(missingPackages({ chromiumPresent: true, fontsPresent: true })).toEqual([]);
  });
});
