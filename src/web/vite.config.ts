// Browser build of the web UI: `vite build src/web` writes dist/web, which `chronicle serve` serves.
// Everything (d3, cytoscape, the world map) is bundled: the UI never fetches from the internet.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
});
