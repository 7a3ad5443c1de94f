// The same action on many comments at once (approve a page of harmless ones, hide a burst of spam). Each comment
// is handled on its own, with its own evidence and audit entry; one failure does not stop the rest. Each goes through
// actOnComment, so its rules hold here too: a comment by an author marked as press is only marked as answered by the
// head, and for anyone else it comes back as failed with the reason.
import { AppError } from '@schoolgate/domain';
import type { BulkActionResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { actOnComment } from './act-on-comment.ts';

export async function bulkAct(
  ctx: AppContext,
  actor: Actor,
  input: { ids: string[]; action: 'approve' | 'hide' | 'mark_responded' },
): Promise<BulkActionResponse> {
  authorise(actor, 'moderate', 'comment');
  const result: BulkActionResponse = { done: 0, manualNeeded: 0, failed: [] };
  for (const id of new Set(input.ids)) {
    try {
      const { outcome } = await actOnComment(ctx, actor, id, { action: input.action });
      if (outcome === 'done') result.done += 1;
      else result.manualNeeded += 1;
    } catch (error) {
      result.failed.push({
        id,
        message: error instanceof AppError ? error.message : 'Something went wrong with this comment.',
      });
    }
  }
  return result;
}
