import { CliError } from './cli-options.ts';

export async function subjectAccessCommand(_args: string[]): Promise<number> {
  throw new CliError('subject-access is not available yet.');
}
