import { describe, expect, it } from 'vitest';
import { parseClauseMarkdown, CLAUSE_MARKDOWN_LIMITS } from './clause-markdown.ts';
import { runsToMarkdown } from './policy-inline-markdown.ts';

const blocks = (markdown: string) => {
  const result = parseClauseMarkdown(markdown);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.blocks;
};
const problems = (markdown: string) => {
  const result = parseClauseMarkdown(markdown);
  return result.ok ? [] : result.problems;
};

describe('parseClauseMarkdown: the allowed subset', () => {
  it('reads paragraphs, joining wrapped lines, with bold and italic runs beside the plain text', () => {
    expect(blocks('Staff **must not** post\n*anything* about pupils.\n\nSecond paragraph.')).toEqual([
      {
        kind: 'paragraph',
        text: 'Staff must not post anything about pupils.',
        runs: [
          { text: 'Staff ' },
          { text: 'must not', bold: true },
          { text: ' post ' },
          { text: 'anything', italic: true },
          { text: ' about pupils.' },
        ],
      },
      { kind: 'paragraph', text: 'Second paragraph.', runs: [{ text: 'Second paragraph.' }] },
    ]);
  });

  it('reads bulleted and numbered lists, and a ### sub-heading', () => {
    const result = blocks('### Harassment\n\n- one\n* two\n  continued\n\n1. first\n2) second');
    expect(result[0]).toEqual({ kind: 'subheading', text: 'Harassment' });
    expect(result[1]).toMatchObject({ kind: 'list', ordered: false, items: ['one', 'two continued'] });
    expect(result[2]).toMatchObject({ kind: 'list', ordered: true, items: ['first', 'second'] });
  });

  it('a list of the other kind straight after starts a new list', () => {
    const result = blocks('- a\n1. b');
    expect(result.map((b) => b.kind === 'list' && b.ordered)).toEqual([false, true]);
  });

  it('bold and italic together, and inner emphasis closed first', () => {
    expect(blocks('***both*** and **bold *and italic***')[0]).toMatchObject({
      text: 'both and bold and italic',
      runs: [
        { text: 'both', bold: true, italic: true },
        { text: ' and ' },
        { text: 'bold ', bold: true },
        { text: 'and italic', bold: true, italic: true },
      ],
    });
  });

  it('keeps lone stars, underscores, hashtags and backslash escapes as text', () => {
    expect(blocks('2 * 3 = 6, snake_case, #hashtag, \\*not italic\\*, \\<b\\>')[0]).toMatchObject({
      text: '2 * 3 = 6, snake_case, #hashtag, *not italic*, <b>',
    });
  });

  it('accepts Windows line endings and trailing spaces', () => {
    expect(blocks('One  \r\ntwo\r\n\r\n- a\r\n')).toHaveLength(2);
  });
});

describe('parseClauseMarkdown: everything else is refused with the line', () => {
  it.each([
    ['# Title', 1, /Only ### sub-headings/],
    ['text\n\n## Section', 3, /Only ### sub-headings/],
    ['#### Deep', 1, /Only ### sub-headings/],
    ['Fine\n<script>alert(1)</script>', 2, /HTML/],
    ['A <b>bold</b> word', 1, /HTML/],
    ['See <https://example.org>', 1, /HTML tags and <web addresses>/],
    ['Read [the policy](https://example.org).', 1, /Links are not allowed/],
    ['![logo](logo.png)', 1, /Images/],
    ['Use `code` here', 1, /Code/],
    ['```\nrm -rf\n```', 1, /Code blocks/],
    ['    indented code', 1, /four spaces/],
    ['> quoted', 1, /Quotations/],
    ['| a | b |\n| - | - |', 1, /Tables/],
    ['above\n\n---', 3, /Horizontal lines/],
    ['Title\n===', 2, /underlined/],
    ['- item\n  - nested', 2, /Lists inside lists/],
    ['An **unclosed bold', 1, /never closed/],
    ['first line\nan *unclosed italic', 2, /never closed/],
    ['bad \u0007 bell', 1, /control character/],
  ])('%j', (markdown, line, message) => {
    const found = problems(markdown);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ line });
    expect(found[0]?.message).toMatch(message);
  });

  it('refuses empty text and text over the limit', () => {
    expect(problems('  \n\n')[0]?.message).toMatch(/at least one sentence/);
    expect(problems('a'.repeat(CLAUSE_MARKDOWN_LIMITS.maxCharacters + 1))[0]?.message).toMatch(/Too long/);
  });

  it('refuses a list longer than the limit', () => {
    const long = Array.from({ length: CLAUSE_MARKDOWN_LIMITS.maxListItems + 1 }, (_, i) => `- item ${i}`).join('\n');
    expect(problems(long)[0]).toMatchObject({ line: CLAUSE_MARKDOWN_LIMITS.maxListItems + 1 });
  });

  it('never lets markup through: refused text is not rendered at all', () => {
    const result = parseClauseMarkdown('Hello <img src=x onerror=alert(1)>');
    expect(result.ok).toBe(false);
  });
});

describe('rendering runs back to Markdown reads back the same words and formatting', () => {
  it.each([
    'Plain words with *stars* escaped: \\* and \\_ and \\#',
    'Staff **must not** post *anything*, ***ever***.',
    '**bold** *italic* **bold *both***',
    'Names like St\\_Mary\\*s stay literal',
  ])('%j', (markdown) => {
    const [first] = blocks(markdown);
    if (first?.kind !== 'paragraph' || !first.runs) throw new Error('expected a paragraph');
    const rendered = runsToMarkdown(first.runs);
    const [again] = blocks(rendered);
    if (again?.kind !== 'paragraph' || !again.runs) throw new Error('expected a paragraph');
    expect(again.text).toBe(first.text);
    // Spaces move outside the markers ("**bold **" is not bold in Markdown), so compare the second round.
    expect(runsToMarkdown(again.runs)).toBe(rendered);
    expect(
      again.runs.filter((r) => r.text.trim()).map(({ text, bold, italic }) => [text.trim(), !!bold, !!italic]),
    ).toEqual(first.runs.filter((r) => r.text.trim()).map(({ text, bold, italic }) => [text.trim(), !!bold, !!italic]));
  });
});
