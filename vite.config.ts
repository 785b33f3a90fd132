/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

// Both content scripts are built as self-contained IIFE files: the MAIN-world watch must wrap page
// APIs synchronously at document_start (an async ESM loader would run after page scripts), and the
// ISOLATED script must not share chunks with the Preact pages (its size is budgeted: ≤ 30 KB gzip).
const STANDALONE_CONTENT_SCRIPTS = ['src/content/main-world.ts', 'src/content/index.ts'];

export default defineConfig(({ mode }) => ({
  // Unit tests (mode "test") do not need crx, which would print dev-server warnings on every run.
  plugins: [preact(), ...(mode === 'test' ? [] : [crx({ manifest: manifest as ManifestV3Export, contentScripts: { standaloneFiles: STANDALONE_CONTENT_SCRIPTS } })])],
  build: {
    outDir: 'dist',
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
