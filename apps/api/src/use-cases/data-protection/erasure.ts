// Erasure (UK GDPR Article 17, issue 13), where the law allows it, refused with the reason where it does not:
//   - a commenter: what they wrote is replaced by a marker on every comment, its evidence and earlier wordings are
//     deleted, and the commenter anonymised (name, handle, platform id, the ladder steps about them);
//   - a pupil: their consent records deleted and the pupil record anonymised (a fresh MIS import would bring the
//     record back: remove the pupil from the import too);
//   - a member of staff who has left: the staff record anonymised, their sign-in closed and anonymised when it is used
//     in no other school; their signed acceptances and training stay as anonymous records.
// Refused when a safeguarding concern names the person (Keeping Children Safe in Education: those records are kept),
// when a legal hold covers them, for a pupil on the do-not-publish list (a safeguarding record), and for staff still
// in post (deactivate them first). Every erasure is audited, with counts and never the erased content.
import { commentsRepository, dataProtectionRepository, subjectAccessRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { DataSubjectRequest, ErasureResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';

export const ERASED_TEXT = '[Removed at the author’s request]';

const refuse = (reasons: string[]) => new AppError('ERASURE_REFUSED', `This cannot be erased: ${reasons.join(' ')}`);

async function concernReason(ctx: AppContext, schoolId: string, kind: DataSubjectRequest['kind'], id: string) {
  const named = await subjectAccessRepository.concernsNaming(ctx.db, schoolId, kind, id);
  return named.length
    ? [
        `A safeguarding record names them (${named.map((c) => c.reference).join(', ')}); safeguarding records are kept for their full period and are not erased on request.`,
      ]
    : [];
}

export async function eraseSubject(ctx: AppContext, actor: Actor, body: DataSubjectRequest): Promise<ErasureResponse> {
  authorise(actor, 'update', 'personal_data');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const reasons: string[] = [];
  let summary: string[] = [];
  let details: Record<string, unknown> = {};

  if (body.kind === 'author') {
    const author = await commentsRepository.author(ctx.db, schoolId, body.id);
    if (!author) throw notFound('That commenter');
    reasons.push(...(await concernReason(ctx, schoolId, 'author', author.id)));
    const held = await dataProtectionRepository.activeHoldsOn(ctx.db, schoolId, 'author', [author.id]);
    const comments = await commentsRepository.byAuthor(ctx.db, author.id, 100_000);
    const heldComments = await dataProtectionRepository.activeHoldsOn(
      ctx.db,
      schoolId,
      'comment',
      comments.map((c) => c.id),
    );
    if (held.length || heldComments.length)
      reasons.push(
        `A legal hold covers ${held.length ? 'this commenter' : 'some of their comments'}: ${[...held, ...heldComments][0]!.reason}.`,
      );
    if (reasons.length) throw refuse(reasons);
    await ctx.db.transaction(async (tx) => {
      const text = await dataProtectionRepository.eraseAuthorText(tx, schoolId, author.id, ERASED_TEXT);
      await dataProtectionRepository.anonymiseAuthors(tx, schoolId, [author.id]);
      details = { comments: text.comments, evidenceFiles: text.evidenceFiles };
      await recordAudit(
        tx,
        actor,
        { action: 'personal_data.erased', entityType: 'author', entityId: author.id, details },
        now,
      );
    });
    summary = [
      `The text of ${details.comments} comment(s) was replaced and their kept evidence (${details.evidenceFiles} file(s)) deleted.`,
      'The commenter’s name, handle and platform id were removed, with the steps recorded about them.',
      'The comments stay on the platform itself: ask the platform, or delete them there, if they should go too.',
    ];
  } else if (body.kind === 'pupil') {
    const pupil = await subjectAccessRepository.pupil(ctx.db, schoolId, body.id);
    if (!pupil) throw notFound('That pupil');
    reasons.push(...(await concernReason(ctx, schoolId, 'pupil', pupil.id)));
    if (await subjectAccessRepository.restrictionRecorded(ctx.db, schoolId, pupil.id))
      reasons.push('The pupil is or was on the do-not-publish list, whose reasons are safeguarding records.');
    if (reasons.length) throw refuse(reasons);
    await ctx.db.transaction(async (tx) => {
      const done = await subjectAccessRepository.erasePupil(tx, schoolId, pupil.id);
      details = { consents: done.consents };
      await recordAudit(
        tx,
        actor,
        { action: 'personal_data.erased', entityType: 'pupil', entityId: pupil.id, details },
        now,
      );
    });
    summary = [
      `${details.consents} consent record(s) deleted and the pupil record anonymised.`,
      'Remove the pupil from the school’s MIS export too, or the next import brings the record back.',
    ];
  } else {
    const record = await subjectAccessRepository.staffRecord(ctx.db, schoolId, body.id);
    if (!record) throw notFound('That member of staff');
    if (record.status === 'active')
      reasons.push(
        'They are still in post: a current member of staff’s record is needed to run the school. Deactivate them when they leave, then erase.',
      );
    reasons.push(...(await concernReason(ctx, schoolId, 'staff', record.id)));
    if (record.userId === actor.userId) reasons.push('You cannot erase your own record.');
    if (reasons.length) throw refuse(reasons);
    await ctx.db.transaction(async (tx) => {
      const done = await subjectAccessRepository.eraseStaff(tx, schoolId, record.id);
      details = { signInClosed: done.signIn };
      await recordAudit(
        tx,
        actor,
        { action: 'personal_data.erased', entityType: 'staff', entityId: record.id, details },
        now,
      );
    });
    summary = [
      'The staff record was anonymised.',
      details.signInClosed
        ? 'Their sign-in was closed and anonymised.'
        : 'Their sign-in is used in another school of the trust, so it was left there.',
      'Signed acceptances and training stay as anonymous records of what the school did.',
    ];
  }
  return { erased: true, summary };
}
