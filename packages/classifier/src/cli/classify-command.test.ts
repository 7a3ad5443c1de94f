import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const repoRoot = path.resolve(path.dirname(main), '../../../..');

const run = (input: string, args: string[] = []) => {
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
    expect(stderr).toMatch(/3 line\(s\) could not be classified/);
    expect(lines.map((l) => l.id ?? `line ${l.line}`)).toEqual(['a', 'line 3', 'line 4', 7, 'big', 'n']);
    expect((lines[0]?.labels as { category: string }[]).map((l) => l.category)).toEqual(['abuse', 'personal_data']);
    expect(lines[1]?.error).toMatch(/invalid JSON/);
    expect(lines[2]?.error).toMatch(/missing "id"/);
    expect(lines[3]?.labels).toEqual([]);
    expect(lines[5]?.error).toMatch(/missing "text"/);
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
});
