/**
 * `schoolgate classify`: JSON Lines `{"id","text"}` in, one `{"id","labels"}` line out per
 * input, in order. A bad line gets an error line naming its id (or line number when there is
 * no id) and the rest are still classified; blank lines are skipped. Exit code 0 when the input
 * was read to the end (bad lines are answered by their error lines), 2 for a usage or start-up error.
 */
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createClassifier, type Classifier } from '../index.ts';
import { loadDefaultModel } from './load-model.ts';
import { parseRosterCsv } from './roster-csv.ts';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: schoolgate classify [--roster FILE] [--explain] [--model FILE] < comments.jsonl
Reads JSON Lines {"id": ..., "text": ...} and writes {"id": ..., "labels": [...]} per line.
  --roster FILE  CSV of pupils' and staff names (columns name, or first name and surname; optional role)
  --explain      list every category with its score, not only those over threshold
  --model FILE   use other trained weights than the shipped model
`;

interface Options {
  roster?: string;
  model?: string;
  explain: boolean;
  help: boolean;
}

const parseArgs = (args: string[]): Options | string => {
  const options: Options = { explain: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--explain') options.explain = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--roster' || flag === '--model') {
      const value = inline ?? args[++i];
      if (!value) return `${flag} needs a file name`;
      options[flag === '--roster' ? 'roster' : 'model'] = value;
    } else return `unknown option "${arg}"`;
  }
  return options;
};

type LineResult = { ok: true; text: string } | { ok: false; text: string };

const describeId = (id: unknown) => (typeof id === 'string' || typeof id === 'number' ? id : undefined);

export const classifyLine = (
  classifier: Classifier,
  line: string,
  lineNumber: number,
  explain: boolean,
): LineResult => {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, text: JSON.stringify({ line: lineNumber, error: `invalid JSON: ${message}` }) };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, text: JSON.stringify({ line: lineNumber, error: 'expected an object {"id", "text"}' }) };
  }
  const record = input as Record<string, unknown>;
  const id = describeId(record.id);
  if (id === undefined) {
    return { ok: false, text: JSON.stringify({ line: lineNumber, error: 'missing "id" (a string or a number)' }) };
  }
  if (typeof record.text !== 'string') {
    return { ok: false, text: JSON.stringify({ id, line: lineNumber, error: 'missing "text" (a string)' }) };
  }
  return { ok: true, text: JSON.stringify({ id, labels: classifier.classify(record.text, { explain }) }) };
};

const FLUSH_AT = 64 * 1024;

export async function runClassifyCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`schoolgate classify: ${parsed}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  let classifier: Classifier;
  try {
    const roster = parsed.roster ? parseRosterCsv(readFileSync(parsed.roster, 'utf8')) : [];
    classifier = createClassifier({ roster, model: loadDefaultModel(parsed.model) });
  } catch (error) {
    io.stderr.write(`schoolgate classify: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  let buffer = '';
  let bad = 0;
  let lineNumber = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    buffer = '';
    if (!io.stdout.write(chunk)) await once(io.stdout, 'drain');
  };
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim().length === 0) continue;
    const result = classifyLine(classifier, line, lineNumber, parsed.explain);
    if (!result.ok) bad++;
    buffer += `${result.text}\n`;
    if (buffer.length >= FLUSH_AT) await flush();
  }
  await flush();
  if (bad > 0) io.stderr.write(`schoolgate classify: ${bad} line(s) could not be classified; see their error lines\n`);
  // Bad lines are answered in the output, in order, like the good ones: the run itself succeeded. Only a
  // usage or start-up problem (exit 2) means no answer at all.
  return 0;
}
