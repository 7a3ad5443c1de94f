// Drafting, checking and approving posts (issue 11). A draft goes to one or more of the school's accounts, with its
// text, images (re-encoded, alt text per image), the pupils pictured or named, and a category from the policy. The
// checks (publication-guard.ts) run on every read, so what the page shows is what approval would meet. Approval is by
// someone other than the author who runs every account and meets the policy's signature and training rule; a post
// flagged as controversial also needs the head or a senior leader. Editing a draft withdraws earlier approvals.
import {
  consentRepository,
  postsRepository,
  pupilsRepository,
  socialAccountsRepository,
  storedFilesRepository,
  usersRepository,
  type Db,
  type SchoolPostRow,
} from '@schoolgate/db';
import { AppError, blockingFindings, notFound, type Platform, type PublicationCheck } from '@schoolgate/domain';
import type { PostDetail, PostImageUpload, PublicationOverride, SavePostRequest } from '@schoolgate/contracts';
import { POST_IMAGES_MAX } from '@schoolgate/contracts';
import type { z } from 'zod';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { fileStoreOf, insertStoredFile, prepareStoredFile, readBytes } from '../../files/file-store.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { getEnforcedPolicy } from '../policy/get-enforced-policy.ts';
import { cleanImage } from './post-images.ts';
import { postStanding } from './post-access.ts';
import { checkOutgoing, refusalFor } from './publication-guard.ts';

type SaveInput = z.output<typeof SavePostRequest>;

export async function loadPost(ctx: AppContext, schoolId: string, id: string): Promise<SchoolPostRow> {
  const post = await postsRepository.find(ctx.db, schoolId, id);
  if (!post) throw notFound('The post');
  return post;
}

async function accountsOf(ctx: AppContext, schoolId: string, accountIds: readonly string[]) {
  const accounts = await socialAccountsRepository.listForSchool(ctx.db, schoolId);
  const chosen = accountIds.map((id) => accounts.find((a) => a.id === id));
  if (chosen.some((a) => !a)) {
    throw new AppError('VALIDATION_FAILED', 'Choose accounts from the school’s register.', [
      { field: 'accountIds', message: 'One of these is not an account of the school.' },
    ]);
  }
  return chosen as NonNullable<(typeof chosen)[number]>[];
}

async function checkPupils(ctx: AppContext, schoolId: string, tagged: SaveInput['tagged']) {
  const pupils = new Set((await pupilsRepository.listForImport(ctx.db, schoolId)).map((p) => p.id));
  const unknown = tagged.findIndex((t) => !pupils.has(t.pupilId));
  if (unknown >= 0) {
    throw new AppError('VALIDATION_FAILED', 'Tag pupils from the school’s roll.', [
      { field: `tagged.${unknown}.pupilId`, message: 'Not a pupil of this school.' },
    ]);
  }
  return [...new Map(tagged.map((t) => [t.pupilId, t])).values()];
}

export async function savePost(
  ctx: AppContext,
  actor: Actor,
  input: SaveInput,
  id?: string,
  /** More to write in the draft's transaction (a suggestion marked as drafted): it fails or lands with the post. */
  alsoInTransaction?: (tx: AppContext['db'], postId: string, now: Date) => Promise<void>,
): Promise<PostDetail> {
  authorise(actor, 'create', 'post');
  const schoolId = schoolOf(actor);
  const accounts = await accountsOf(ctx, schoolId, [...new Set(input.accountIds)]);
  const standing = await postStanding(
    ctx,
    actor,
    accounts.map((a) => a.id),
  );
  if (!standing.runsAll && !standing.senior) {
    throw new AppError(
      'FORBIDDEN',
      'Only the runners of an account draft its posts. Suggest the post to them instead.',
    );
  }
  const tagged = await checkPupils(ctx, schoolId, input.tagged);
  const now = ctx.now();
  const postId = await ctx.db.transaction(async (tx) => {
    let post: SchoolPostRow;
    if (id) {
      const held = await postsRepository.lock(tx, schoolId, id);
      if (!held) throw notFound('The post');
      if (!['draft', 'approved', 'failed'].includes(held.status)) {
        throw new AppError('CONFLICT', 'This post is being published or has been published; it can no longer change.');
      }
      await postsRepository.update(tx, schoolId, id, {
        text: input.text,
        category: input.category,
        controversial: input.controversial,
        status: 'draft',
        scheduledFor: null,
        overrides: [],
        updatedAt: now,
      });
      await postsRepository.clearApprovals(tx, id);
      post = held;
    } else {
      post = await postsRepository.create(tx, {
        schoolId,
        authorUserId: actor.userId,
        text: input.text,
        category: input.category,
        controversial: input.controversial,
        createdAt: now,
        updatedAt: now,
      });
    }
    await postsRepository.setTargets(
      tx,
      schoolId,
      post.id,
      accounts.map((a) => a.id),
    );
    await postsRepository.setTagged(tx, schoolId, post.id, tagged);
    await recordAudit(
      tx,
      actor,
      {
        action: id ? 'post.edited' : 'post.drafted',
        entityType: 'post',
        entityId: post.id,
        details: { accounts: accounts.length, tagged: tagged.length, category: input.category },
      },
      now,
    );
    await alsoInTransaction?.(tx, post.id, now);
    return post.id;
  });
  return getPost(ctx, actor, postId);
}

