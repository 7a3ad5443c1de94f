import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './policy-document.ts';
import { markdownToRuns, mergeRuns, runsToMarkdown } from './policy-inline-markdown.ts';

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
  ];
  for (const runs of cases) {
    it(`reads back ${JSON.stringify(runs)}`, () => {
      expect(markdownToRuns(runsToMarkdown(runs, escapeMarkdown))).toEqual(mergeRuns(runs));
    });
  }

  it('merges neighbours with the same formatting and drops empty runs', () => {
    expect(mergeRuns([{ text: 'a', ...B }, { text: '' }, { text: 'b', ...B }])).toEqual([{ text: 'ab', ...B }]);
  });
});
