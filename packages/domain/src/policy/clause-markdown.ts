// The small, safe Markdown a school writes its own clauses in (issue 15): paragraphs, bulleted lists ("- " or
// "* "), numbered lists ("1. "), **bold**, *italic* and "### " sub-headings. Anything else Markdown knows (other
// headings, quotes, code, tables, rules, links, images, HTML) is REFUSED with a message naming the line, never shown
// as markup and never passed through: the words end up in a web page, a PDF and a .docx, and a refusal is easier to
// understand than text that silently looks different. A backslash shows a character literally (\*, \#, \<).
// Not to be confused with parsePolicyMarkdown in apps/api, which reads back a whole stored, rendered document.
import { isStorableText } from '../storable-text.ts';
import { parseInline } from './clause-inline.ts';
import { plainTextOf } from './policy-inline-markdown.ts';
import type { InlineRun, PolicyBlock } from './policy-document.ts';

export const CLAUSE_MARKDOWN_LIMITS = {
  /** Characters in one clause (or the Statement of Acceptance): about two pages of prose. */
  maxCharacters: 6000,
  maxBlocks: 60,
  maxListItems: 50,
  maxSubheadingCharacters: 150,
} as const;

export interface ClauseMarkdownProblem {
  /** 1-based line of the clause's Markdown. */
  readonly line: number;
  readonly message: string;
}

export type ClauseMarkdownResult =
  | { readonly ok: true; readonly blocks: PolicyBlock[] }
  | { readonly ok: false; readonly problems: ClauseMarkdownProblem[] };

/** Text gathered for one block, with where each source line starts, so inline problems can name their line. */
interface Pending {
  text: string;
  starts: { offset: number; line: number }[];
}

type Open = { kind: 'paragraph'; body: Pending } | { kind: 'list'; ordered: boolean; items: Pending[] } | null;

const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^ {0,3}\d{1,9}[.)][ \t]+(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}=+[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const QUOTE = /^ {0,3}>/;
const TABLE = /^ {0,3}(\||:?-+:?[ \t]*\|)/;
const INDENTED = /^( {4}|\t)/;
/** Control characters other than tab (line breaks are already split off). */
const hasControlCharacter = (line: string) =>
  [...line].some((c) => {
    const code = c.codePointAt(0) ?? 0;
    return (code < 32 && c !== '\t') || code === 127;
  });

function pending(text: string, line: number): Pending {
  return { text, starts: [{ offset: 0, line }] };
}

function extend(body: Pending, text: string, line: number): void {
  body.text += ' ';
  body.starts.push({ offset: body.text.length, line });
  body.text += text;
}

const lineAt = (body: Pending, offset: number) =>
  body.starts.reduce((found, start) => (start.offset <= offset ? start.line : found), body.starts[0]?.line ?? 1);

export function parseClauseMarkdown(markdown: string): ClauseMarkdownResult {
  const problems: ClauseMarkdownProblem[] = [];
  const blocks: PolicyBlock[] = [];
  const refuse = (line: number, message: string) => problems.push({ line, message });
  const limits = CLAUSE_MARKDOWN_LIMITS;

  if (!isStorableText(markdown)) return { ok: false, problems: [{ line: 1, message: 'Contains a broken character.' }] };
  if (markdown.length > limits.maxCharacters) {
    refuse(1, `Too long: at most ${limits.maxCharacters} characters (this has ${markdown.length}).`);
    return { ok: false, problems };
  }
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');

  const runsOf = (body: Pending): InlineRun[] => {
    const result = parseInline(body.text.trim());
    if (result.ok) return [...result.runs];
    const lead = body.text.length - body.text.trimStart().length;
    for (const p of result.problems) refuse(lineAt(body, p.offset + lead), p.message);
    return [];
  };
  let open: Open = null;
  const close = () => {
    if (open?.kind === 'paragraph') {
      const runs = runsOf(open.body);
      blocks.push({ kind: 'paragraph', text: plainTextOf(runs), runs });
    } else if (open?.kind === 'list') {
      const itemRuns = open.items.map(runsOf);
      blocks.push({ kind: 'list', ordered: open.ordered, items: itemRuns.map(plainTextOf), itemRuns });
    }
    open = null;
  };

  lines.forEach((raw, index) => {
    const n = index + 1;
    const line = raw.replace(/[ \t]+$/, '');
    if (hasControlCharacter(line)) return refuse(n, 'Contains a control character: retype this line.');
    if (line.trim() === '') return close();
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const heading = HEADING.exec(line);
    if (FENCE.test(line)) return refuse(n, 'Code blocks are not allowed in the policy text.');
    if (QUOTE.test(line))
      return refuse(n, 'Quotations marked with > are not allowed; write the quotation as a paragraph.');
    if (TABLE.test(line)) return refuse(n, 'Tables are not allowed; use a list instead.');
    if (RULE.test(line)) return refuse(n, 'Horizontal lines (---, ***) are not allowed; leave a blank line instead.');
    if (SETEXT.test(line)) return refuse(n, 'Headings underlined with === are not allowed; use ### for a sub-heading.');
    if (heading) {
      close();
      const text = heading[2]?.trim() ?? '';
      if (heading[1] !== '###')
        return refuse(n, 'Only ### sub-headings are allowed here: the section heading comes from the section itself.');
      if (text === '') return refuse(n, 'The sub-heading has no words.');
      const runs = runsOf(pending(text, n));
      const plain = plainTextOf(runs);
      if (plain.length > limits.maxSubheadingCharacters)
        return refuse(n, `Sub-headings are at most ${limits.maxSubheadingCharacters} characters.`);
      blocks.push({ kind: 'subheading', text: plain });
      return;
    }
    if (bullet || numbered) {
      const ordered = Boolean(numbered);
      const indent = line.length - line.trimStart().length;
      if (open?.kind === 'list' && indent >= 2)
        return refuse(n, 'Lists inside lists are not allowed; keep every item at the same level.');
      if (open?.kind !== 'list' || open.ordered !== ordered) {
        close();
        open = { kind: 'list', ordered, items: [] };
      }
      if (open.items.length >= limits.maxListItems)
        return refuse(n, `A list may have at most ${limits.maxListItems} items.`);
      open.items.push(pending((bullet ?? numbered)?.[1] ?? '', n));
      return;
    }
    if (open === null && INDENTED.test(line))
      return refuse(n, 'Lines indented by four spaces are code in Markdown, which is not allowed; remove the indent.');
    if (open?.kind === 'list') extend(open.items.at(-1) as Pending, line.trim(), n);
    else if (open?.kind === 'paragraph') extend(open.body, line.trim(), n);
    else open = { kind: 'paragraph', body: pending(line.trim(), n) };
  });
  close();

  if (blocks.length === 0 && problems.length === 0) refuse(1, 'Write at least one sentence.');
  if (blocks.length > limits.maxBlocks)
    refuse(1, `Too many paragraphs, lists and sub-headings: at most ${limits.maxBlocks}.`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, blocks };
}