export async function editableBy(ctx: AppContext, actor: Actor, post: SchoolPostRow) {
  if (!['draft', 'approved', 'failed'].includes(post.status)) {
    throw new AppError('CONFLICT', 'This post is being published or has been published; it can no longer change.');
  }
  const targets = await postsRepository.targets(ctx.db, [post.id]);
  const standing = await postStanding(
    ctx,
    actor,
    targets.map((t) => t.target.accountId),
  );
  if (!standing.runsAll && !standing.senior)
    throw new AppError('FORBIDDEN', 'Only the account’s runners edit its posts.');
}

export async function addPostImage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  upload: z.output<typeof PostImageUpload>,
): Promise<PostDetail> {
  authorise(actor, 'create', 'post');
  const schoolId = schoolOf(actor);
  const post = await loadPost(ctx, schoolId, id);
  await editableBy(ctx, actor, post);
  const existing = await postsRepository.images(ctx.db, [id]);
  if ((await postsRepository.videos(ctx.db, [id])).length > 0) {
    throw new AppError(
      'CONFLICT',
      'This post has a video. A post carries photos or one video, not both: remove the video to add photos.',
      [{ field: 'base64', message: 'Remove the video first.' }],
    );
  }
  if (existing.length >= POST_IMAGES_MAX) {
    throw new AppError('VALIDATION_FAILED', `A post holds at most ${POST_IMAGES_MAX} images.`);
  }
  const clean = await cleanImage(Buffer.from(upload.base64, 'base64'));
  const now = ctx.now();
  const base = upload.fileName.replace(/\.[^.]*$/, '') || 'image';
  const store = fileStoreOf(ctx);
  const common = { schoolId, contentType: 'image/jpeg', uploadedBy: actor.userId, uploadedAt: now };
  // The bytes go to the school's file store (the database, or S3 when FILE_STORE=s3) before the transaction opens,
  // as for videos and evidence, so a slow object store holds no locks.
  const file = await prepareStoredFile(store, {
    ...common,
    fileName: `${base}.jpg`,
    sizeBytes: clean.bytes.length,
    sha256: clean.sha256,
    content: clean.bytes,
  });
  const thumb = await prepareStoredFile(store, {
    ...common,
    fileName: `${base}-thumbnail.jpg`,
    sizeBytes: clean.thumbnail.length,
    sha256: clean.thumbnailSha256,
    content: clean.thumbnail,
  });
  await ctx.db.transaction(async (tx) => {
    await insertStoredFile(tx, file);
    await insertStoredFile(tx, thumb);
    await postsRepository.addImage(tx, {
      schoolId,
      postId: id,
      fileId: file.id,
      thumbnailFileId: thumb.id,
      altText: upload.altText || null,
      position: (existing.at(-1)?.position ?? 0) + 1,
      width: clean.width,
      height: clean.height,
    });
    await backToDraft(tx, schoolId, post, now);
    await recordAudit(
      tx,
      actor,
      { action: 'post.image_added', entityType: 'post', entityId: id, details: { sha256: clean.sha256 } },
      now,
    );
  });
  return getPost(ctx, actor, id);
}

/** A change to an approved post withdraws its approvals: the approvers saw something else. */
export async function backToDraft(tx: AppContext['db'], schoolId: string, post: SchoolPostRow, now: Date) {
  await postsRepository.update(tx, schoolId, post.id, { status: 'draft', scheduledFor: null, updatedAt: now });
  await postsRepository.clearApprovals(tx, post.id);
}

