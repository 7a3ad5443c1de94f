// Sending approved posts (issue 11), run by the `publish-posts` job every minute and at once when a post is
// scheduled. For each post that is due: nothing goes while the head has paused publishing; consent is checked again
// at this moment (it can be withdrawn after approval), and a post that would now break it is stopped, shown on the
// post and the author and runners told; each account is then asked through its connector. A platform failure that
// may pass is retried with growing waits (1, 2, 4, 8 minutes), and after five attempts the account is marked
// failed on the post, with the error, and the runners told: never silently lost. Each publication is written to
// the audit chain with the approvers and the consent of every tagged pupil at the moment of sending.
import { auditRepository, postsRepository, socialAccountsRepository, tenancyRepository } from '@schoolgate/db';
import { blockingFindings, type PublicationCheck } from '@schoolgate/domain';
import type { AppContext } from '../../app-context.ts';
import { notify } from '../../notifications/notify.ts';
import type { ConnectorError } from '../../connectors/connector-error.ts';
import type { PublishInput } from '../../connectors/connector.ts';
import { connectorForAccount } from '../moderation/connector-for-account.ts';
import { postFindings } from './posts.ts';
import { consentSnapshot } from './publication-guard.ts';
import { imagesToSend, videoToSend } from './post-media.ts';

export const PUBLISH_MAX_ATTEMPTS = 5;
/**
 * A post is not idempotent: sending it twice shows it twice. It is retried when the platform answered that it did
 * not take it (busy, down, rate-limited), never when the answer was lost (a timeout), when it may have gone out.
 */
const mayRetry = (error: ConnectorError) =>
  error.retryable || (error.code === 'PLATFORM_UNAVAILABLE' && !error.outcomeUnknown);
const backoffMinutes = (attempts: number) => 2 ** Math.max(0, attempts - 1);

