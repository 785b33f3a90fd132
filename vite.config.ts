import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
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
});
