// Comments as the moderation screens see them.
import type { AuthorRow, CommentRow, SocialAccountRow } from '@schoolgate/db';
import type { QueueItem } from '@schoolgate/contracts';

const GONE = new Set(['deleted', 'removed_by_author']);

/** Who the school's policy sends press contact to, beyond the head who always approves a reply to the press (004). */
export interface PressRouting {
  chairOfGovernorsToo: boolean;
}

export function presentQueueItem(
  row: { comment: CommentRow; author: AuthorRow; account: SocialAccountRow },
  now: Date,
  press: PressRouting,
): QueueItem {
  const { comment, author, account } = row;
  const held = author.isPress && comment.needsResponse && !comment.respondedAt && !GONE.has(comment.platformState);
  return {
    id: comment.id,
    platform: account.platform as QueueItem['platform'],
    account: { id: account.id, handle: account.handle, displayName: account.displayName },
    author: { id: author.id, name: author.name, handle: author.handle, isPress: author.isPress },
    text: comment.text,
    postedAt: comment.postedAt.toISOString(),
    receivedAt: comment.receivedAt.toISOString(),
    labels: comment.labels as QueueItem['labels'],
    severity: comment.severity,
    decision: comment.decision as QueueItem['decision'],
    decisionReason: comment.decisionReason,
    platformState: comment.platformState as QueueItem['platformState'],
    reviewState: comment.reviewState === 'to_review' ? 'to_review' : 'reviewed',
    needsResponse: comment.needsResponse,
    responseDueAt: comment.responseDueAt?.toISOString() ?? null,
    respondedAt: comment.respondedAt?.toISOString() ?? null,
    // A comment hidden, deleted or removed by its author no longer needs a reply, so it is never overdue.
    overdue:
      comment.needsResponse &&
      !comment.respondedAt &&
      comment.platformState === 'visible' &&
      comment.responseDueAt !== null &&
      comment.responseDueAt < now,
    pressHold: held ? (press.chairOfGovernorsToo ? 'head_and_chair' : 'head') : null,
  };
}