export async function publishDuePosts(ctx: AppContext, now: Date): Promise<number> {
  const due = await postsRepository.due(ctx.db, now);
  let sent = 0;
  for (const candidate of due) {
    const schoolId = candidate.schoolId;
    if (await postsRepository.pause(ctx.db, schoolId)) continue;
    const school = await tenancyRepository.findSchool(ctx.db, schoolId);
    if (!school) continue;
    // Claim the post, so a second worker (or the next sweep) does not send it too.
    const claimed = await ctx.db.transaction(async (tx) => {
      const held = await postsRepository.lock(tx, schoolId, candidate.id);
      if (held?.status !== 'scheduled') return null;
      await postsRepository.update(tx, schoolId, held.id, { status: 'publishing' });
      return held;
    });
    if (!claimed) continue;
    const audit = (tx: AppContext['db'], action: string, details: Record<string, unknown>) =>
      auditRepository.append(tx, {
        trustId: school.trustId,
        schoolId,
        actorUserId: null,
        actorAddress: 'scheduled job',
        action,
        entityType: 'post',
        entityId: claimed.id,
        details,
        now,
      });
    const { findings, pupils, targets, tagged } = await postFindings(ctx, schoolId, claimed, now);
    const blocking = blockingFindings(
      findings,
      claimed.overrides.map((o) => o.check as PublicationCheck),
    );
    if (blocking.length > 0) {
      await ctx.db.transaction(async (tx) => {
        await postsRepository.update(tx, schoolId, claimed.id, { status: 'failed', updatedAt: now });
        for (const t of targets.filter((x) => x.target.status === 'pending')) {
          await postsRepository.updateTarget(tx, t.target.id, {
            status: 'failed',
            lastError: `Stopped before sending: ${blocking[0]?.reason}`,
          });
        }
        await audit(tx, 'post.stopped', { checks: blocking.map((f) => f.check) });
        await notify(tx, {
          school: { id: schoolId, trustId: school.trustId },
          userIds: [claimed.authorUserId],
          roles: ['account_admin'],
          kind: 'post-stopped',
          title: 'A post was stopped before it was published',
          body: 'Something changed since it was approved (consent may have been withdrawn). Open the post to see why.',
          link: `/posts/${claimed.id}`,
          dedupeKey: `post-stopped:${claimed.id}:${now.toISOString()}`,
          now,
        });
      });
      continue;
    }
    const approvals = await postsRepository.approvals(ctx.db, claimed.id);
    const taggedIds = new Set(tagged.map((t) => t.pupilId));
    const snapshot = pupils.filter((p) => taggedIds.has(p.id)).map(consentSnapshot);
    let waiting = false;
    let failedAny = false;
    let media: Pick<PublishInput, 'images' | 'video'> | undefined;
    for (const t of targets) {
      if (t.target.status !== 'pending') continue;
      const account = await socialAccountsRepository.findInSchool(ctx.db, schoolId, t.target.accountId);
      const connector = account ? connectorForAccount(ctx, account) : null;
      // Read once for all the accounts (a video may be tens of megabytes).
      media ??= {
        images: await imagesToSend(ctx, schoolId, claimed.id, now),
        video: await videoToSend(ctx, schoolId, claimed.id, now),
      };
      const result = connector ? await connector.publishPost({ text: claimed.text, ...media }) : null;
      const attempts = t.target.attempts + 1;
      await ctx.db.transaction(async (tx) => {
        if (result?.ok) {
          sent += 1;
          await postsRepository.updateTarget(tx, t.target.id, {
            status: 'published',
            attempts,
            lastError: null,
            externalPostId: result.value.postExternalId,
            permalink: result.value.permalink,
            publishedAt: now,
            consentSnapshot: snapshot,
          });
          await audit(tx, 'post.published', {
            accountId: t.target.accountId,
            platform: t.platform,
            externalPostId: result.value.postExternalId,
            permalink: result.value.permalink,
            draftedBy: claimed.authorUserId,
            approvedBy: approvals.map((a) => a.userId),
            consent: snapshot,
            overridden: claimed.overrides.map((o) => ({ check: o.check, reason: o.reason })),
          });
          return;
        }
        const error = result ? result.error : null;
        const message = !error
          ? 'This account is not connected to its platform.'
          : error.outcomeUnknown
            ? `${error.message}. The post may have gone out: check the account before posting it again by hand.`
            : error.message;
        const retry = error !== null && mayRetry(error) && attempts < PUBLISH_MAX_ATTEMPTS;
        await postsRepository.updateTarget(tx, t.target.id, {
          status: retry ? 'pending' : 'failed',
          attempts,
          lastError: message,
        });
        await audit(tx, 'post.publish_failed', {
          accountId: t.target.accountId,
          attempts,
          code: error?.code ?? 'NOT_CONNECTED',
          willRetry: retry,
        });
        if (retry) waiting = true;
        else {
          failedAny = true;
          await notify(tx, {
            school: { id: schoolId, trustId: school.trustId },
            userIds: [claimed.authorUserId],
            roles: ['account_admin'],
            kind: 'post-failed',
            title: 'A post could not be published',
            body: `The platform did not take the post after ${attempts} attempt${attempts === 1 ? '' : 's'}. Open it to see the error and post it by hand if need be.`,
            link: `/posts/${claimed.id}`,
            dedupeKey: `post-failed:${t.target.id}`,
            now,
          });
        }
      });
    }
    const left = (await postsRepository.targets(ctx.db, [claimed.id])).map((x) => x.target);
    const retryAt = new Date(now.getTime() + backoffMinutes(Math.max(...left.map((x) => x.attempts))) * 60_000);
    await postsRepository.update(ctx.db, schoolId, claimed.id, {
      status: waiting ? 'scheduled' : failedAny ? 'failed' : 'published',
      ...(waiting ? { scheduledFor: retryAt } : {}),
      updatedAt: now,
    });
  }
  return sent;
}
