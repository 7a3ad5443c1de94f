#!/usr/bin/env node
// The `schoolgate` command. The code is TypeScript, run through tsx's loader, so there is no separate
// build step for the server; only the web app is built (by Vite). `classify` runs the classifier's
// compiled JavaScript when `npm run build` has made a current build of it (no TypeScript to compile at
// start), and the TypeScript otherwise.
const [command, ...rest] = process.argv.slice(2);
let exitCode;
if (command === 'classify') {
  const { runCompiledClassify } = await import('../packages/classifier/bin/compiled-classify.mjs');
  try {
    exitCode = await runCompiledClassify(rest);
  } catch (error) {
    // As apps/api/src/cli/main.ts reports an unexpected failure.
    console.error(error instanceof Error ? (error.stack ?? String(error)) : String(error));
    exitCode = 1;
  }
}
if (exitCode === undefined) {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../apps/api/src/cli/main.ts');
  exitCode = await main(process.argv.slice(2));
}
process.exitCode = exitCode;
