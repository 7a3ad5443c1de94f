import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves the built app from dist/ in production; in development Vite proxies /api to it.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
});
