import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The UI builds from web/ into web/dist, which the server serves at / with an SPA fallback. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    // In development the API runs on its own port; the browser still sees one origin, so cookies and CSRF work.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
