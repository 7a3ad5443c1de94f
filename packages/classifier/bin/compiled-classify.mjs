// `schoolgate classify` from the compiled JavaScript in dist/ (`npm run build` makes it), so the
// command starts without compiling TypeScript. Plain JavaScript on purpose: bin/schoolgate.mjs
// imports it before any TypeScript loader is registered. When dist/ is missing or older than any
// source file or the model, it answers undefined and the caller runs the TypeScript instead, so a
// stale build can never answer with old code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'cli', 'classify-command.js');

const newestSource = (dir) => {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (item.name.endsWith('.ts') && !item.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
};

/** Whether dist/ holds a build at least as new as every source file (tests aside). */
export const compiledIsCurrent = () => {
  if (!existsSync(entry)) return false;
  return statSync(entry).mtimeMs >= newestSource(path.join(root, 'src'));
};

/** Runs the command from dist/ and resolves to its exit code, or to undefined when dist/ is not current. */
export const runCompiledClassify = async (args) => {
  if (!compiledIsCurrent()) return undefined;
  const { runClassifyCommand } = await import(entry);
  return runClassifyCommand(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
};