/**
 * One change to a draft's photo or video (describe it, or remove it): the change, the post back to draft and the
 * audit entry in one transaction. Shared by photos and videos.
 */
export async function changePostMedia(
  ctx: AppContext,
  actor: Actor,
  id: string,
  media: { noun: string; action: string; change: (tx: Db) => Promise<unknown> },
): Promise<PostDetail> {
  authorise(actor, 'create', 'post');
  const schoolId = schoolOf(actor);
  const post = await loadPost(ctx, schoolId, id);
  await editableBy(ctx, actor, post);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await media.change(tx))) throw notFound(media.noun);
    await backToDraft(tx, schoolId, post, now);
    await recordAudit(tx, actor, { action: media.action, entityType: 'post', entityId: id }, now);
  });
  return getPost(ctx, actor, id);
}

export const updatePostImage = (
  ctx: AppContext,
  actor: Actor,
  id: string,
  imageId: string,
  altText: string | null,
): Promise<PostDetail> =>
  changePostMedia(ctx, actor, id, {
    noun: 'The image',
    action: altText === null ? 'post.image_removed' : 'post.image_described',
    change: (tx) =>
      altText === null
        ? postsRepository.removeImage(tx, id, imageId)
        : postsRepository.updateImage(tx, id, imageId, altText),
  });

export async function postImageFile(ctx: AppContext, actor: Actor, id: string, imageId: string, which: 'thumbnail') {
  authorise(actor, 'read', 'post');
  const schoolId = schoolOf(actor);
  await loadPost(ctx, schoolId, id);
  const image = (await postsRepository.images(ctx.db, [id])).find((i) => i.id === imageId);
  if (!image) throw notFound('The image');
  const file = await storedFilesRepository.findInSchool(
    ctx.db,
    schoolId,
    which === 'thumbnail' ? image.thumbnailFileId : image.fileId,
  );
  if (!file) throw notFound('The image');
  return { contentType: file.contentType, bytes: await readBytes(fileStoreOf(ctx), file) };
}

/** The checks on a post as it stands (used by the page, approval and the publishing job). */
export async function postFindings(ctx: AppContext, schoolId: string, post: SchoolPostRow, at = ctx.now()) {
  const [targets, images, videos, tagged] = await Promise.all([
    postsRepository.targets(ctx.db, [post.id]),
    postsRepository.images(ctx.db, [post.id]),
    postsRepository.videos(ctx.db, [post.id]),
    postsRepository.tagged(ctx.db, post.id),
  ]);
  const checked = await checkOutgoing(ctx.db, schoolId, at, {
    kind: 'post',
    text: post.text,
    category: post.category as never,
    platforms: targets.map((t) => t.platform as Platform),
    images: images.map((i) => ({ altText: i.altText })),
    videos: videos.map((v) => ({ altText: v.altText })),
    tagged: tagged.map((t) => ({ pupilId: t.pupilId, pictured: t.pictured, named: t.named })),
  });
  return { ...checked, targets, images, video: videos[0] ?? null, tagged };
}

const approvalsNeeded = async (ctx: AppContext, schoolId: string) =>
  Math.max(1, (await getEnforcedPolicy(ctx.db, schoolId))?.posts.approvalsRequired ?? 1);

