// The head's pause switch, take-down tasks when consent is withdrawn after publication, and the archive export of
// what the accounts published (issue 11).
import { postsRepository, tenancyRepository, usersRepository, type Db } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { notify } from '../../notifications/notify.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { postStanding } from './post-access.ts';
import { takedownRemoval } from './takedown-removal.ts';

export async function getPublishingPause(ctx: AppContext, actor: Actor) {
  authorise(actor, 'read', 'post');
  const pause = await postsRepository.pause(ctx.db, schoolOf(actor));
  return { paused: pause !== null, reason: pause?.reason ?? null, since: pause?.pausedAt.toISOString() ?? null };
}

export async function setPublishingPause(ctx: AppContext, actor: Actor, input: { paused: boolean; reason: string }) {
  authorise(actor, 'update', 'publishing');
  const schoolId = schoolOf(actor);
  if (input.paused && !input.reason) {
    throw new AppError('VALIDATION_FAILED', 'Say why publishing is paused.', [
      { field: 'reason', message: 'Say why, for the runners.' },
    ]);
  }
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await postsRepository.setPause(
      tx,
      schoolId,
      input.paused ? { pausedBy: actor.userId, pausedAt: now, reason: input.reason } : null,
    );
    await recordAudit(
      tx,
      actor,
      { action: input.paused ? 'publishing.paused' : 'publishing.resumed', entityType: 'school', entityId: schoolId },
      now,
    );
  });
  if (!input.paused) ctx.jobs?.trigger('publish-posts');
  return getPublishingPause(ctx, actor);
}

/**
 * Called in the transaction that records a withdrawal or refusal of consent, or puts a pupil on the do-not-publish
 * list: every published post tagging the pupil for a use that no longer stands becomes a take-down task, and the
 * account administrators (the runners' role) are told. Once per post, account and pupil.
 */
export async function openTakedowns(
  tx: Db,
  school: { id: string; trustId: string },
  pupilId: string,
  because: 'social_media_photo' | 'social_media_name' | 'do_not_publish',
  now: Date,
  options: { notify?: boolean } = {},
): Promise<number> {
  const shown = await postsRepository.publishedShowing(tx, school.id, pupilId);
  let opened = 0;
  for (const row of shown) {
    const applies =
      because === 'do_not_publish' ||
      (because === 'social_media_photo' && row.pictured) ||
      (because === 'social_media_name' && row.named);
    if (!applies) continue;
    if (
      await postsRepository.addTakedown(tx, {
        schoolId: school.id,
        postTargetId: row.target.id,
        pupilId,
        because,
        createdAt: now,
      })
    ) {
      opened += 1;
    }
  }
  if (options.notify ?? true) await notifyTakedowns(tx, school, opened, now);
  return opened;
}

/** Tells the account administrators and the head that take-down tasks were opened (nothing when none were). */
export async function notifyTakedowns(tx: Db, school: { id: string; trustId: string }, opened: number, now: Date) {
  if (opened === 0) return;
  await notify(tx, {
    school,
    roles: ['account_admin', 'head'],
    kind: 'post-takedown',
    title: 'Published posts need taking down',
    body: `Consent for a pupil in ${opened} published post${opened === 1 ? '' : 's'} no longer stands. Open the take-down list.`,
    link: '/posts?view=takedowns',
    now,
  });
}

const BECAUSE: Record<string, string> = {
  social_media_photo: 'Photo consent withdrawn',
  social_media_name: 'Name consent withdrawn',
  do_not_publish: 'Must not be published',
};

export async function listTakedowns(ctx: AppContext, actor: Actor) {
  authorise(actor, 'publish', 'post');
  const rows = await postsRepository.takedowns(ctx.db, schoolOf(actor));
  return {
    items: rows.map((r) => ({
      id: r.takedown.id,
      postId: r.target.postId,
      postText: r.postText,
      platform: r.platform,
      handle: r.handle,
      permalink: r.target.permalink,
      pupilName: `${r.preferredName || r.firstName} ${r.lastName}`,
      because: BECAUSE[r.takedown.because] ?? r.takedown.because,
      status: r.takedown.status as 'open' | 'done',
      createdAt: r.takedown.createdAt.toISOString(),
      steps: r.takedown.steps.map((s) => ({ at: s.at, via: s.via, note: s.note })),
      ...takedownRemoval(r.platform, r.takedown.steps),
    })),
  };
}

