// Types of scripts/browser-deps.mjs (plain JavaScript so that scripts/test.mjs runs without tsx).
export declare const CJK_FONT_PACKAGE: 'fonts-noto-cjk';
export declare function cjkFontsInstalled(): boolean;
export declare function missingPackages(state: { chromiumPresent: boolean; fontsPresent: boolean }): string[];
export declare function ensureBrowserDeps(chromium: string, log?: (line: string) => void): boolean;
export declare function ensureBrowsers(
  browsers: { path: string; pkg: string }[],
  log?: (line: string) => void,
): boolean[];
