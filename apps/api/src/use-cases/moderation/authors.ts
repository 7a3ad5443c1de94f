// Repeat offenders (000, 003): an author's history on the school's accounts, the school's ladder of steps with
// who took each and when, and a suggested next step once their removed comments pass the school's threshold.
import { commentsRepository, moderationActionsRepository, usersRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { AuthorDetail } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { schoolModerationSetup } from './school-moderation-setup.ts';

const REMOVED = new Set(['hidden', 'deleted']);

export async function getAuthor(ctx: AppContext, actor: Actor, id: string): Promise<AuthorDetail> {
  authorise(actor, 'read', 'comment');
  const schoolId = schoolOf(actor);
  const author = await commentsRepository.author(ctx.db, schoolId, id);
  if (!author) throw notFound('That author');
  const now = ctx.now();
  const [comments, actions, setup] = await Promise.all([
    commentsRepository.byAuthor(ctx.db, author.id, 200),
    moderationActionsRepository.forAuthor(ctx.db, author.id),
    schoolModerationSetup(ctx.db, schoolId, now),
  ]);
  const { threshold, windowDays, ladder } = setup.settings.moderation.repeatOffender;
  const since = now.getTime() - windowDays * 86_400_000;
  const removals = comments.filter((c) => REMOVED.has(c.platformState) && c.postedAt.getTime() >= since).length;
  const steps = actions.filter((a) => a.commentId === null);
  const taken = new Set(steps.map((s) => s.action));
  const next = removals >= threshold ? (ladder.find((step) => !taken.has(step)) ?? null) : null;
  const names = await usersRepository.displayNames(
    ctx.db,
    steps.map((s) => s.byUserId),
  );
  return {
    id: author.id,
    platform: author.platform as AuthorDetail['platform'],
    name: author.name,
    handle: author.handle,
    isPress: author.isPress,
    comments: comments.map((c) => ({
      id: c.id,
      text: c.text,
      postedAt: c.postedAt.toISOString(),
      decision: c.decision,
      platformState: c.platformState,
    })),
    removals,
    steps: steps.map((s) => ({
      id: s.id,
      action: s.action,
      manual: s.manual,
      detail: s.detail,
      by: s.byUserId ? (names.get(s.byUserId) ?? null) : null,
      at: s.at.toISOString(),
    })),
    ladder: [...ladder],
    suggestedNextStep: next,
    suggestionReason: next
      ? `${removals} comments removed in the last ${windowDays} days (the school's threshold is ${threshold}).`
      : null,
  };
}

export async function recordAuthorStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { step: string; reference?: string; note?: string },
) {
  authorise(actor, 'escalate', 'author');
  const schoolId = schoolOf(actor);
  const author = await commentsRepository.author(ctx.db, schoolId, id);
  if (!author) throw notFound('That author');
  if ((input.step === 'police' || input.step === 'report_to_platform') && !input.reference) {
    throw new AppError('VALIDATION_FAILED', 'Give the reference so the school can follow it up.', [
      {
        field: 'reference',
        message:
          input.step === 'police' ? 'Enter the crime reference number.' : "Enter the platform's report reference.",
      },
    ]);
  }
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await moderationActionsRepository.record(tx, {
      schoolId,
      commentId: null,
      authorId: author.id,
      action: input.step,
      manual: true,
      detail: { reference: input.reference ?? null, note: input.note ?? null },
      byUserId: actor.userId,
      at: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: `author.${input.step}`,
        entityType: 'author',
        entityId: author.id,
        details: { reference: input.reference ?? null },
      },
      now,
    );
  });
  return getAuthor(ctx, actor, id);
}

export async function setAuthorPress(ctx: AppContext, actor: Actor, id: string, isPress: boolean) {
  authorise(actor, 'escalate', 'author');
  // Marking someone as press holds replies for the head; taking the mark off releases them, so only the head
  // (or the trust team) may do that (004).
  if (!isPress) authorise(actor, 'approve', 'press');
  const schoolId = schoolOf(actor);
  const author = await commentsRepository.author(ctx.db, schoolId, id);
  if (!author) throw notFound('That author');
  await ctx.db.transaction(async (tx) => {
    await commentsRepository.setAuthorPress(tx, author.id, isPress);
    await recordAudit(
      tx,
      actor,
      { action: isPress ? 'author.marked_press' : 'author.unmarked_press', entityType: 'author', entityId: author.id },
      ctx.now(),
    );
  });
  return getAuthor(ctx, actor, id);
}
