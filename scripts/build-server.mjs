#!/usr/bin/env node
// Compiles the server and the `schoolgate` command (apps/api/src/cli/main.ts, with the workspace packages it
// imports) to JavaScript in apps/api/dist with esbuild, so `schoolgate start` runs no TypeScript loader
// (docs/decisions/0009-compiled-server.md). npm packages stay outside the bundle and load from node_modules as
// usual. Code that finds files next to its source (migrations, the model, fonts, package.json) keeps finding them:
// each file's `import.meta.url` is rewritten to the address of the source file it came from, relative to the bundle.
// Plain JavaScript, so bin/schoolgate.mjs can run it before any loader exists.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const serverOutdir = path.join(repoRoot, 'apps', 'api', 'dist');
export const serverEntry = path.join(serverOutdir, 'main.js');
/** Every folder whose TypeScript ends up in the bundle. */
const sourceDirs = [
  'apps/api/src',
  'packages/db/src',
  'packages/domain/src',
  'packages/contracts/src',
  'packages/classifier/src',
].map((dir) => path.join(repoRoot, dir));

const newestSource = (dir) => {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (item.name.endsWith('.ts') && !item.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
};

/** Whether apps/api/dist holds a build at least as new as every source file it was built from (tests aside). */
export const compiledServerIsCurrent = () => {
  if (!existsSync(serverEntry)) return false;
  const built = statSync(serverEntry).mtimeMs;
  return sourceDirs.every((dir) => newestSource(dir) <= built);
};

const keepSourceLocations = {
  name: 'keep-source-locations',
  setup(build) {
    // npm packages (anything not `@schoolgate/...` and not a relative path) are left to Node at run time.
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@schoolgate/') ? undefined : { path: args.path, external: true },
    );
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      if (contents.includes('import.meta.url')) {
        const relative = path.relative(serverOutdir, args.path).split(path.sep).join('/');
        contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`);
      }
      return { contents, loader: 'ts' };
    });
  },
};

export async function buildServer({ quiet = false } = {}) {
  const esbuild = await import('esbuild');
  const started = Date.now();
  // Built beside and then moved in, so a process already running from dist/ loses its files only for a moment.
  const building = `${serverOutdir}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: { main: path.join(repoRoot, 'apps/api/src/cli/main.ts') },
    outdir: building,
    bundle: true,
    // Each command stays its own chunk, loaded when asked for, as main.ts's dynamic imports intend.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [keepSourceLocations],
  });
  await rm(serverOutdir, { recursive: true, force: true });
  await rename(building, serverOutdir);
  if (!quiet) console.log(`Built the server into apps/api/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildServer();