export async function getPost(ctx: AppContext, actor: Actor, id: string): Promise<PostDetail> {
  authorise(actor, 'read', 'post');
  const schoolId = schoolOf(actor);
  const post = await loadPost(ctx, schoolId, id);
  const { findings, targets, images, video, tagged } = await postFindings(ctx, schoolId, post);
  const approvals = await postsRepository.approvals(ctx.db, id);
  const userIds = [post.authorUserId, ...approvals.map((a) => a.userId), ...post.overrides.map((o) => o.byUserId)];
  const names = await usersRepository.displayNames(ctx.db, [...new Set(userIds)]);
  const standing = await postStanding(
    ctx,
    actor,
    targets.map((t) => t.target.accountId),
  );
  const overridden = post.overrides.map((o) => o.check as PublicationCheck);
  const blocking = blockingFindings(findings, overridden);
  const why = [...standing.why];
  const own = post.authorUserId === actor.userId;
  if (own) why.push('You drafted this post: someone else approves it.');
  if (blocking.some((f) => !f.overridable)) why.push('The post must be changed before it can be approved.');
  const mayAct = standing.ready && (standing.runsAll || standing.senior);
  const alreadyApproved = approvals.some((a) => a.userId === actor.userId);
  return {
    id: post.id,
    text: post.text,
    category: post.category,
    status: post.status as PostDetail['status'],
    authorUserId: post.authorUserId,
    authorName: names.get(post.authorUserId) ?? null,
    controversial: post.controversial,
    scheduledFor: post.scheduledFor?.toISOString() ?? null,
    updatedAt: post.updatedAt.toISOString(),
    imageCount: images.length,
    accounts: targets.map((t) => ({ id: t.target.accountId, platform: t.platform, handle: t.handle })),
    images: images.map((i) => ({ id: i.id, altText: i.altText, width: i.width, height: i.height })),
    video: video
      ? {
          id: video.id,
          altText: video.altText,
          contentType: video.contentType,
          sizeBytes: video.sizeBytes,
          durationMs: video.durationMs,
          width: video.width,
          height: video.height,
        }
      : null,
    tagged: tagged.map((t) => ({
      pupilId: t.pupilId,
      name: `${t.preferredName || t.firstName} ${t.lastName}`,
      pictured: t.pictured,
      named: t.named,
    })),
    findings,
    overrides: post.overrides.map((o) => ({
      check: o.check,
      reason: o.reason,
      by: names.get(o.byUserId) ?? null,
      at: o.at,
    })),
    approvals: approvals.map((a) => ({ name: names.get(a.userId) ?? null, role: a.role, at: a.at.toISOString() })),
    approvalsRequired: await approvalsNeeded(ctx, schoolId),
    targets: targets.map((t) => ({
      accountId: t.target.accountId,
      platform: t.platform,
      handle: t.handle,
      status: t.target.status,
      attempts: t.target.attempts,
      lastError: t.target.lastError,
      externalPostId: t.target.externalPostId,
      permalink: t.target.permalink,
      publishedAt: t.target.publishedAt?.toISOString() ?? null,
      consentSnapshot: (t.target.consentSnapshot as PostDetail['targets'][number]['consentSnapshot']) ?? null,
    })),
    can: {
      edit: ['draft', 'approved', 'failed'].includes(post.status) && (standing.runsAll || standing.senior),
      approve: post.status === 'draft' && !own && mayAct && !alreadyApproved && !blocking.some((f) => !f.overridable),
      publish: post.status === 'approved' && standing.runsAll && standing.ready,
      why,
    },
  };
}