/** A runner records that the post was taken down (by hand on the platform; the note says how). */
export async function completeTakedown(ctx: AppContext, actor: Actor, id: string, note: string) {
  authorise(actor, 'publish', 'post');
  const schoolId = schoolOf(actor);
  const takedown = await postsRepository.findTakedown(ctx.db, schoolId, id);
  if (!takedown) throw notFound('The take-down task');
  const target = (await postsRepository.takedowns(ctx.db, schoolId)).find((r) => r.takedown.id === id)?.target;
  const standing = await postStanding(ctx, actor, target ? [target.accountId] : []);
  if (!standing.runsAll && !standing.senior) {
    throw new AppError('FORBIDDEN', 'Only the account’s runners record its take-downs.');
  }
  if (takedown.status === 'done') throw new AppError('CONFLICT', 'This take-down is already recorded as done.');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await postsRepository.updateTakedown(tx, id, {
      status: 'done',
      doneAt: now,
      steps: [...takedown.steps, { at: now.toISOString(), byUserId: actor.userId, via: 'by_hand', note }],
    });
    if (target) await postsRepository.updateTarget(tx, target.id, { status: 'taken_down' });
    await recordAudit(tx, actor, { action: 'post.taken_down', entityType: 'post_takedown', entityId: id }, now);
  });
  return listTakedowns(ctx, actor);
}

/**
 * Everything the school's accounts published (with where, when, who drafted and approved it, and the consent
 * snapshot) as one JSON document, for a freedom of information or subject access request. `search` narrows it to
 * posts whose text contains the words. Audited. The document is written as it is read, `batchSize` posts at a time
 * oldest first, so a school with years of posts is exported whole without holding it all in memory (issue 16).
 */
export async function exportArchive(
  ctx: AppContext,
  actor: Actor,
  search?: string,
  { batchSize = 200 }: { batchSize?: number } = {},
): Promise<{ posts: number; json: AsyncGenerator<string> }> {
  authorise(actor, 'read', 'post_archive');
  const schoolId = schoolOf(actor);
  const school = await tenancyRepository.findSchool(ctx.db, schoolId);
  const total = await postsRepository.archiveCount(ctx.db, schoolId, search);
  const now = ctx.now();
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        action: 'post.archive_exported',
        entityType: 'school',
        entityId: schoolId,
        details: { posts: total, search: search ?? null },
      },
      now,
    ),
  );
  const head = { school: school?.name ?? null, exportedAt: now.toISOString(), search: search ?? null };
  async function* json(): AsyncGenerator<string> {
    yield `${JSON.stringify(head).slice(0, -1)},"posts":[`;
    let after: { createdAt: Date; id: string } | undefined;
    let first = true;
    for (;;) {
      const rows = await postsRepository.archiveBatch(ctx.db, schoolId, { search, after, limit: batchSize });
      if (rows.length === 0) break;
      for (const post of await archiveEntries(ctx.db, rows)) {
        yield `${first ? '' : ','}${JSON.stringify(post)}`;
        first = false;
      }
      const last = rows[rows.length - 1]!;
      after = { createdAt: last.createdAt, id: last.id };
      if (rows.length < batchSize) break;
    }
    yield ']}';
  }
  return { posts: total, json: json() };
}

/** One batch of the archive: each post with its approvals, who drafted it and where it went. */
async function archiveEntries(db: Db, rows: Awaited<ReturnType<typeof postsRepository.archiveBatch>>) {
  const ids = rows.map((r) => r.id);
  const [targets, approvalRows] = await Promise.all([
    postsRepository.targets(db, ids),
    postsRepository.approvalsOf(db, ids),
  ]);
  const approvals = new Map<string, typeof approvalRows>();
  for (const a of approvalRows) approvals.set(a.postId, [...(approvals.get(a.postId) ?? []), a]);
  const userIds = [...rows.map((r) => r.authorUserId), ...approvalRows.map((a) => a.userId)];
  const names = await usersRepository.displayNames(db, userIds);
  return rows.map((p) => ({
    id: p.id,
    text: p.text,
    category: p.category,
    draftedBy: names.get(p.authorUserId) ?? null,
    approvedBy: (approvals.get(p.id) ?? []).map((a) => ({
      name: names.get(a.userId) ?? null,
      role: a.role,
      at: a.at.toISOString(),
    })),
    overridden: p.overrides.map((o) => ({ check: o.check, reason: o.reason, at: o.at })),
    published: targets
      .filter((t) => t.target.postId === p.id)
      .map((t) => ({
        platform: t.platform,
        account: t.handle,
        status: t.target.status,
        platformPostId: t.target.externalPostId,
        link: t.target.permalink,
        at: t.target.publishedAt?.toISOString() ?? null,
        consentAtPublication: t.target.consentSnapshot,
      })),
  }));
}
