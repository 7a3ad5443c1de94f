/**
 * A small entry for running the command before bin/schoolgate.mjs dispatches to it, and for
 * the benchmark: `npx tsx packages/classifier/src/cli/main.ts [classify] [options] < in.jsonl`.
 */
import { runClassifyCommand } from './classify-command.ts';

const args = process.argv.slice(2);
if (args[0] === 'classify') args.shift();
process.exitCode = await runClassifyCommand(args, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
