// The school's human-readable policy, produced from the same settings the system enforces (PRODUCT C1), so the
// document and the system cannot disagree. Two outputs from one builder: a structured form (sections of plain-text
// paragraphs and lists) for the PDF renderer and the web, and Markdown made from that structured form.
import type { IsoDate } from '../calendar/london-time.ts';
import type { ClauseStatus, PolicyContent } from './policy-content.ts';
import type { PolicySettings } from './policy-settings.schema.ts';
import { buildPolicySections } from './policy-document-sections.ts';
import { buildContentSections, responsiblePersonLine } from './policy-content-document.ts';
import { longDate } from './policy-document-text.ts';
import { escapeMarkdown, hasFormatting, runsToMarkdown } from './policy-inline-markdown.ts';
import type { VersionHistoryRow } from './policy-version-history.ts';

/** Facts about the school that the settings do not hold; names are filled in from the school's records. */
export interface PolicyDocumentFacts {
  readonly schoolName: string;
  /** Null for a school that is not part of a trust. */
  readonly trustName: string | null;
  readonly headteacher: string;
  readonly dsl: string;
  readonly deputyDsls: readonly string[];
  readonly chairOfGovernors: string | null;
  /** The version label shown to readers, e.g. "3" or "2026.1". */
  readonly version: string;
  /** When the governors (or trustees) approved this version; null for a draft. */
  readonly approvedOn: IsoDate | null;
  readonly reviewDate: IsoDate;
}

/** A piece of text with the formatting the allowed Markdown subset has (issue 15). */
export interface InlineRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/**
 * Where a block came from, for readers and the web view: the clause's id and what Schoolgate does about it.
 * Absent on blocks that belong to no clause (cover details, history).
 */
export interface BlockSource {
  readonly clauseId?: string;
  readonly status?: ClauseStatus;
}

// `text` and `items` always hold the plain words, so a renderer without formatting loses nothing but emphasis;
// `runs` (paragraph) and `itemRuns` (list, one array of runs per item) carry bold and italic for renderers that can.
export type PolicyBlock =
  | (BlockSource & { readonly kind: 'paragraph'; readonly text: string; readonly runs?: readonly InlineRun[] })
  | (BlockSource & {
      readonly kind: 'list';
      readonly items: readonly string[];
      readonly ordered?: boolean;
      readonly itemRuns?: readonly (readonly InlineRun[])[];
    })
  | (BlockSource & { readonly kind: 'subheading'; readonly text: string });

export interface PolicySection {
  /** Stable across versions, for anchors and for comparing versions. */
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly PolicyBlock[];
}

export interface PolicyDocument {
  readonly title: string;
  /** Label and value pairs for the cover or header: version, approval, review date, responsible people. */
  readonly details: readonly { readonly label: string; readonly value: string }[];
  readonly sections: readonly PolicySection[];
  /**
   * The "Version history" table that ends the document: the school's imported rows, then Schoolgate's versions.
   * Added when the document is shown (it grows after a version is approved), so it is never in the stored Markdown.
   */
  readonly history?: readonly VersionHistoryRow[];
}

/**
 * The document for a version. With `content` (issue 15) the sections and clauses are the school's, enforced ones
 * generated from the settings, and the cover names the person responsible; without it, the fixed sections every
 * version had before (so callers that store no content keep working).
 */
export function buildPolicyDocument(
  settings: PolicySettings,
  facts: PolicyDocumentFacts,
  content?: PolicyContent | null,
): PolicyDocument {
  const responsible = content ? responsiblePersonLine(content.responsiblePerson) : null;
  const details = [
    { label: 'School', value: facts.schoolName },
    ...(facts.trustName ? [{ label: 'Trust', value: facts.trustName }] : []),
    { label: 'Version', value: facts.version },
    { label: 'Approved', value: facts.approvedOn ? longDate(facts.approvedOn) : 'Draft, not yet approved' },
    { label: 'Next review', value: longDate(facts.reviewDate) },
    ...(responsible ? [{ label: 'Responsible for this policy', value: responsible }] : []),
    { label: 'Headteacher', value: facts.headteacher },
    { label: 'Designated safeguarding lead', value: facts.dsl },
  ];
  return {
    title: `${facts.schoolName}: social media policy`,
    details,
    sections: content ? buildContentSections(settings, facts, content) : buildPolicySections(settings, facts),
  };
}

// A line the reader would take for a list item or a clause marker starts with an escape instead.
const guardLineStart = (line: string) => line.replace(/^(\d+)\. /, '$1\\. ').replace(/^- /, '\\- ');

const inline = (text: string, runs: readonly InlineRun[] | undefined) =>
  runs && hasFormatting(runs) ? runsToMarkdown(runs) : escapeMarkdown(text);

/** The clause a block comes from, as an HTML comment a Markdown reader does not show (read back by the API). */
export const clauseMarker = (source: BlockSource) =>
  `<!-- clause ${encodeURIComponent(source.clauseId ?? '-')} ${source.status ?? '-'} -->`;

export function renderPolicyMarkdown(document: PolicyDocument): string {
  const lines: string[] = [`# ${escapeMarkdown(document.title)}`, ''];
  for (const { label, value } of document.details)
    lines.push(`- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`);
  for (const section of document.sections) {
    lines.push('', `## ${escapeMarkdown(section.heading)}`);
    for (const block of section.blocks) {
      lines.push('');
      if (block.clauseId || block.status) lines.push(clauseMarker(block));
      if (block.kind === 'paragraph') lines.push(guardLineStart(inline(block.text, block.runs)));
      else if (block.kind === 'subheading') lines.push(`### ${escapeMarkdown(block.text)}`);
      else
        block.items.forEach((item, index) =>
          lines.push(`${block.ordered ? `${index + 1}.` : '-'} ${inline(item, block.itemRuns?.[index])}`),
        );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Settings and facts straight to Markdown. */
export function renderPolicyDocument(
  settings: PolicySettings,
  facts: PolicyDocumentFacts,
  content?: PolicyContent | null,
): string {
  return renderPolicyMarkdown(buildPolicyDocument(settings, facts, content));
}
