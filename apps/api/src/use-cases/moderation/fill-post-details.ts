// The post a comment is on, filled in once: most deliveries name the post only by its id (a Facebook feed change
// carries the post's permalink but not its wording; Instagram only the media id; X includes the post replied to,
// which for a reply to a reply is not the conversation's first post), so its wording is asked of the platform
// through the account's connector, once per post, after the comments are safely stored.
//
// Nothing here can hold up ingestion: it runs after the deliveries are committed, a failure is logged (by code)
// and left for the next comment on the same post to try again, and an account whose platform is down, limiting
// or refusing the token is not asked again in the same sweep.
import { commentsRepository, socialAccountsRepository } from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import { safeError } from '../../logging/safe-error.ts';
import { connectorForAccount } from './connector-for-account.ts';
import { noticeRefusedToken } from '../accounts/connect/needs-reconnecting.ts';

/** Codes after which the rest of that account's posts wait for a later sweep rather than each waiting in turn. */
const ACCOUNT_WIDE = new Set(['PLATFORM_UNAVAILABLE', 'RATE_LIMITED', 'AUTH_FAILED']);
const CHUNK = 500;

export interface PostDetailsOutcome {
  filled: number;
  failed: number;
}

/** Looks up the posts of these newly stored comments whose wording Schoolgate does not know yet. */
export async function fillPostDetails(ctx: AppContext, commentIds: readonly string[]): Promise<PostDetailsOutcome> {
  const outcome: PostDetailsOutcome = { filled: 0, failed: 0 };
  const asked = new Set<string>();
  const accountsDown = new Set<string>();
  for (let i = 0; i < commentIds.length; i += CHUNK) {
    let posts: Awaited<ReturnType<typeof commentsRepository.postsWithoutText>>;
    try {
      posts = await commentsRepository.postsWithoutText(ctx.db, commentIds.slice(i, i + CHUNK));
    } catch (error) {
      ctx.log.warn({ err: safeError(error) }, 'posts to look up not read');
      return outcome;
    }
    for (const post of posts) {
      if (asked.has(post.id) || accountsDown.has(post.accountId)) continue;
      asked.add(post.id);
      try {
        const account = await socialAccountsRepository.findInSchool(ctx.db, post.schoolId, post.accountId);
        const connector = account ? connectorForAccount(ctx, account) : null;
        if (!connector) continue;
        const result = await connector.fetchPost({ postExternalId: post.externalId });
        if (!result.ok) {
          outcome.failed += 1;
          if (ACCOUNT_WIDE.has(result.error.code)) accountsDown.add(post.accountId);
          if (account) await noticeRefusedToken(ctx, account, result.error, 'looking up a post');
          // Ids and the code only: the platform's message may quote the post.
          ctx.log.warn({ postId: post.id, accountId: post.accountId, code: result.error.code }, 'post not looked up');
          continue;
        }
        await commentsRepository.setPostDetails(ctx.db, post.id, {
          text: result.value.text ?? '',
          permalink: result.value.permalink,
        });
        outcome.filled += 1;
      } catch (error) {
        outcome.failed += 1;
        ctx.log.warn({ postId: post.id, err: safeError(error) }, 'post not looked up');
      }
    }
  }
  return outcome;
}
