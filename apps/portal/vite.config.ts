import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const portalRoot = dirname(fileURLToPath(import.meta.url));
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  root: portalRoot,
  // Relative asset URLs would break on deep links (/admin/brugere), so assets are served from the origin root.
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      // dkfds only exports its JS entry; the CSS, fonts and icons are reached through this alias.
      'dkfds-dist': resolve(portalRoot, '../../node_modules/dkfds/dist'),
    },
  },
  build: {
    outDir: resolve(portalRoot, '../../dist/portal'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app, so a separate chunk stays cached across releases.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/auth': apiTarget,
      '/health': apiTarget,
    },
  },
});
