// Reads a version's stored Markdown back into the structured document, so the page and the PDF show exactly the
// text that was hashed and approved (a later change to a name or to the wording code cannot alter an old version).
// The Markdown is always written by the domain's renderPolicyMarkdown, whose shape this mirrors: bold and italic
// runs, bulleted and numbered lists, sub-headings, and the clause marker comment before a block.
import {
  hasFormatting,
  markdownToRuns,
  plainTextOf,
  type BlockSource,
  type InlineRun,
  type PolicyBlock,
  type PolicyDocument,
  type PolicySection,
} from '@schoolgate/domain';

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
const DETAIL = /^- \*\*(.*?):\*\* (.*)$/;
const CLAUSE = /^<!-- clause (\S+) (\S+) -->$/;
const ORDERED = /^\d+\. /;
const STATUSES = new Set(['enforced', 'recorded', 'guidance']);

function sourceOf(match: RegExpExecArray): BlockSource {
  const clauseId = match[1] === '-' ? undefined : decodeURIComponent(match[1]!);
  const status = STATUSES.has(match[2]!) ? (match[2] as BlockSource['status']) : undefined;
  return { ...(clauseId ? { clauseId } : {}), ...(status ? { status } : {}) };
}

interface OpenList {
  ordered: boolean;
  items: string[];
  itemRuns: InlineRun[][];
}

export function parsePolicyMarkdown(markdown: string): PolicyDocument {
  const lines = markdown.split('\n');
  let title = '';
  const details: { label: string; value: string }[] = [];
  const sections: PolicySection[] = [];
  let section: { id: string; heading: string; blocks: PolicyBlock[] } | null = null;
  let list: OpenList | null = null;
  let source: BlockSource = {};

  const closeList = () => {
    if (!list || !section) return;
    section.blocks.push({
      ...source,
      kind: 'list',
      items: list.items,
      ...(list.ordered ? { ordered: true } : {}),
      ...(list.itemRuns.some((runs) => hasFormatting(runs)) ? { itemRuns: list.itemRuns } : {}),
    });
    list = null;
    source = {};
  };

  for (const line of lines) {
    const clause = CLAUSE.exec(line);
    if (line.startsWith('# ')) {
      title = unescape(line.slice(2));
    } else if (line.startsWith('## ')) {
      closeList();
      const heading = unescape(line.slice(3));
      section = { id: `section-${sections.length + 1}`, heading, blocks: [] };
      sections.push(section);
    } else if (line === '') {
      closeList();
    } else if (!section) {
      // Before the first section, list lines are the cover details ("- **Label:** value").
      const match = DETAIL.exec(line);
      if (match) details.push({ label: unescape(match[1]!), value: unescape(match[2]!) });
    } else if (clause) {
      closeList();
      source = sourceOf(clause);
    } else if (line.startsWith('### ')) {
      closeList();
      section.blocks.push({ ...source, kind: 'subheading', text: unescape(line.slice(4)) });
      source = {};
    } else if (line.startsWith('- ') || ORDERED.test(line)) {
      const ordered = !line.startsWith('- ');
      if (list && list.ordered !== ordered) {
        const keep = source;
        closeList();
        source = keep;
      }
      list ??= { ordered, items: [], itemRuns: [] };
      const runs = markdownToRuns(ordered ? line.replace(ORDERED, '') : line.slice(2));
      list.items.push(plainTextOf(runs));
      list.itemRuns.push(runs);
    } else {
      const runs = markdownToRuns(line);
      section.blocks.push({
        ...source,
        kind: 'paragraph',
        text: plainTextOf(runs),
        ...(hasFormatting(runs) ? { runs } : {}),
      });
      source = {};
    }
  }
  closeList();
  return { title, details, sections };
}
