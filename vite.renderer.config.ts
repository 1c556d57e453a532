// Builds the renderer alone (no Electron needed): the browser host serves out/renderer, and the
// end-to-end tests run against it. electron.vite.config.ts builds the same renderer for the app.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
