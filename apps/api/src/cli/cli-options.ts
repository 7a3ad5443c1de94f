// What every `schoolgate` command shares: reading its options, and the error whose message is written for the person
// at the terminal (main.ts prints it without a stack trace). Kept apart from main.ts, which imports the commands.
import { parseArgs } from 'node:util';

export class CliError extends Error {
  override name = 'CliError';
}

export function parseOptions<T extends Record<string, { type: 'string' | 'boolean' }>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}
