/// <reference types="vitest/config" />
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

// Both content scripts are built as self-contained IIFE files: the MAIN-world watch must wrap page
// APIs synchronously at document_start (an async ESM loader would run after page scripts), and the
// ISOLATED script must not share chunks with the Preact pages (its size is budgeted: ≤ 30 KB gzip).
const STANDALONE_CONTENT_SCRIPTS = ['src/content/main-world.ts', 'src/content/index.ts'];

/**
 * `vite build` is the production build (dist/). `vite build --mode browser-test` (npm run
 * build:test) writes dist-test/ with `__FW_TEST__` true: the real-browser tests read the content
 * script's figures through a hook in its isolated world. In production `__FW_TEST__` is false and
 * the minifier drops the hook: nothing of it ships.
 */
const TEST_MODE = 'browser-test';
const defines = (mode: string) => ({ __FW_TEST__: JSON.stringify(mode === TEST_MODE) });

/**
 * Rebuilds the ISOLATED content script after crx has written it, as one minified IIFE with no
 * shared chunks, so its size is what the budget measures. It imports only the DOM half of the core
 * (src/core/collect.ts): classification vocabularies and the public-suffix list stay in the
 * background.
 */
function leanContentScript(outDir: string, define: Record<string, string>): Plugin {
  return {
    name: 'formwarden:lean-content-script',
    apply: 'build',
    async closeBundle() {
      // The MAIN-world watch runs on the page's stack: a page that makes it call back (a getter, a
      // toString on an argument) reads its frames in `new Error().stack`. Without a sourceURL they
      // would name chrome-extension://<FormWarden's fixed id>/…; with it they read like any
      // anonymous script's (test/browser/channel.test.ts).
      appendFileSync(
        resolve(import.meta.dirname, outDir, 'src/content/main-world.js'),
        '\n//# sourceURL=<anonymous>\n',
      );
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define,
        build: {
          outDir: resolve(import.meta.dirname, outDir, 'src/content'),
          emptyOutDir: false,
          target: 'chrome120',
          // Terser, not esbuild's minifier, for this one file: it folds and inlines further and
          // keeps the budgeted script ≈ 1 KB gzip smaller (measured: 31.0 → 30.0 KB) — the
          // budget is what this build is for. The rest of the extension keeps esbuild's speed.
          minify: 'terser',
          // FORMWARDEN_KEEP_NAMES=1: names kept, for profiles (scripts/profile-slices.ts).
          terserOptions: {
            ecma: 2020,
            compress: { passes: 4, pure_getters: true, unsafe_arrows: true },
            mangle: !process.env.FORMWARDEN_KEEP_NAMES,
          },
          lib: {
            entry: resolve(import.meta.dirname, 'src/content/index.ts'),
            formats: ['iife'],
            name: 'formwardenContent',
            fileName: () => 'index.js',
          },
        },
      });
    },
  };
}

export default defineConfig(({ mode }) => ({
  define: defines(mode),
  // Unit tests (mode "test") do not need crx, which would print dev-server warnings on every run.
  plugins: [
    preact(),
    ...(mode === 'test'
      ? []
      : [
          crx({
            manifest,
            contentScripts: { standaloneFiles: STANDALONE_CONTENT_SCRIPTS },
          }),
          leanContentScript(mode === TEST_MODE ? 'dist-test' : 'dist', defines(mode)),
        ]),
  ],
  build: {
    outDir: mode === TEST_MODE ? 'dist-test' : 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    rollupOptions: {
      input: {
        options: 'src/ui/options/options.html',
        preview: 'src/ui/preview/preview.html',
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/core/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
}));
