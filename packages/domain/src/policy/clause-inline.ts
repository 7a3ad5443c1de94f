// The inline part of the clause Markdown subset (clause-markdown.ts): **bold**, *italic* and backslash escapes.
// Everything else that Markdown would turn into something (code, links, images, HTML, autolinks) is refused rather
// than passed through, so what a school writes can never become markup in the web page, the PDF or the .docx.
import type { InlineRun } from './policy-document.ts';
import { mergeRuns } from './policy-inline-markdown.ts';

/** A problem at an offset of the text handed in; the block parser turns offsets into line numbers. */
export interface InlineProblem {
  readonly offset: number;
  readonly message: string;
}

export type InlineResult =
  | { readonly ok: true; readonly runs: readonly InlineRun[] }
  | { readonly ok: false; readonly problems: readonly InlineProblem[] };

// The characters a backslash may escape (CommonMark's ASCII punctuation); escapeMarkdown writes a subset of them.
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const isSpace = (character: string | undefined) => character === undefined || /\s/.test(character);

export function parseInline(source: string): InlineResult {
  const problems: InlineProblem[] = [];
  const runs: InlineRun[] = [];
  const open: { kind: 'bold' | 'italic'; offset: number }[] = [];
  let text = '';
  const flush = () => {
    runs.push({ text, bold: open.some((o) => o.kind === 'bold'), italic: open.some((o) => o.kind === 'italic') });
    text = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const character = source[i] as string;
    const next = source[i + 1];
    if (character === '\\' && next !== undefined && ESCAPABLE.test(next)) {
      text += next;
      i += 1;
    } else if (character === '`') {
      problems.push({
        offset: i,
        message: 'Code (text between backticks) is not allowed; write \\` to show a backtick.',
      });
    } else if (character === '<' && next !== undefined && /[A-Za-z/!?]/.test(next)) {
      problems.push({
        offset: i,
        message: 'HTML tags and <web addresses> are not allowed; write \\< to show the character.',
      });
    } else if (character === '!' && next === '[') {
      problems.push({ offset: i, message: 'Images are not allowed in the policy text.' });
      i += 1;
    } else if (character === '[' && /^\[[^\]]*\]\s*[([]/.test(source.slice(i))) {
      problems.push({
        offset: i,
        message: 'Links are not allowed; write the web address as plain text (for example www.example.sch.uk).',
      });
    } else if (character === '*') {
      // A run of stars closes what is open (innermost first) when it follows a word, then opens when a word follows.
      let width = 1;
      while (source[i + width] === '*') width += 1;
      let left = width;
      const before = source[i - 1];
      const after = source[i + width];
      if (!isSpace(before)) {
        for (let top = open.at(-1); top && left >= (top.kind === 'bold' ? 2 : 1); top = open.at(-1)) {
          flush();
          left -= top.kind === 'bold' ? 2 : 1;
          open.pop();
        }
      }
      if (!isSpace(after)) {
        while (left >= 1) {
          const kind = left >= 2 && !open.some((o) => o.kind === 'bold') ? 'bold' : 'italic';
          if (open.some((o) => o.kind === kind)) break;
          flush();
          open.push({ kind, offset: i + width - left });
          left -= kind === 'bold' ? 2 : 1;
        }
      }
      text += '*'.repeat(left);
      i += width - 1;
    } else {
      text += character;
    }
  }
  flush();
  for (const o of open) {
    problems.push({
      offset: o.offset,
      message:
        o.kind === 'bold'
          ? 'This ** is never closed: end the bold text with **.'
          : 'This * is never closed: end the italic text with *.',
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, runs: mergeRuns(runs) };
}
