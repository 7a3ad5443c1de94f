// Replies go through the same publication checks as posts (issue 11). A refusal is audited (which checks, never the
// reasons, which name pupils) in its own transaction, then thrown: PUBLICATION_BLOCKED with every reason.
import { AppError, type Platform, type PublicationCheck } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { recordAudit } from '../audit-entry.ts';
import { guardOutgoing, type Override } from '../posts/publication-guard.ts';
import type { Loaded } from './comment-action-steps.ts';

export type OverriddenCheck = { check: PublicationCheck; reason: string };

export async function guardReply(
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  text: string,
  override?: Override | null,
): Promise<{ overridden: OverriddenCheck[] }> {
  const now = ctx.now();
  try {
    const { overridden } = await guardOutgoing(
      ctx.db,
      l.comment.schoolId,
      now,
      { kind: 'reply', text, platforms: [l.account.platform as Platform] },
      override,
    );
    return { overridden };
  } catch (error) {
    if (error instanceof AppError && error.code === 'PUBLICATION_BLOCKED') {
      await ctx.db.transaction((tx) =>
        recordAudit(
          tx,
          actor,
          {
            action: 'comment.reply_blocked',
            entityType: 'comment',
            entityId: l.comment.id,
            details: { checks: error.fields.map((f) => f.field.replace(/^checks\./, '')) },
          },
          now,
        ),
      );
    }
    throw error;
  }
}
