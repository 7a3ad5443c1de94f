// Bold and italic runs to Markdown and back, for the stored document (issue 15). A version's Markdown is what is
// hashed and approved, and the page, PDF and Word file are read back from it, so emphasis must survive the trip.
// Run text is escaped, so the only asterisks left are the markers this file writes: a run of n of them, read as
// threes then the rest, flips exactly the flags that differ between the runs on either side (runs are merged first,
// so two neighbours never carry the same formatting).

// The shape of policy-document.ts's InlineRun, repeated so the two files do not import each other.
interface InlineRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

const same = (a: InlineRun, b: InlineRun) =>
  Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic);

/** Adjacent runs with the same formatting joined, empty runs dropped. */
export function mergeRuns(runs: readonly InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    if (last && same(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}

export const plainTextOf = (runs: readonly InlineRun[]) => runs.map((run) => run.text).join('');

/** True when the runs carry any formatting (plain text needs no runs). */
export const hasFormatting = (runs: readonly InlineRun[] | undefined) =>
  Boolean(runs?.some((run) => run.bold || run.italic));

export function runsToMarkdown(runs: readonly InlineRun[], escape: (text: string) => string): string {
  return mergeRuns(runs)
    .map((run) => {
      const marker = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : '';
      return `${marker}${escape(run.text)}${marker}`;
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
