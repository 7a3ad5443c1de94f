// Checks kept evidence against what the audit chain recorded when it was kept, for an evidence pack. The digest a
// pack vouches for is the one in the chain's "evidence.kept" entry, never one recomputed from the stored bytes now:
// a changed file must fail `sha256sum -c`, and the pack must say so in plain words. Pure: the caller reads the rows.
import { createHash } from 'node:crypto';
import { auditEntryText, hashAuditEntry, type AuditEntryRow } from '@schoolgate/db';

export interface KeptFile {
  /** The name the file has in the pack. */
  name: string;
  commentId: string;
  kind: string;
  fileId: string;
  /** The file's own name when it was kept (the name in the audit entry). */
  keptName: string;
  keptAt: Date;
  /** The digest copied into evidence_items when it was kept (not chained, so not trusted on its own). */
  itemSha256: string;
  content: Uint8Array;
}

export interface CheckedFile {
  file: string;
  kind: string;
  commentId: string;
  keptAt: string;
  /** What SHA256SUMS says: the digest recorded in the audit chain when the file was kept. */
  sha256: string;
  recordedSha256: string;
  /** The audit entry that recorded it (its file in the pack is `audit/entry-<seq>.json`), or null when none does. */
  recordedInAuditEntry: number | null;
  /** The digest of the bytes stored now. */
  storedSha256: string;
  matches: boolean;
}

export interface CheckedEntry {
  seq: number;
  action: string;
  entityId: string | null;
  occurredAt: string;
  /** The file holding exactly the text that was hashed: its SHA-256 is `hash`. */
  file: string;
  hash: string;
  prevHash: string;
  /** The entry's content still gives its hash. */
  hashHolds: boolean;
  /** The next entry in the chain still points at this one; null when this is the newest entry. */
  linkedFromNext: boolean | null;
  details: Record<string, unknown>;
  text: string;
}

export interface EvidenceCheck {
  files: CheckedFile[];
  entries: CheckedEntry[];
  /** Plain sentences, one per thing that does not hold; empty when everything verifies. */
  problems: string[];
}

interface RecordedFile {
  kind?: unknown;
  fileName?: unknown;
  fileId?: unknown;
  sha256?: unknown;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
const short = (digest: string) => `${digest.slice(0, 16)}…`;
export const auditEntryFile = (seq: number) => `audit/entry-${seq}.json`;

function recordedFiles(entry: AuditEntryRow): RecordedFile[] {
  const files = (entry.details as { files?: unknown }).files;
  return Array.isArray(files) ? (files as RecordedFile[]) : [];
}

/** The entry that recorded this file: by file id, or (entries written before ids were recorded) by name and time. */
function recordFor(file: KeptFile, entries: AuditEntryRow[]): { entry: AuditEntryRow; sha256: string } | null {
  const about = entries.filter((e) => e.entityId === file.commentId);
  for (const entry of about) {
    const hit = recordedFiles(entry).find((f) => f.fileId === file.fileId);
    if (hit && typeof hit.sha256 === 'string') return { entry, sha256: hit.sha256 };
  }
  for (const entry of about) {
    if (entry.occurredAt.getTime() !== file.keptAt.getTime()) continue;
    const hit = recordedFiles(entry).find(
      (f) => f.fileId === undefined && f.kind === file.kind && f.fileName === file.keptName,
    );
    if (hit && typeof hit.sha256 === 'string') return { entry, sha256: hit.sha256 };
  }
  return null;
}

/**
 * @param entries the chain's "evidence.kept" entries about the pack's comments
 * @param nextPrevHash for each entry's seq, the prevHash of the entry after it (absent: it is the newest)
 */
export function checkEvidence(
  files: KeptFile[],
  entries: AuditEntryRow[],
  nextPrevHash: ReadonlyMap<number, string>,
): EvidenceCheck {
  const problems: string[] = [];
  const checkedEntries: CheckedEntry[] = entries.map((e) => {
    const hashHolds = hashAuditEntry(e) === e.hash;
    const next = nextPrevHash.get(e.seq);
    const linkedFromNext = next === undefined ? null : next === e.hash;
    if (!hashHolds)
      problems.push(
        `Audit entry ${e.seq} (${e.action}) has been changed since it was written: its content no longer gives its chain hash.`,
      );
    if (linkedFromNext === false)
      problems.push(
        `Audit entry ${e.seq} (${e.action}) is not the entry the chain continues from: the audit chain has been rewritten from there.`,
      );
    return {
      seq: e.seq,
      action: e.action,
      entityId: e.entityId,
      occurredAt: e.occurredAt.toISOString(),
      file: auditEntryFile(e.seq),
      hash: e.hash,
      prevHash: e.prevHash,
      hashHolds,
      linkedFromNext,
      details: e.details,
      text: auditEntryText(e),
    };
  });

  const checkedFiles = files.map((f): CheckedFile => {
    const stored = sha256(f.content);
    const record = recordFor(f, entries);
    // Without a chain entry the only digest left is the unchained copy; the pack uses it but says so.
    const recorded = record?.sha256 ?? f.itemSha256;
    const matches = stored === recorded;
    if (!record) {
      problems.push(
        `${f.name}: no "evidence.kept" entry in the audit chain records this file, so its digest (${short(recorded)}) is only Schoolgate's own copy and cannot be checked against the chain.`,
      );
    } else if (record.sha256 !== f.itemSha256) {
      problems.push(
        `${f.name}: the digest stored beside the file (${short(f.itemSha256)}) differs from the one the audit chain recorded (${short(record.sha256)}, entry ${record.entry.seq}).`,
      );
    }
    if (!matches) {
      problems.push(
        `${f.name} HAS CHANGED since it was kept: its SHA-256 is now ${short(stored)}, but ${short(recorded)} was recorded${record ? ` in audit entry ${record.entry.seq}` : ''} when it was kept. sha256sum -c will report it as FAILED.`,
      );
    }
    return {
      file: f.name,
      kind: f.kind,
      commentId: f.commentId,
      keptAt: f.keptAt.toISOString(),
      sha256: recorded,
      recordedSha256: recorded,
      recordedInAuditEntry: record?.entry.seq ?? null,
      storedSha256: stored,
      matches,
    };
  });
  return { files: checkedFiles, entries: checkedEntries, problems };
}
