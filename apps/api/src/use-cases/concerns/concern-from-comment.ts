// Moderation in one step: a comment becomes a concern naming its author, with the comment's evidence (kept now, as it
// stands) and the evidence pack attached, so the DSL team sees exactly what the moderator saw.
import { createHash } from 'node:crypto';
import { tenancyRepository } from '@schoolgate/db';
import { fileStoreOf, insertStoredFile, prepareStoredFile } from '../../files/file-store.ts';
import { AppError, routeConcern } from '@schoolgate/domain';
import {
  ConcernFromCommentRequest as FromCommentSchema,
  type ConcernFromCommentRequest,
  type RaisedConcernResponse,
} from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { ensureEvidence, loadForAction } from '../moderation/comment-action-steps.ts';
import { commentEvidencePack } from '../moderation/evidence-pack.ts';
import { authorName, saveConcern } from './raise-concern.ts';

export async function concernFromComment(
  ctx: AppContext,
  actor: Actor,
  request: ConcernFromCommentRequest,
): Promise<RaisedConcernResponse> {
  const input = FromCommentSchema.parse(request);
  authorise(actor, 'read', 'comment');
  const schoolId = schoolOf(actor);
  const school = await tenancyRepository.findSchool(ctx.db, schoolId);
  if (!school) throw new AppError('NOT_FOUND', 'Your school was not found.');
  const loaded = await loadForAction(ctx, schoolId, input.commentId);
  await ensureEvidence(ctx, actor, loaded, 'raise a concern');
  const pack = await commentEvidencePack(ctx, actor, loaded.comment.id);
  const zip = Buffer.from(pack.zip);
  const now = ctx.now();
  const name = authorName(loaded.author);
  const digest = createHash('sha256').update(zip).digest('hex');
  // The pack's bytes are kept before the transaction opens: an upload to object storage never holds one open.
  const prepared = await prepareStoredFile(fileStoreOf(ctx), {
    schoolId,
    fileName: pack.fileName,
    contentType: 'application/zip',
    sizeBytes: zip.length,
    sha256: digest,
    content: zip,
    uploadedBy: actor.userId,
    uploadedAt: now,
  });
  const row = await ctx.db.transaction(async (tx) => {
    const stored = await insertStoredFile(tx, prepared);
    return saveConcern(
      tx,
      {
        schoolId,
        trustId: school.trustId,
        source: 'moderation',
        type: input.type,
        urgency: input.urgency,
        route: routeConcern({ type: input.type, source: 'moderation', staffRolesInvolved: [] }),
        whatHappened:
          input.whatHappened === ''
            ? `A comment by ${name} on the school's ${loaded.account.platform} account, raised from moderation.`
            : input.whatHappened,
        happenedAt: loaded.comment.postedAt,
        raisedBy: actor.userId,
        commentId: loaded.comment.id,
        authorId: loaded.author.id,
        people: [{ kind: 'author', authorId: loaded.author.id, name }],
      },
      { uploads: [], evidence: [{ fileId: stored.id, sha256: digest, fileName: pack.fileName }] },
      { actor, address: actor.address },
      now,
    );
  });
  ctx.jobs?.trigger('send-pending-emails');
  return { id: row.id, reference: row.reference, status: 'open' };
}
