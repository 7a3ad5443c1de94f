// Serves the built web app (apps/web/dist). Vite names every file under /assets/ by its content's hash, so those are
// cached for a year and never asked for again; index.html names the current ones, so browsers check it each time.
// The build writes a brotli and a gzip copy beside each asset and @fastify/static picks the one the browser accepts
// (`preCompressed`), so nothing is compressed per request. Source maps stay on the server: a .map is never served.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../routes/route-types.ts';

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

const isSourceMap = (pathname: string) => pathname.endsWith('.map');

export async function serveWebApp(app: App, webDir: string): Promise<void> {
  const root = path.resolve(webDir);
  await app.register(fastifyStatic, {
    root,
    serve: false,
    preCompressed: true,
    cacheControl: false,
    allowedPath: (pathname) => !isSourceMap(pathname),
  });

  const fileIn = (pathname: string): string | null => {
    const file = path.join(root, pathname);
    if (!file.startsWith(root + path.sep)) return null;
    return fs.existsSync(file) && fs.statSync(file).isFile() ? path.relative(root, file) : null;
  };

  // The web app routes in the browser: any other GET that is not a file gets index.html.
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const pathname = decodeURIComponent(request.url.split('?')[0]!);
    if (pathname.startsWith('/api/') || isSourceMap(pathname)) return reply.callNotFound();
    const file = fileIn(pathname);
    if (pathname.startsWith('/assets/')) {
      // A hashed asset that is not there is an old page asking for an old build: a 404, never index.html as script.
      return file ? reply.header('cache-control', IMMUTABLE_CACHE).sendFile(file) : reply.callNotFound();
    }
    return reply.header('cache-control', REVALIDATE_CACHE).sendFile(file ?? 'index.html');
  });
}
