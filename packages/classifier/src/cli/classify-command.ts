/**
 * `schoolgate classify`: JSON Lines `{"id","text"}` in, exactly one line out per input line, in
 * order, so outputs stay aligned with inputs: `{"id","labels"}`, or an error line naming the id
 * (or the line number when there is no usable id) for a bad line, including a blank one. Exit
 * code 0 when the input was read to the end (bad lines are answered by their error lines) or the
 * reader of the output went away (EPIPE, as in `| head`), 1 when the output could not be
 * written, 2 for a usage or start-up error.
 */
import { readFileSync } from 'node:fs';
import { createClassifier, type Classifier } from '../index.ts';
import { LineWriter, readLineBatches } from './json-lines.ts';
import { loadDefaultModel } from './load-model.ts';
import { decodeCsvBytes, parseRosterCsv } from './roster-csv.ts';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: schoolgate classify [--roster FILE] [--explain] [--school-domain DOMAIN] [--model FILE]
                          < comments.jsonl > labels.jsonl
Reads JSON Lines {"id": ..., "text": ...} (UTF-8, a leading byte-order mark is ignored) and writes
exactly one line per input line, in order: {"id": ..., "labels": [...]}, or for a bad line
{"id"?, "line": N, "error": "..."}. A blank line gets {"line": N, "error": "empty line"}, so output
line N always answers input line N. An id is a string or a whole number up to 9007199254740991
(larger numbers cannot be echoed exactly: send them as strings).
  --roster FILE          CSV of pupils' and staff names (UTF-8 or UTF-16; a header such as Name,
                         Pupil Name, or Forename and Surname; optional Role)
  --explain              list every category with its score, not only those over threshold
  --school-domain DOMAIN the school's own website (repeatable): links to it are not spam
  --model FILE           use other trained weights than the shipped model
Exit code 0 when all input was answered (or the reader of the output stopped early), 1 when the
output could not be written, 2 for a usage or start-up error.
`;

interface Options {
  roster?: string;
  model?: string;
  schoolDomains: string[];
  explain: boolean;
  help: boolean;
}

const parseArgs = (args: string[]): Options | string => {
  const options: Options = { explain: false, help: false, schoolDomains: [] };
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
    } else if (flag === '--school-domain') {
      const value = inline ?? args[++i];
      if (!value) return `${flag} needs a domain, such as stmarys.org.uk`;
      options.schoolDomains.push(...value.split(',').filter((d) => d.trim().length > 0));
    } else return `unknown option "${arg}"`;
  }
  return options;
};

type LineResult = { ok: true; text: string } | { ok: false; text: string };

const errorLine = (lineNumber: number, error: string, id?: string | number): LineResult => ({
  ok: false,
  text: JSON.stringify(id === undefined ? { line: lineNumber, error } : { id, line: lineNumber, error }),
});

/** The id to echo, or why it cannot be: a number past 2^53 - 1 or not whole would come back changed. */
const checkId = (id: unknown): { id: string | number } | { error: string } => {
  if (id === undefined) return { error: 'missing "id" (a string or a whole number)' };
  if (typeof id === 'string') return { id };
  if (typeof id === 'number' && Number.isSafeInteger(id)) return { id };
  if (typeof id === 'number') {
    return {
      error:
        'bad "id": a number id must be a whole number from -9007199254740991 to 9007199254740991 (send others as strings)',
    };
  }
  return { error: 'bad "id": expected a string or a whole number' };
};

export const classifyLine = (
  classifier: Classifier,
  line: string,
  lineNumber: number,
  explain: boolean,
): LineResult => {
  if (line.trim().length === 0) return errorLine(lineNumber, 'empty line');
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return errorLine(lineNumber, `invalid JSON: ${message}`);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return errorLine(lineNumber, 'expected an object {"id", "text"}');
  }
  const record = input as Record<string, unknown>;
  const checked = checkId(record.id);
  if ('error' in checked) return errorLine(lineNumber, checked.error);
  const { id } = checked;
  if (typeof record.text !== 'string') return errorLine(lineNumber, 'missing "text" (a string)', id);
  try {
    return { ok: true, text: JSON.stringify({ id, labels: classifier.classify(record.text, { explain }) }) };
  } catch (error) {
    // Never expected; one comment must not end the run or shift the lines after it.
    return errorLine(lineNumber, `could not classify: ${error instanceof Error ? error.message : String(error)}`, id);
  }
};

/** The roster file's names; a file that gives none is a start-up error, not a silent empty roster. */
const loadRoster = (file: string) => {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`--roster ${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  let text: string;
  try {
    text = decodeCsvBytes(bytes);
  } catch (error) {
    throw new Error(`--roster ${file} ${error instanceof Error ? error.message : String(error)}`);
  }
  const roster = parseRosterCsv(text);
  if (roster.length === 0) {
    throw new Error(
      `--roster ${file}: no full names found (expected a header such as "Name" or "Forename,Surname", or one full name per line)`,
    );
  }
  return roster;
};

/** 0 when the output was written or its reader went away (`| head -1`, as other Unix filters do), else 1. */
const outputFailure = (out: LineWriter, io: CommandIo): number => {
  if (!out.error || out.error.code === 'EPIPE') return 0;
  io.stderr.write(`schoolgate classify: cannot write the output: ${out.error.message}\n`);
  return 1;
};

export async function runClassifyCommand(args: string[], io: CommandIo): Promise<number> {
  // Nothing useful can be done when stderr itself is gone; do not crash on it.
  io.stderr.on('error', () => {});
  const out = new LineWriter(io.stdout);
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`schoolgate classify: ${parsed}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    await out.write(USAGE);
    await out.flush();
    return outputFailure(out, io);
  }
  let classifier: Classifier;
  try {
    const roster = parsed.roster ? loadRoster(parsed.roster) : [];
    classifier = createClassifier({
      roster,
      model: loadDefaultModel(parsed.model),
      trustedDomains: parsed.schoolDomains,
    });
  } catch (error) {
    io.stderr.write(`schoolgate classify: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  let bad = 0;
  let lineNumber = 0;
  // A chunk's lines are answered together and written as one string: no await per line.
  for await (const lines of readLineBatches(io.stdin as AsyncIterable<string | Buffer>)) {
    let answers = '';
    for (const read of lines) {
      lineNumber++;
      // A byte-order mark (Windows editors add one) is not part of the first line's JSON.
      const line = lineNumber === 1 ? read.replace(/^\uFEFF/, '') : read;
      const result = classifyLine(classifier, line, lineNumber, parsed.explain);
      if (!result.ok) bad++;
      answers += `${result.text}\n`;
    }
    await out.write(answers);
    if (out.failed) break;
  }
  await out.flush();
  if (out.error) return outputFailure(out, io);
  if (bad > 0) io.stderr.write(`schoolgate classify: ${bad} line(s) could not be classified; see their error lines\n`);
  // Bad lines are answered in the output, in order, like the good ones: the run itself succeeded. Only a
  // usage or start-up problem (exit 2) means no answer at all.
  return 0;
}
