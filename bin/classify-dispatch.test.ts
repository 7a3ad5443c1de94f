// `schoolgate classify` runs the classifier's compiled JavaScript when `npm run build` made a current
// build, and its TypeScript otherwise: both must answer the same, and a stale build must not answer.
import { spawnSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { compiledIsCurrent } from '../packages/classifier/bin/compiled-classify.mjs';

const root = path.resolve(import.meta.dirname, '..');
const classify = (input: string) =>
  spawnSync(process.execPath, [path.join(root, 'bin', 'schoolgate.mjs'), 'classify'], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('schoolgate classify start-up path', () => {
  it('answers one line per comment with the same labels compiled or not', () => {
    const input =
      '{"id":"a","text":"I will stab the head when I see him"}\n{"id":"b","text":"Lovely assembly today"}\n';
    const first = classify(input);
    expect(first.status).toBe(0);
    const lines = first.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; labels: { category: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]?.labels.map((l) => l.category)).toContain('threat');
    expect(lines[1]?.labels).toEqual([]);
    if (compiledIsCurrent()) {
      // Touch a source file: the build is now older than its source, so the TypeScript answers.
      const source = path.join(root, 'packages', 'classifier', 'src', 'categories.ts');
      const now = new Date(Date.now() + 5_000);
      utimesSync(source, now, now);
      expect(compiledIsCurrent()).toBe(false);
      expect(classify(input).stdout).toBe(first.stdout);
    }
  }, 60_000);
});
