import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

// The API serves the built app from dist/ in production; in development Vite proxies /api to it.
// Built assets are pre-compressed here (brotli and gzip beside each file) so the server only picks the file the
// browser accepts. Source maps are made for our own debugging but never referenced from a bundle ('hidden'), never
// compressed, and the server refuses to serve them.
export default defineConfig({
  plugins: [
    react(),
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/, /\.html$/], threshold: 1024 }),
  ],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', sourcemap: 'hidden', chunkSizeWarningLimit: 1500 },
});
