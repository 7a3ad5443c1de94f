// Repeat offenders (000, 003): an author's history on the school's accounts, the school's ladder of steps with
// who took each and when, and a suggested next step once their removed comments pass the school's threshold.
// A block is made on the platform where its API allows it; marking an author as press puts the hold on their
// comments and tells the head and the chair of governors (004).
import { commentsRepository, moderationActionsRepository, usersRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { AuthorDetail } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { assertMayActOnAuthor } from '../accounts/account-access.ts';
import { recordAudit } from '../audit-entry.ts';
import { blockAuthorOnPlatform } from './block-author-on-platform.ts';
import { capabilitiesOf } from './connector-for-account.ts';
import { notifyPressMarked, returnToReviewForPress } from './press-hold.ts';
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
  const blocking = capabilitiesOf(author.platform).actions.block;
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
    blocking: {
      viaApi: blocking.viaApi,
      manualSteps: [...blocking.manualSteps],
      ...(blocking.note ? { note: blocking.note } : {}),
    },
  };
}

export async function recordAuthorStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { step: string; reference?: string; note?: string; doneByHand?: boolean },
): Promise<AuthorDetail> {
  authorise(actor, 'escalate', 'author');
  const schoolId = schoolOf(actor);
  const author = await commentsRepository.author(ctx.db, schoolId, id);
  if (!author) throw notFound('That author');
  await assertMayActOnAuthor(ctx.db, actor, author);
  if ((input.step === 'police' || input.step === 'report_to_platform') && !input.reference) {
    throw new AppError('VALIDATION_FAILED', 'Give the reference so the school can follow it up.', [
      {
        field: 'reference',
        message:
          input.step === 'police' ? 'Enter the crime reference number.' : "Enter the platform's report reference.",
      },
    ]);
  }
  if (input.step === 'block' && !input.doneByHand) {
    const stepOutcome = await blockAuthorOnPlatform(ctx, actor, author, input);
    // Null: the platform cannot block through its API, so what is recorded is the block done by hand.
    if (stepOutcome) return { ...(await getAuthor(ctx, actor, id)), stepOutcome };
  }
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await moderationActionsRepository.record(tx, {
      schoolId,
      commentId: null,
      authorId: author.id,
      action: input.step,
      manual: true,
      detail: {
        reference: input.reference ?? null,
        note: input.note ?? null,
        ...(input.step === 'block' ? { via: 'by hand' } : {}),
      },
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
  // Marking as press only adds a hold, so anyone who moderates may do it at once, whichever account they run.
  if (!isPress) await assertMayActOnAuthor(ctx.db, actor, author);
  const now = ctx.now();
  const newlyPress = isPress && !author.isPress;
  const setup = newlyPress ? await schoolModerationSetup(ctx.db, schoolId, now) : null;
  await ctx.db.transaction(async (tx) => {
    await commentsRepository.setAuthorPress(tx, author.id, isPress);
    // 004 holds every reply to a journalist for the head, including to what they wrote before anyone knew.
    const returned = setup ? await returnToReviewForPress(tx, author, setup, now) : 0;
    await recordAudit(
      tx,
      actor,
      {
        action: isPress ? 'author.marked_press' : 'author.unmarked_press',
        entityType: 'author',
        entityId: author.id,
        ...(setup ? { details: { returnedToReview: returned } } : {}),
      },
      now,
    );
    if (setup)
      await notifyPressMarked(tx, {
        school: { id: schoolId, trustId: actor.trustId },
        setup,
        author,
        markedBy: actor.displayName,
        waiting: returned,
        now,
      });
  });
  return getAuthor(ctx, actor, id);
}
