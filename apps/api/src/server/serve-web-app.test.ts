// The built web app as a browser receives it: hashed assets compressed and cached for a year, index.html checked
// every time, source maps never served. Runs against a small dist/ made here, shaped as Vite builds it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../routes/route-types.ts';
import { serveWebApp } from './serve-web-app.ts';

const SCRIPT = `console.log(${JSON.stringify('Schoolgate '.repeat(200))});\n`;
let app: App;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script src="/assets/index-abc123.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets/index-abc123.js'), SCRIPT);
  fs.writeFileSync(path.join(dir, 'assets/index-abc123.js.br'), brotliCompressSync(SCRIPT));
  fs.writeFileSync(path.join(dir, 'assets/index-abc123.js.gz'), gzipSync(SCRIPT));
  fs.writeFileSync(path.join(dir, 'assets/index-abc123.js.map'), '{"version":3,"sources":["secret.ts"]}');
  app = Fastify() as unknown as App;
  await serveWebApp(app, dir);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('serving the built web app', () => {
  it.each([
    ['br', 'gzip, deflate, br'],
    ['gzip', 'gzip, deflate'],
  ])('sends a hashed script as %s to a browser that accepts it, cached for a year', async (encoding, accepts) => {
    const answer = await get('/assets/index-abc123.js', accepts);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
  });

  it('sends the plain script to a client that accepts no compression', async () => {
    const answer = await get('/assets/index-abc123.js');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body).toBe(SCRIPT);
  });

  it('has browsers check index.html on every load, for the app’s own paths too', async () => {
    for (const url of ['/', '/index.html', '/moderation/comments/1']) {
      const answer = await get(url, 'gzip, br');
      expect(answer.statusCode).toBe(200);
      expect(answer.body).toContain('/assets/index-abc123.js');
      expect(answer.headers['cache-control']).toBe('no-cache');
    }
  });

  it('never serves a source map, whichever way it is asked for', async () => {
    for (const url of [
      '/assets/index-abc123.js.map',
      '/assets/index-abc123.js.map?x=1',
      '/assets/index-abc123.js%2Emap',
    ]) {
      const answer = await get(url, 'gzip, br');
      expect(answer.statusCode).toBe(404);
      expect(answer.body).not.toContain('secret.ts');
    }
  });

  it('answers a missing hashed asset with 404, not with index.html', async () => {
    const answer = await get('/assets/index-old999.js', 'br');
    expect(answer.statusCode).toBe(404);
  });
});
