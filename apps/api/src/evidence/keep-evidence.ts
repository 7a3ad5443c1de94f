// Evidence before removal (004: keep screen prints with the time and date before deleting). Before any hide or
// delete, three files are kept for the comment: the comment as received (JSON, holding the platform's own delivery
// as stored on arrival), a picture of it as it appeared (PNG), and its timeline (posted, received, actioned). Each
// file's SHA-256 goes into the school's audit chain in the same transaction, so a later change to a file, or to its
// recorded digest, is detectable. The files are made and their bytes kept first (prepareEvidence), outside any
// transaction, because with object storage that is an upload that must never hold a transaction open; the rows and
// the audit entry are then written in the caller's transaction (recordEvidence).
import {
  databaseFileStore,
  insertStoredFile,
  prepareStoredFile,
  type FileStore,
  type PreparedStoredFile,
} from '../files/file-store.ts';
import { createHash } from 'node:crypto';
import {
  auditRepository,
  commentsRepository,
  type CommentRow,
  type Db,
  evidenceItemsRepository,
  inboundDeliveriesRepository,
} from '@schoolgate/db';
import { deliverySource } from './delivery-as-received.ts';
import { renderCommentImage } from './render-comment-image.ts';

export interface EvidenceSubject {
  comment: CommentRow;
  trustId: string;
  platform: string;
  accountName: string;
  authorName: string;
  authorExternalId: string;
  /** The post's platform id; when null it is looked up from the comment's post. */
  postExternalId: string | null;
}

export interface EvidenceActor {
  userId: string | null;
  address: string | null;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const jsonBytes = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/** A comment's evidence files, made and their bytes kept, waiting to be recorded. */
export interface PreparedEvidence {
  subject: EvidenceSubject;
  action: string;
  files: Array<{ kind: string; file: PreparedStoredFile }>;
}

/**
 * Makes the three files from the comment as stored (read through `db`, not a transaction) and keeps their bytes in
 * the store. A failure here records nothing, and trying again is safe.
 */
export async function prepareEvidence(
  db: Db,
  subject: EvidenceSubject,
  action: string,
  actor: EvidenceActor,
  now: Date,
  store: FileStore,
): Promise<PreparedEvidence> {
  const { comment } = subject;
  const [post] =
    subject.postExternalId === null && comment.postId
      ? await commentsRepository.postsIn(db, comment.schoolId, [comment.postId])
      : [];
  const delivery = comment.deliveryId === null ? null : await inboundDeliveriesRepository.find(db, comment.deliveryId);
  const asReceived = jsonBytes({
    platform: subject.platform,
    account: subject.accountName,
    postId: subject.postExternalId ?? post?.externalId ?? null,
    commentId: comment.externalId,
    parentCommentId: comment.parentExternalId,
    author: { id: subject.authorExternalId, name: subject.authorName },
    text: comment.text,
    // Earlier wordings matter: abuse edited into something mild before removal is still the evidence.
    earlierVersions: (await commentsRepository.revisions(db, comment.id)).map((r) => ({
      text: r.text,
      replacedAt: r.editedAt.toISOString(),
    })),
    postedAt: comment.postedAt.toISOString(),
    receivedAt: comment.receivedAt.toISOString(),
    labels: comment.labels,
    // The platform's original, not our copy of it: what arrived, with the digest taken when it arrived.
    source: deliverySource(delivery, comment),
  });
  const asReceivedHash = sha256(asReceived);
  const image = await renderCommentImage({
    platform: subject.platform,
    accountName: subject.accountName,
    authorName: subject.authorName,
    postedAt: comment.postedAt,
    text: comment.text,
    caption: `Kept by Schoolgate before "${action}" at ${now.toISOString()} · SHA-256 of the comment as received: ${asReceivedHash}`,
  });
  const timeline = jsonBytes({
    postedAt: comment.postedAt.toISOString(),
    receivedAt: comment.receivedAt.toISOString(),
    actionedAt: now.toISOString(),
    action,
  });

  const files = [
    {
      kind: 'as_received',
      fileName: `comment-${comment.id}.json`,
      contentType: 'application/json',
      content: asReceived,
    },
    { kind: 'image', fileName: `comment-${comment.id}.png`, contentType: 'image/png', content: image },
    {
      kind: 'timeline',
      fileName: `comment-${comment.id}-timeline.json`,
      contentType: 'application/json',
      content: timeline,
    },
  ];
  const prepared: PreparedEvidence['files'] = [];
  for (const file of files) {
    prepared.push({
      kind: file.kind,
      file: await prepareStoredFile(store, {
        schoolId: comment.schoolId,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.content.length,
        sha256: sha256(file.content),
        content: file.content,
        uploadedBy: actor.userId,
      }),
    });
  }
  return { subject, action, files: prepared };
}

/** Records prepared evidence (rows, and the digests in the audit chain) in the caller's transaction. */
export async function recordEvidence(tx: Db, evidence: PreparedEvidence, actor: EvidenceActor, now: Date) {
  const { subject, action } = evidence;
  const { comment } = subject;
  const kept: Array<{ kind: string; fileId: string; sha256: string; fileName: string }> = [];
  for (const { kind, file } of evidence.files) {
    const stored = await insertStoredFile(tx, file);
    await evidenceItemsRepository.insert(tx, {
      schoolId: comment.schoolId,
      commentId: comment.id,
      kind,
      fileId: stored.id,
      sha256: file.sha256,
      createdAt: now,
    });
    kept.push({ kind, fileId: stored.id, sha256: file.sha256, fileName: file.fileName });
  }
  await auditRepository.append(tx, {
    trustId: subject.trustId,
    schoolId: comment.schoolId,
    actorUserId: actor.userId,
    actorAddress: actor.address,
    action: 'evidence.kept',
    entityType: 'comment',
    entityId: comment.id,
    details: {
      before: action,
      files: kept.map(({ kind, sha256: digest, fileName, fileId }) => ({ kind, fileName, fileId, sha256: digest })),
    },
    now,
  });
  return kept;
}

/** Both steps in one transaction, with the files' bytes in the database (tests, and tools without object storage). */
export async function keepEvidence(tx: Db, subject: EvidenceSubject, action: string, actor: EvidenceActor, now: Date) {
  return recordEvidence(tx, await prepareEvidence(tx, subject, action, actor, now, databaseFileStore), actor, now);
}
