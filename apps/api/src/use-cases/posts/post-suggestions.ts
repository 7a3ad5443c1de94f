// Suggestions for posts (issue 11, 000 "speak to the Principal"). A member of staff who does not run an account says
// what they would like posted (the text, which accounts or any, a category, a note); the head and the runners of
// those accounts are told. The head, senior leaders and those runners turn it into a draft (which then goes through
// the same checks and approval as any post) or decline it with a reason the colleague who suggested it reads.
import {
  accountRunnersRepository,
  postSuggestionsRepository,
  socialAccountsRepository,
  staffRepository,
  usersRepository,
  type PostSuggestionRow,
  type SuggestionsAmong,
} from '@schoolgate/db';
import { AppError, can, notFound, policySettingsFromTemplate } from '@schoolgate/domain';
import type { PostDetail, PostSuggestionDto, SavePostRequest, SuggestPostRequest } from '@schoolgate/contracts';
import type { z } from 'zod';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { notify } from '../../notifications/notify.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { getEnforcedPolicy } from '../policy/get-enforced-policy.ts';
import { savePost } from './posts.ts';

const SENIOR = new Set(['head', 'slt', 'trust_admin']);
const LINK = '/posts?view=suggestions';

/** Who decides which suggestions: senior staff decide all; a runner those for an account they run, or for any. */
async function deciderOf(ctx: AppContext, actor: Actor) {
  const schoolId = schoolOf(actor);
  const runs = can(actor.role, 'approve', 'post_suggestion')
    ? new Set(await accountRunnersRepository.accountIdsRunBy(ctx.db, schoolId, actor.userId))
    : new Set<string>();
  const senior = SENIOR.has(actor.role);
  const sees: SuggestionsAmong = senior
    ? 'all'
    : { byUserId: actor.userId, ...(runs.size > 0 ? { accountIds: [...runs] } : {}) };
  return {
    decides: senior || runs.size > 0,
    /** The suggestions `mayDecide` allows plus their own, as a query, so the list pages in the database. */
    sees,
    mayDecide: (row: PostSuggestionRow) =>
      row.byUserId !== actor.userId &&
      (senior || (runs.size > 0 && (row.accountIds.length === 0 || row.accountIds.some((id) => runs.has(id))))),
  };
}

async function present(ctx: AppContext, actor: Actor, rows: PostSuggestionRow[]): Promise<PostSuggestionDto[]> {
  const schoolId = schoolOf(actor);
  const [accounts, names, decider] = await Promise.all([
    socialAccountsRepository.listForSchool(ctx.db, schoolId),
    usersRepository.displayNames(
      ctx.db,
      rows.flatMap((r) => [r.byUserId, r.decidedByUserId]),
    ),
    deciderOf(ctx, actor),
  ]);
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    accounts: r.accountIds.flatMap((id) => {
      const a = accounts.find((x) => x.id === id);
      return a ? [{ id: a.id, platform: a.platform, handle: a.handle }] : [];
    }),
    category: r.category,
    note: r.note,
    status: r.status as PostSuggestionDto['status'],
    byName: names.get(r.byUserId) ?? null,
    mine: r.byUserId === actor.userId,
    createdAt: r.createdAt.toISOString(),
    decidedByName: r.decidedByUserId ? (names.get(r.decidedByUserId) ?? null) : null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    declineReason: r.declineReason,
    postId: r.postId,
    mayDecide: r.status === 'open' && decider.mayDecide(r),
  }));
}

export async function suggestPost(
  ctx: AppContext,
  actor: Actor,
  input: z.output<typeof SuggestPostRequest>,
): Promise<PostSuggestionDto> {
  authorise(actor, 'create', 'post_suggestion');
  const schoolId = schoolOf(actor);
  const accountIds = [...new Set(input.accountIds)];
  const accounts = await socialAccountsRepository.listForSchool(ctx.db, schoolId);
  const unknown = accountIds.findIndex((id) => !accounts.some((a) => a.id === id));
  if (unknown >= 0) {
    throw new AppError('VALIDATION_FAILED', 'Choose accounts from the school’s register.', [
      { field: `accountIds.${unknown}`, message: 'Not an account of this school.' },
    ]);
  }
  const mine = (await staffRepository.linkedInSchool(ctx.db, schoolId, actor.userId)).filter(
    (s) => s.status === 'active',
  );
  if (mine.length === 0) throw new AppError('FORBIDDEN', 'Suggestions come from the school’s own staff.');
  const runs = new Set(await accountRunnersRepository.accountIdsRunBy(ctx.db, schoolId, actor.userId));
  if (accountIds.length > 0 && accountIds.every((id) => runs.has(id))) {
    throw new AppError('CONFLICT', 'You run these accounts: draft the post yourself under New post.');
  }
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await postSuggestionsRepository.create(tx, {
      schoolId,
      byUserId: actor.userId,
      text: input.text,
      accountIds,
      category: input.category ?? null,
      note: input.note || null,
      createdAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'post.suggested',
        entityType: 'post_suggestion',
        entityId: created.id,
        details: { accounts: accountIds.length, category: input.category ?? null },
      },
      now,
    );
    // The head, and the runners of the accounts it is for (of every account when it names none).
    const runners = await accountRunnersRepository.listForAccounts(
      tx,
      schoolId,
      accountIds.length > 0 ? accountIds : accounts.map((a) => a.id),
    );
    await notify(tx, {
      school: { id: schoolId, trustId: actor.trustId },
      roles: ['head'],
      userIds: [
        ...new Set(
          runners
            .filter((r) => r.status === 'active' && r.userId && r.userId !== actor.userId)
            .map((r) => r.userId as string),
        ),
      ],
      kind: 'post-suggestion',
      title: 'A colleague suggests a post',
      body: 'A member of staff has suggested a post for the school’s accounts. Make it a draft or reply with why not.',
      link: LINK,
      now,
    });
    return created;
  });
  const [dto] = await present(ctx, actor, [row]);
  return dto!;
}

