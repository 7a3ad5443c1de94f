// One writer of inline Markdown, two readers: the stored document's (markdownToRuns) and the clause editor's
// (parseClauseMarkdown). Whatever runs are written, both read back the same words with the same emphasis on every
// letter, and writing what they read gives the same Markdown again.
import { describe, expect, it } from 'vitest';
import { parseClauseMarkdown } from './clause-markdown.ts';
import type { InlineRun } from './policy-document.ts';
import { markdownToRuns, mergeRuns, plainTextOf, runsToMarkdown } from './policy-inline-markdown.ts';

const B = { bold: true } as const;
const I = { italic: true } as const;

describe('runs to Markdown and back', () => {
  const cases = [
    [{ text: 'plain' }],
    [{ text: 'a' }, { text: 'b', ...B }, { text: 'c' }],
    [
      { text: 'bold', ...B },
      { text: 'both', ...B, ...I },
    ],
    [
      { text: 'both', ...B, ...I },
      { text: 'bold', ...B },
    ],
    [
      { text: 'it', ...I },
      { text: 'bold', ...B },
    ],
    [
      { text: 'bold', ...B },
      { text: 'it', ...I },
    ],
    [
      { text: 'both', ...B, ...I },
      { text: 'it', ...I },
      { text: 'both', ...B, ...I },
    ],
    [{ text: 'st*rs _and_ \\ slashes', ...B }, { text: ' [link](x)' }],
    [{ text: 'Staff ' }, { text: 'must not ', ...B }, { text: 'post ' }, { text: ' anything', ...I }, { text: '.' }],
    [{ text: 'St_Mary’s *New* Academy', ...I }],
  ];

  /** Each letter that is not a space with its emphasis: what a reader sees, whichever run a space fell in. */
  const emphasisOf = (runs: readonly InlineRun[]) =>
    runs.flatMap((run) =>
      [...run.text].filter((c) => !/\s/.test(c)).map((c) => `${c}${run.bold ? 'B' : ''}${run.italic ? 'I' : ''}`),
    );
  for (const runs of cases) {
    it(`reads back ${JSON.stringify(runs)}`, () => {
      const markdown = runsToMarkdown(runs);
      const stored = markdownToRuns(markdown);
      const parsed = parseClauseMarkdown(markdown);
      if (!parsed.ok || parsed.blocks[0]?.kind !== 'paragraph') throw new Error(`not one paragraph: ${markdown}`);
      const edited = parsed.blocks[0].runs ?? [{ text: parsed.blocks[0].text }];
      for (const read of [stored, edited]) {
        expect(plainTextOf(read)).toBe(plainTextOf(runs));
        expect(emphasisOf(read)).toEqual(emphasisOf(runs));
        expect(runsToMarkdown(read)).toBe(markdown);
      }
    });
  }

  it('keeps spaces outside the markers, where a Markdown reader still sees emphasis', () => {
    expect(runsToMarkdown([{ text: 'Staff ' }, { text: 'must not ', ...B }, { text: 'post.' }])).toBe(
      'Staff **must not** post.',
    );
  });

  it('merges neighbours with the same formatting and drops empty runs', () => {
    expect(mergeRuns([{ text: 'a', ...B }, { text: '' }, { text: 'b', ...B }])).toEqual([{ text: 'ab', ...B }]);
  });
});
