// A version as the screens show it; the detail carries the structured document read back from its Markdown.
import type { PolicyDocumentBlock, PolicyVersionDetail, PolicyVersionSummary } from '@schoolgate/contracts';
import type { PolicyVersionRow } from '@schoolgate/db';
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

export function presentPolicyVersionDetail(row: PolicyVersionRow): PolicyVersionDetail {
  const { title, details, sections } = parsePolicyMarkdown(row.documentMarkdown);
  return {
    ...presentPolicyVersion(row),
    document: {
      title,
      details: details.map((d) => ({ ...d })),
      sections: sections.map((s) => ({
        id: s.id,
        heading: s.heading,
        blocks: s.blocks.map((b) => structuredClone(b) as PolicyDocumentBlock),
      })),
    },
  };
}
