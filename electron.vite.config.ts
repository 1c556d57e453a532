// electron-vite 6 (Vite 8, rolldown): main → out/main/index.js and the backend process's
// out/main/backend.js (ESM, as package.json is a module),
// preload → out/preload/index.cjs (sandboxed preloads must be CommonJS), renderer → out/renderer.
// Options go under build.rolldownOptions: electron-vite reads that key and overwrites rollupOptions.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * In `electron-vite dev` only: drop index.html's CSP meta tag. The dev server injects an inline React
 * Refresh preamble that `script-src 'self'` would block; the main process sends the dev variant of
 * the same policy as a header instead (devContentSecurityPolicy). Builds keep the meta tag.
 */
function devCspFromHeader(): Plugin {
  return {
    name: 'steadfast:dev-csp-from-header',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i, ''),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Production dependencies (better-sqlite3, drizzle-orm, zod) stay external and ship in
      // node_modules: better-sqlite3 is a native module that must never be bundled.
      externalizeDeps: { include: ['better-sqlite3'] },
      rolldownOptions: {
        // The backend runs in its own utility process (electron/main/backend-entry.ts).
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          backend: resolve(root, 'electron/main/backend-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything: a sandboxed preload can require nothing but 'electron'.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devCspFromHeader()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