/** A page of the school's posts, most recently changed first, with a total that stops counting at a cap. */
export async function listPosts(
  ctx: AppContext,
  actor: Actor,
  q: { status?: string; search?: string; page: number; pageSize: number },
) {
  authorise(actor, 'read', 'post');
  const schoolId = schoolOf(actor);
  const { items: rows, total, totalIsLowerBound } = await postsRepository.list(ctx.db, schoolId, q);
  const ids = rows.map((r) => r.id);
  const [targets, images] = await Promise.all([
    postsRepository.targets(ctx.db, ids),
    postsRepository.images(ctx.db, ids),
  ]);
  const names = await usersRepository.displayNames(ctx.db, [...new Set(rows.map((r) => r.authorUserId))]);
  return {
    items: rows.map((post) => ({
      id: post.id,
      text: post.text,
      category: post.category,
      status: post.status as PostDetail['status'],
      authorName: names.get(post.authorUserId) ?? null,
      accounts: targets
        .filter((t) => t.target.postId === post.id)
        .map((t) => ({ id: t.target.accountId, platform: t.platform, handle: t.handle })),
      scheduledFor: post.scheduledFor?.toISOString() ?? null,
      updatedAt: post.updatedAt.toISOString(),
      imageCount: images.filter((i) => i.postId === post.id).length,
    })),
    total,
    totalIsLowerBound,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function approvePost(
  ctx: AppContext,
  actor: Actor,
  id: string,
  override?: PublicationOverride,
): Promise<PostDetail> {
  authorise(actor, 'approve', 'post');
  const schoolId = schoolOf(actor);
  const post = await loadPost(ctx, schoolId, id);
  if (post.authorUserId === actor.userId) {
    throw new AppError('FORBIDDEN', 'Nobody approves their own post: ask another runner.');
  }
  if (post.status !== 'draft') throw new AppError('CONFLICT', 'Only a draft waiting for approval can be approved.');
  const { findings, targets } = await postFindings(ctx, schoolId, post);
  const standing = await postStanding(
    ctx,
    actor,
    targets.map((t) => t.target.accountId),
  );
  const seniorApproval = post.controversial && standing.senior;
  if (!standing.ready || (!standing.runsAll && !seniorApproval)) {
    throw new AppError('FORBIDDEN', `You cannot approve this post. ${standing.why.join(' ')}`);
  }
  const overriddenBefore = post.overrides.map((o) => o.check as PublicationCheck);
  const refusal = refusalFor(findings, {
    checks: [...overriddenBefore, ...(override?.checks ?? [])],
    reason: override?.reason ?? (overriddenBefore.length ? 'recorded earlier' : ''),
  });
  const now = ctx.now();
  if (refusal) {
    await ctx.db.transaction((tx) =>
      recordAudit(
        tx,
        actor,
        {
          action: 'post.approval_refused',
          entityType: 'post',
          entityId: id,
          details: { checks: refusal.fields.map((f) => f.field.replace(/^checks\./, '')) },
        },
        now,
      ),
    );
    throw refusal;
  }
  const needed = await approvalsNeeded(ctx, schoolId);
  await ctx.db.transaction(async (tx) => {
    const held = await postsRepository.lock(tx, schoolId, id);
    if (!held || held.status !== 'draft' || held.updatedAt.getTime() !== post.updatedAt.getTime()) {
      throw new AppError('CONFLICT', 'The post changed while you were approving it. Read it again.');
    }
    const newOverrides = findings
      .filter((f) => f.overridable && override?.checks.includes(f.check))
      .map((f) => ({ check: f.check, reason: override!.reason, byUserId: actor.userId, at: now.toISOString() }));
    await postsRepository.addApproval(tx, { schoolId, postId: id, userId: actor.userId, role: actor.role, at: now });
    const approvals = await postsRepository.approvals(tx, id);
    const senior = approvals.some((a) => ['head', 'slt', 'trust_admin'].includes(a.role));
    const complete = approvals.length >= needed && (!post.controversial || senior);
    await postsRepository.update(tx, schoolId, id, {
      overrides: [...held.overrides, ...newOverrides],
      ...(complete ? { status: 'approved' } : {}),
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'post.approved',
        entityType: 'post',
        entityId: id,
        details: {
          approvals: approvals.length,
          needed,
          complete,
          ...(newOverrides.length
            ? { overridden: newOverrides.map((o) => ({ check: o.check, reason: o.reason })) }
            : {}),
        },
      },
      now,
    );
  });
  return getPost(ctx, actor, id);
}

export async function schedulePost(ctx: AppContext, actor: Actor, id: string, at?: string): Promise<PostDetail> {
  authorise(actor, 'publish', 'post');
  const schoolId = schoolOf(actor);
  const post = await loadPost(ctx, schoolId, id);
  if (post.status !== 'approved') throw new AppError('CONFLICT', 'Only an approved post can be published.');
  const targets = await postsRepository.targets(ctx.db, [id]);
  const standing = await postStanding(
    ctx,
    actor,
    targets.map((t) => t.target.accountId),
  );
  if (!standing.runsAll || !standing.ready) {
    throw new AppError('FORBIDDEN', `You cannot publish this post. ${standing.why.join(' ')}`);
  }
  const now = ctx.now();
  const when = at ? new Date(at) : now;
  await ctx.db.transaction(async (tx) => {
    const held = await postsRepository.lock(tx, schoolId, id);
    if (held?.status !== 'approved') throw new AppError('CONFLICT', 'Only an approved post can be published.');
    await postsRepository.update(tx, schoolId, id, { status: 'scheduled', scheduledFor: when, updatedAt: now });
    await recordAudit(
      tx,
      actor,
      { action: 'post.scheduled', entityType: 'post', entityId: id, details: { at: when.toISOString() } },
      now,
    );
  });
  ctx.jobs?.trigger('publish-posts');
  return getPost(ctx, actor, id);
}

/** Pupils of the school for tagging (names only: consent is shown through the checks, not here). */
export async function postPupilOptions(ctx: AppContext, actor: Actor, search: string) {
  authorise(actor, 'create', 'post');
  const schoolId = schoolOf(actor);
  const rows = await consentRepository.registerPupils(ctx.db, schoolId, { search: search || undefined });
  return {
    items: rows.slice(0, 50).map((p) => ({
      id: p.id,
      name: `${p.preferredName || p.firstName} ${p.lastName}`,
      yearGroup: p.yearGroup,
    })),
  };
}
