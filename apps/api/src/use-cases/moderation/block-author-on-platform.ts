// A block recorded on an author's page is carried out on the platform where its API allows it (Facebook, X). The
// request is audited and committed before the platform is called, so a crash part-way still shows it was asked for;
// then the outcome is recorded: the block as a rung of the ladder, or the refusal with the steps to do it by hand.
import {
  commentsRepository,
  moderationActionsRepository,
  socialAccountsRepository,
  type AuthorRow,
} from '@schoolgate/db';
import type { AuthorDetail } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { recordAudit } from '../audit-entry.ts';
import { capabilitiesOf, connectorForAccount } from './connector-for-account.ts';

export type StepOutcome = NonNullable<AuthorDetail['stepOutcome']>;

/**
 * Blocks on the account the author last commented on. Answers null when the platform's API cannot block (Instagram):
 * then the step the moderator records is the one done by hand, as guided on the page.
 */
export async function blockAuthorOnPlatform(
  ctx: AppContext,
  actor: Actor,
  author: AuthorRow,
  input: { reference?: string; note?: string },
): Promise<StepOutcome | null> {
  const capability = capabilitiesOf(author.platform).actions.block;
  if (!capability.viaApi) return null;
  const manual = (message: string): StepOutcome => ({
    outcome: 'manual_needed',
    message,
    manualSteps: [...capability.manualSteps],
  });
  const [latest] = await commentsRepository.byAuthor(ctx.db, author.id, 1);
  const account = latest
    ? await socialAccountsRepository.findInSchool(ctx.db, author.schoolId, latest.accountId)
    : null;
  const connector = account ? connectorForAccount(ctx, account) : null;
  if (!account || !connector)
    return manual(
      'This account is not connected with credentials, so Schoolgate cannot block on the platform. Do it there, then record it here as done by hand.',
    );

  const audit = (action: string, details: Record<string, unknown>) =>
    ctx.db.transaction((tx) =>
      recordAudit(tx, actor, { action, entityType: 'author', entityId: author.id, details }, ctx.now()),
    );
  await audit('author.block_requested', { platform: author.platform, account: account.id });
  const result = await connector.blockAuthor({ authorExternalId: author.externalId });
  if (!result.ok) {
    const { error } = result;
    ctx.log.warn({ authorId: author.id, action: 'block', code: error.code }, 'platform action refused');
    await audit('author.block_refused', {
      platform: author.platform,
      account: account.id,
      code: error.code,
      platformCode: error.platformCode ?? null,
      retryable: error.retryable,
    });
    return manual(
      `The platform did not block the author (${error.code.toLowerCase().replace(/_/g, ' ')}). Do it on the platform, then record it here as done by hand.`,
    );
  }
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await moderationActionsRepository.record(tx, {
      schoolId: author.schoolId,
      commentId: null,
      authorId: author.id,
      action: 'block',
      manual: false,
      detail: { via: 'api', account: account.id, reference: input.reference ?? null, note: input.note ?? null },
      byUserId: actor.userId,
      at: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'author.block',
        entityType: 'author',
        entityId: author.id,
        details: { via: 'api', account: account.id },
      },
      now,
    );
  });
  return { outcome: 'done', message: `Blocked on ${account.displayName}.`, manualSteps: [] };
}
