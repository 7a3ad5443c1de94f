// Turns stored rows into what the API answers. Names of the people who acted come from the users table.
import type { ConcernEntryRow, ConcernPersonRow, ConcernRow } from '@schoolgate/db';
import type { ConcernDetail, ConcernListResponse } from '@schoolgate/contracts';

type ListItem = ConcernListResponse['items'][number];

export function presentListItem(row: ConcernRow, seen: boolean): ListItem {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type as ListItem['type'],
    urgency: row.urgency as ListItem['urgency'],
    route: row.route as ListItem['route'],
    source: row.source as ListItem['source'],
    status: row.status as ListItem['status'],
    raisedAt: row.raisedAt.toISOString(),
    seen,
  };
}

export function presentDetail(
  row: ConcernRow,
  parts: {
    people: ConcernPersonRow[];
    entries: ConcernEntryRow[];
    files: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      sha256: string;
      kind: string;
    }>;
    names: Map<string, string>;
  },
): ConcernDetail {
  const nameOf = (id: string | null) => (id ? (parts.names.get(id) ?? 'A former user') : null);
  return {
    ...presentListItem(
      row,
      parts.entries.some((e) => e.kind === 'seen'),
    ),
    whatHappened: row.whatHappened,
    happenedAt: row.happenedAt?.toISOString() ?? null,
    raisedBy: row.source === 'public' ? (row.contact?.name ?? 'A member of the public') : nameOf(row.raisedBy),
    contact: row.contact ?? null,
    commentId: row.commentId,
    people: parts.people.map((p) => ({ kind: p.kind as ConcernDetail['people'][number]['kind'], name: p.name })),
    entries: parts.entries.map((e) => ({
      id: e.id,
      kind: e.kind as ConcernDetail['entries'][number]['kind'],
      text: e.text,
      agency: e.agency as ConcernDetail['entries'][number]['agency'],
      agencyReference: e.agencyReference,
      by: nameOf(e.byUserId),
      at: e.at.toISOString(),
    })),
    files: parts.files.map((f) => ({ ...f, kind: f.kind as 'upload' | 'evidence' })),
    outcome: row.outcome as ConcernDetail['outcome'],
    rationale: row.rationale,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}
