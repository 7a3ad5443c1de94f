// Bold and italic runs to Markdown and back: the one writer of inline Markdown (issue 15). A version's Markdown is
// what is hashed and approved, and the page, PDF and Word file are read back from it; a clause put back into the
// editor is read by the clause parser (clause-inline.ts). Both readers must see the same words and emphasis, so the
// writer escapes run text (the only asterisks left are its own markers) and keeps spaces outside the markers
// ("**bold **" is not bold to a Markdown reader). Runs are merged first, so two neighbours never carry the same
// formatting, and markdownToRuns flips exactly the flags that differ between the runs either side of a marker.
import type { InlineRun } from './policy-document.ts';

/** Text in the structured form is plain; only here does it become Markdown, so "St_Mary's *New*" stays literal. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);
}

const same = (a: InlineRun, b: InlineRun) =>
  Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic);

/** Adjacent runs with the same formatting joined, empty runs dropped, `false` flags left out. */
export function mergeRuns(runs: readonly InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    if (last && same(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push({ text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) });
  }
  return merged;
}

export const plainTextOf = (runs: readonly InlineRun[]) => runs.map((run) => run.text).join('');

/** True when the runs carry any formatting (plain text needs no runs). */
export const hasFormatting = (runs: readonly InlineRun[] | undefined) =>
  Boolean(runs?.some((run) => run.bold || run.italic));

export function runsToMarkdown(runs: readonly InlineRun[]): string {
  return mergeRuns(runs)
    .map((run) => {
      const [, lead = '', words = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(run.text) ?? [];
      const marker = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : '';
      if (words === '' || marker === '') return escapeMarkdown(run.text);
      return `${lead}${marker}${escapeMarkdown(words)}${marker}${trail}`;
    })
    .join('');
}

/** Reads what runsToMarkdown wrote: backslash escapes and asterisk markers. */
export function markdownToRuns(markdown: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let bold = false;
  let italic = false;
  let text = '';
  const flush = () => {
    if (text) runs.push({ text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
    text = '';
  };
  for (let index = 0; index < markdown.length; index += 1) {
    const character = markdown[index]!;
    if (character === '\\' && index + 1 < markdown.length) {
      text += markdown[index + 1];
      index += 1;
    } else if (character === '*') {
      let stars = 0;
      while (markdown[index + stars] === '*') stars += 1;
      index += stars - 1;
      flush();
      for (; stars >= 3; stars -= 3) [bold, italic] = [!bold, !italic];
      if (stars === 2) bold = !bold;
      if (stars === 1) italic = !italic;
    } else {
      text += character;
    }
  }
  flush();
  return mergeRuns(runs);
}
