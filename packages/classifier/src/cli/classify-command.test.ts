import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../index.ts';
import { classifyLine } from './classify-command.ts';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const repoRoot = path.resolve(path.dirname(main), '../../../..');

const run = (input: string | Buffer, args: string[] = []) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, 'classify', ...args], {
    input,
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = result.stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
};

describe('classifyLine', () => {
  const classifier = createClassifier();
  const answer = (line: string) => JSON.parse(classifyLine(classifier, line, 9, false).text) as Record<string, unknown>;

  it('answers a blank or whitespace-only line with an error line, so outputs stay aligned', () => {
    expect(answer('')).toEqual({ line: 9, error: 'empty line' });
    expect(answer(' \t ')).toEqual({ line: 9, error: 'empty line' });
  });

  it('echoes string ids and whole-number ids exactly', () => {
    expect(answer('{"id":"a-1","text":"hi"}')).toEqual({ id: 'a-1', labels: [] });
    expect(answer('{"id":9007199254740991,"text":"hi"}')).toEqual({ id: 9007199254740991, labels: [] });
    expect(answer('{"id":-42,"text":"hi"}')).toEqual({ id: -42, labels: [] });
  });

  it('rejects numeric ids that would not come back as sent', () => {
    for (const id of ['12345678901234567890', '1e400', '-1e400', '1.5']) {
      expect(answer(`{"id":${id},"text":"hi"}`)).toEqual({ line: 9, error: expect.stringMatching(/^bad "id"/) });
    }
    expect(answer('{"id":null,"text":"hi"}')).toEqual({ line: 9, error: expect.stringMatching(/^bad "id"/) });
  });
});

describe('schoolgate classify (spawned process)', () => {
  it('classifies JSON Lines in order and reports bad lines without stopping', () => {
    const huge = 'lovely school '.repeat(50_000);
    const input = [
      JSON.stringify({ id: 'a', text: 'F*ck you, ring me on 07700 900461' }),
      '',
      'not json at all',
      JSON.stringify({ text: 'no id here' }),
      JSON.stringify({ id: 7, text: 'Merci pour la fête 😀🎉' }),
      JSON.stringify({ id: 'big', text: huge }),
      JSON.stringify({ id: 'n', text: 42 }),
    ].join('\n');
    const { status, lines, stderr } = run(input);
    expect(status).toBe(0);
    expect(stderr).toMatch(/4 line\(s\) could not be classified/);
    expect(lines.map((l) => l.id ?? `line ${l.line}`)).toEqual(['a', 'line 2', 'line 3', 'line 4', 7, 'big', 'n']);
    expect((lines[0]?.labels as { category: string }[]).map((l) => l.category)).toEqual(['abuse', 'personal_data']);
    expect(lines[1]).toEqual({ line: 2, error: 'empty line' });
    expect(lines[2]?.error).toMatch(/invalid JSON/);
    expect(lines[3]?.error).toMatch(/missing "id"/);
    expect(lines[4]?.labels).toEqual([]);
    expect(lines[6]?.error).toMatch(/missing "text"/);
  }, 60_000);

  it('takes a roster CSV and explains every score on request', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
    const roster = path.join(dir, 'roster.csv');
    writeFileSync(roster, 'first name,surname,role\nAmelia,Okafor,pupil\n');
    const { status, lines } = run(`${JSON.stringify({ id: 1, text: 'Amelia Okafor was brilliant' })}\n`, [
      '--roster',
      roster,
      '--explain',
    ]);
    expect(status).toBe(0);
    const labels = lines[0]?.labels as { category: string; kind?: string; score: number }[];
    expect(labels).toHaveLength(10 + 0);
    expect(labels.find((l) => l.category === 'personal_data')).toMatchObject({ kind: 'name', score: 0.9 });
  }, 60_000);

  it('rejects an unknown option with usage and exit code 2', () => {
    const { status, stderr } = run('', ['--nope']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown option "--nope"/);
  }, 60_000);

  it('ignores a byte-order mark before the first line and answers every line, in order', () => {
    const input = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('{"id":"bom","text":"x"}\r\n\n   \n{"id":12345678901234567890,"text":"x"}\n{"id":"end","text":"x"}'),
    ]);
    const { status, lines } = run(input);
    expect(status).toBe(0);
    expect(lines).toEqual([
      { id: 'bom', labels: [] },
      { line: 2, error: 'empty line' },
      { line: 3, error: 'empty line' },
      { line: 4, error: expect.stringMatching(/^bad "id"/) },
      { id: 'end', labels: [] },
    ]);
  }, 60_000);

  it('stops quietly when the reader goes away, and reports other write errors in one line', () => {
    const input = `${JSON.stringify({ id: 1, text: 'lovely sports day, well done everyone' })}\n`.repeat(20_000);
    const script = `node --import tsx ${JSON.stringify(main)} classify | head -1; echo "status \${PIPESTATUS[0]}" >&2`;
    const piped = spawnSync('bash', ['-c', script], { input, cwd: repoRoot, encoding: 'utf8' });
    expect(piped.stdout).toBe('{"id":1,"labels":[]}\n');
    expect(piped.stderr).toBe('status 0\n');
    if (!existsSync('/dev/full')) return;
    const full = spawnSync('sh', ['-c', `node --import tsx ${JSON.stringify(main)} classify > /dev/full`], {
      input,
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(full.status).toBe(1);
    expect(full.stderr).toBe('schoolgate classify: cannot write the output: ENOSPC: no space left on device, write\n');
  }, 60_000);

  it('says in the evidence when a long comment was not read to the end, and still finds a number there', () => {
    const text = `${'We had a lovely day at the school fair. '.repeat(500)}Ring me on 07700 900461`;
    const { lines } = run(`${JSON.stringify({ id: 'long', text })}\n`);
    expect(lines[0]?.labels).toEqual([
      {
        category: 'personal_data',
        kind: 'phone',
        score: 0.8,
        evidence:
          'phone number "07700 900461"; long comment (20,023 characters): word lists and model read the first 10,000',
      },
    ]);
  }, 60_000);

  it('reads a UTF-16 roster, and refuses one that gives no names with one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
    const utf16 = path.join(dir, 'utf16.csv');
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Pupil Name,Class\nTom Baker,6B\n', 'utf16le')]),
    );
    const ok = run(`${JSON.stringify({ id: 1, text: 'Tom Baker pushed my daughter' })}\n`, ['--roster', utf16]);
    expect(ok.lines[0]?.labels).toContainEqual(expect.objectContaining({ category: 'personal_data', kind: 'name' }));
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const refused = run('', ['--roster', empty]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split('\n')).toEqual([
      `schoolgate classify: --roster ${empty}: no full names found (expected a header such as "Name" or "Forename,Surname", or one full name per line)`,
    ]);
  }, 60_000);

  it('does not call links to the school or public bodies spam', () => {
    const input = [
      { id: 1, text: 'Trip letter: https://www.school.sch.uk/letters/trip.pdf' },
      { id: 2, text: 'Menus are on https://stmarys.org.uk/menus' },
      { id: 3, text: 'What is the url for the trip letter?' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { lines } = run(input, ['--school-domain', 'stmarys.org.uk']);
    expect(lines).toEqual([
      { id: 1, labels: [] },
      { id: 2, labels: [] },
      { id: 3, labels: [] },
    ]);
  }, 60_000);
});
