// A version as the screens show it; the detail carries the structured document as stored with the version.
import type {
  PolicyDocumentBlock,
  PolicyDocumentView,
  PolicyInlineRun,
  PolicyVersionDetail,
  PolicyVersionSummary,
} from '@schoolgate/contracts';
import type { PolicyVersionRow } from '@schoolgate/db';
import type { PolicyBlock, PolicyDocument } from '@schoolgate/domain';
import { parsePolicyMarkdown } from './policy-markdown.ts';

export function presentPolicyVersion(row: PolicyVersionRow): PolicyVersionSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status as PolicyVersionSummary['status'],
    createdAt: row.createdAt.toISOString(),
    summaryOfChanges: row.summaryOfChanges,
    approvedOn: row.approvedOn,
    approvalMinuteRef: row.approvalMinuteRef,
    approverName: row.approverName,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    reviewDue: row.reviewDue,
    contentHash: row.contentHash,
  };
}

/**
 * The structured document of a version: the one stored with it (with the school's formatting and the clause each
 * block comes from), or, for versions written before issue 15, read back from its Markdown.
 */
export function documentOfVersion(row: PolicyVersionRow): PolicyDocument {
  return row.document ? (row.document as unknown as PolicyDocument) : parsePolicyMarkdown(row.documentMarkdown);
}

export function presentPolicyVersionDetail(row: PolicyVersionRow): PolicyVersionDetail {
  return { ...presentPolicyVersion(row), document: presentPolicyDocument(documentOfVersion(row)) };
}

export function presentPolicyDocument({ title, details, sections }: PolicyDocument): PolicyDocumentView {
  return {
    title,
    details: details.map((d) => ({ label: d.label, value: d.value })),
    sections: sections.map((s) => ({ id: s.id, heading: s.heading, blocks: s.blocks.map(presentBlock) })),
  };
}

const runs = (items: readonly PolicyInlineRun[]) =>
  items.map((r) => ({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) }));

function presentBlock(block: PolicyBlock): PolicyDocumentBlock {
  const source = {
    ...(block.clauseId ? { clauseId: block.clauseId } : {}),
    ...(block.status ? { status: block.status } : {}),
  };
  if (block.kind === 'list') {
    return {
      kind: 'list',
      items: [...block.items],
      ...(block.ordered ? { ordered: true } : {}),
      ...(block.itemRuns ? { itemRuns: block.itemRuns.map(runs) } : {}),
      ...source,
    };
  }
  if (block.kind === 'subheading') return { kind: 'subheading', text: block.text, ...source };
  return { kind: 'paragraph', text: block.text, ...(block.runs ? { runs: runs(block.runs) } : {}), ...source };
}