/** A page of the suggestions this person may see: their own, and those they may decide. */
export async function listSuggestions(
  ctx: AppContext,
  actor: Actor,
  q: { status?: string; page: number; pageSize: number },
) {
  authorise(actor, 'read', 'post_suggestion');
  const schoolId = schoolOf(actor);
  const decider = await deciderOf(ctx, actor);
  const { items, total, totalIsLowerBound } = await postSuggestionsRepository.list(ctx.db, schoolId, {
    ...q,
    among: decider.sees,
  });
  return {
    items: await present(ctx, actor, items),
    total,
    totalIsLowerBound,
    page: q.page,
    pageSize: q.pageSize,
    decides: decider.decides,
  };
}

/** The suggestion, if this person may decide it and it is still open (checked again under the row lock). */
async function decidable(ctx: AppContext, actor: Actor, id: string) {
  authorise(actor, 'approve', 'post_suggestion');
  const schoolId = schoolOf(actor);
  const row = await postSuggestionsRepository.find(ctx.db, schoolId, id);
  if (!row) throw notFound('The suggestion');
  if (!(await deciderOf(ctx, actor)).mayDecide(row)) {
    throw new AppError(
      'FORBIDDEN',
      'The head, senior leaders and the runners of the accounts it is for decide this suggestion.',
    );
  }
  return row;
}

async function lockOpen(tx: AppContext['db'], schoolId: string, id: string) {
  const held = await postSuggestionsRepository.lock(tx, schoolId, id);
  if (!held) throw notFound('The suggestion');
  if (held.status !== 'open') {
    throw new AppError('CONFLICT', 'Someone has already made this suggestion a draft or declined it.');
  }
  return held;
}

/** A draft from the suggestion, as the runner settled it: the post and the suggestion's new state land together. */
export async function draftFromSuggestion(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.output<typeof SavePostRequest>,
): Promise<PostDetail> {
  const schoolId = schoolOf(actor);
  const row = await decidable(ctx, actor, id);
  return savePost(ctx, actor, input, undefined, async (tx, postId, now) => {
    await lockOpen(tx, schoolId, id);
    await postSuggestionsRepository.update(tx, schoolId, id, {
      status: 'drafted',
      postId,
      decidedByUserId: actor.userId,
      decidedAt: now,
    });
    await recordAudit(
      tx,
      actor,
      { action: 'post.suggestion_drafted', entityType: 'post_suggestion', entityId: id, details: { postId } },
      now,
    );
    await notify(tx, {
      school: { id: schoolId, trustId: actor.trustId },
      userIds: [row.byUserId],
      kind: 'post-suggestion-drafted',
      title: 'Your suggestion is now a draft post',
      body: 'A runner has made your suggestion a draft. It is checked and approved like any other post before it goes out.',
      link: LINK,
      now,
    });
  });
}

export async function declineSuggestion(ctx: AppContext, actor: Actor, id: string, reason: string) {
  const schoolId = schoolOf(actor);
  const row = await decidable(ctx, actor, id);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await lockOpen(tx, schoolId, id);
    await postSuggestionsRepository.update(tx, schoolId, id, {
      status: 'declined',
      declineReason: reason,
      decidedByUserId: actor.userId,
      decidedAt: now,
    });
    await recordAudit(
      tx,
      actor,
      { action: 'post.suggestion_declined', entityType: 'post_suggestion', entityId: id },
      now,
    );
    await notify(tx, {
      school: { id: schoolId, trustId: actor.trustId },
      userIds: [row.byUserId],
      kind: 'post-suggestion-declined',
      title: 'Your suggestion will not be posted',
      body: `Why: ${reason}`,
      link: LINK,
      now,
    });
  });
  return listSuggestions(ctx, actor, { page: 1, pageSize: 50 });
}

/** The categories and platforms the enforced policy allows (the blank template's until one is published). */
export async function postOptions(ctx: AppContext, actor: Actor) {
  // Everyone who drafts or suggests a post reads this (suggesters include the DSL team, who do not draft).
  authorise(actor, 'read', 'post_suggestion');
  const settings = (await getEnforcedPolicy(ctx.db, schoolOf(actor))) ?? policySettingsFromTemplate('blank');
  return { categories: [...settings.posts.allowedCategories], platforms: [...settings.platforms] };
}
