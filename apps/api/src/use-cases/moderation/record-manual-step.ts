// A step the moderator took by hand on the platform, recorded so Schoolgate's record matches what happened. The
// comment's state changes only for what the step really did: on X nobody can delete another person's reply, so the
// steps that can be taken there (hide it, report it, block the account, ask the author) never mark it deleted.
// Steps that are also rungs of the author's ladder (block, report to the platform, ask to delete) show there too.
import { evidenceItemsRepository, type CommentRow } from '@schoolgate/db';
import { AppError } from '@schoolgate/domain';
import type { CommentActionRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import {
  done,
  ensureEvidence,
  recordDone,
  type LadderStep,
  type Loaded,
  type Outcome,
} from './comment-action-steps.ts';
import { requirePressApproval } from './press-hold.ts';

type ManualAction = NonNullable<CommentActionRequest['manualAction']>;

/** Platforms where not even the account holder can delete another person's reply to its post. */
const NO_DELETE_BY_HAND: Readonly<Record<string, string>> = {
  x: "X does not let anyone delete replies to the school's posts, not even the school's own account, so Schoolgate cannot record this reply as deleted. Record what you did instead: hid the reply, reported it to X (with X's reference), blocked the account, or asked the author to delete it.",
};

const STATE_AFTER: Partial<Record<ManualAction, CommentRow['platformState']>> = {
  hide: 'hidden',
  unhide: 'visible',
  delete: 'deleted',
};

const LADDER_STEP: Partial<Record<ManualAction, string>> = {
  block: 'block',
  report_platform: 'report_to_platform',
  ask_to_delete: 'ask_to_delete',
};

/** Steps after which the evidence matters: the comment may go, or the platform or police may ask for it. */
const KEEP_EVIDENCE = new Set<ManualAction>(['hide', 'delete', 'report_platform']);

function missing(field: string, message: string, fieldMessage: string): never {
  throw new AppError('VALIDATION_FAILED', message, [{ field, message: fieldMessage }]);
}

export async function recordManualStep(
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  req: CommentActionRequest,
): Promise<Outcome> {
  const step = req.manualAction;
  if (!step) return missing('manualAction', 'Say which step was done on the platform.', 'Choose the step.');
  const platform = l.account.platform;
  if (step === 'delete' && NO_DELETE_BY_HAND[platform])
    return missing('manualAction', NO_DELETE_BY_HAND[platform], 'Choose a step that can be taken on X.');
  if (step === 'report_platform' && !req.reference)
    return missing(
      'reference',
      'Give the reference the platform gave for the report, so the school can follow it up.',
      "Enter the platform's report reference.",
    );
  if (step === 'reply') requirePressApproval(actor, l.author, 'record that they have been answered');

  if (KEEP_EVIDENCE.has(step)) {
    if (!(await evidenceItemsRepository.existsForComment(ctx.db, l.comment.id)))
      await ensureEvidence(ctx, actor, l, step);
  }
  const patch: Partial<CommentRow> = { reviewState: 'reviewed' };
  const state = STATE_AFTER[step];
  if (state) patch.platformState = state;
  if (step === 'reply') patch.respondedAt = ctx.now();
  const reference = req.reference ?? null;
  const detail = { note: req.text ?? null, via: 'by hand', ...(reference ? { reference } : {}) };
  const rung = LADDER_STEP[step];
  const ladder: LadderStep | undefined = rung ? { step: rung, detail } : undefined;
  await ctx.db.transaction((tx) =>
    recordDone(tx, ctx, actor, l, { action: step, patch, detail, manual: true, ...(ladder ? { ladder } : {}) }),
  );
  return done('Recorded as done on the platform.');
}
