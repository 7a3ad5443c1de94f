// The two files an author's evidence pack adds to the evidence kept for removed comments: comments.json (every
// comment the author wrote on the school's accounts, removed or not) and steps.json (the school's ladder of steps
// with this author: who, when, what, and the platform's or police's reference). Pure: the caller reads the rows.
import type { AuthorRow, CommentRow, ModerationActionRow, SocialAccountRow } from '@schoolgate/db';

export interface AuthorPackInput {
  author: AuthorRow;
  /** Every comment by the author, in any order. */
  comments: CommentRow[];
  accounts: ReadonlyMap<string, Pick<SocialAccountRow, 'platform' | 'handle' | 'displayName'>>;
  /** Post id to the platform's id for the post. */
  postExternalIds: ReadonlyMap<string, string>;
  revisions: ReadonlyArray<{ commentId: string; text: string; editedAt: Date }>;
  /** Everything done about the author or their comments. */
  actions: ModerationActionRow[];
  /** User id to display name. */
  names: ReadonlyMap<string, string>;
  /** Comment ids that have evidence files in the pack. */
  withEvidence: ReadonlySet<string>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const byTime =
  <T>(at: (x: T) => Date) =>
  (a: T, b: T) =>
    at(a).getTime() - at(b).getTime();

function who(userId: string | null, names: ReadonlyMap<string, string>) {
  return userId
    ? { userId, name: names.get(userId) ?? null }
    : { userId: null, name: 'Schoolgate (automatically, by the school’s settings)' };
}

const stringOrNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

export function authorCommentsJson(input: AuthorPackInput): string {
  const { author } = input;
  // Platforms give posting times in whole seconds; the time of arrival orders comments within one second.
  const comments = [...input.comments].sort(
    (a, b) => byTime<CommentRow>((c) => c.postedAt)(a, b) || byTime<CommentRow>((c) => c.receivedAt)(a, b),
  );
  return json({
    author: {
      id: author.id,
      platform: author.platform,
      platformId: author.externalId,
      name: author.name,
      handle: author.handle,
      markedAsPress: author.isPress,
    },
    count: comments.length,
    comments: comments.map((c) => {
      const account = input.accounts.get(c.accountId);
      return {
        id: c.id,
        platform: account?.platform ?? author.platform,
        account: account ? { handle: account.handle, name: account.displayName } : null,
        postId: c.postId ? (input.postExternalIds.get(c.postId) ?? null) : null,
        commentId: c.externalId,
        parentCommentId: c.parentExternalId,
        postedAt: c.postedAt.toISOString(),
        receivedAt: c.receivedAt.toISOString(),
        // The latest wording the platform sent; earlier wordings, if it was edited, below.
        text: c.text,
        earlierVersions: input.revisions
          .filter((r) => r.commentId === c.id)
          .map((r) => ({ text: r.text, replacedAt: r.editedAt.toISOString() })),
        platformState: c.platformState,
        reviewState: c.reviewState,
        decision: c.decision,
        decisionReason: c.decisionReason,
        labels: c.labels,
        evidenceKept: input.withEvidence.has(c.id),
        actions: input.actions
          .filter((a) => a.commentId === c.id)
          .sort(byTime((a) => a.at))
          .map((a) => ({
            action: a.action,
            manual: a.manual,
            by: who(a.byUserId, input.names),
            at: a.at.toISOString(),
            detail: a.detail,
          })),
      };
    }),
  });
}

/** The ladder's steps are the author's actions not tied to one comment (warn, block, report, legal advice, police). */
export function authorStepsJson(input: AuthorPackInput): string {
  const steps = input.actions.filter((a) => a.commentId === null).sort(byTime((a) => a.at));
  return json({
    author: { id: input.author.id, platform: input.author.platform, platformId: input.author.externalId },
    count: steps.length,
    steps: steps.map((s) => ({
      step: s.action,
      at: s.at.toISOString(),
      by: who(s.byUserId, input.names),
      how: s.manual ? 'by hand on the platform, recorded in Schoolgate' : 'through the platform’s API',
      reference: stringOrNull(s.detail.reference),
      note: stringOrNull(s.detail.note),
      detail: s.detail,
    })),
  });
}
