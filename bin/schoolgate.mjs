#!/usr/bin/env node
// The `schoolgate` command. It runs the compiled JavaScript in apps/api/dist (esbuild; `npm run build` makes it,
// and `start` makes it when it is missing or older than the source), so a server starts without compiling
// TypeScript (docs/decisions/0009-compiled-server.md). When there is no current build, or SCHOOLGATE_TS=1 asks for
// it (development), the TypeScript runs through tsx's loader instead. `classify` runs the classifier's own compiled
// bundle when current.
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
  let main;
  if (process.env.SCHOOLGATE_TS !== '1') {
    const { buildServer, compiledServerIsCurrent, serverEntry } = await import('../scripts/build-server.mjs');
    let current = compiledServerIsCurrent();
    if (!current && command === 'start') {
      try {
        await buildServer();
        current = true;
      } catch (error) {
        // esbuild missing (an install without dev dependencies) or the build failed: the TypeScript still runs.
        console.error(
          `The server could not be compiled (${error instanceof Error ? error.message : String(error)}); running the TypeScript.`,
        );
      }
    }
    if (current) {
      ({ main } = await import(serverEntry));
      // `start` says which code it runs.
      process.env.SCHOOLGATE_CODE = 'compiled';
    }
  }
  if (!main) {
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import('../apps/api/src/cli/main.ts'));
  }
  exitCode = await main(process.argv.slice(2));
}
process.exitCode = exitCode;
