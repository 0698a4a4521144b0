import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web UI builds into dist/web, which the server serves at `/` (the API stays under /api).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), tailwindcss()],
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/web'),
    emptyOutDir: true,
    // React, TanStack Query and the Radix primitives of the first screen: ~126 kB gzipped.
    chunkSizeWarningLimit: 450,
  },
  server: {
    // `npm run dev:web` talks to a server started with `npm run dev` on port 8080.
    proxy: { '/api': 'http://localhost:8080' },
  },
});
