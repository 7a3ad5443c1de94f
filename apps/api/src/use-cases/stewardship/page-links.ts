// The pages each official account likes or follows (000, 002): who added it and why it is not commercial. One the
// runner marks commercial waits for the head's approval before it counts as approved; the head is told at once.
import { accountPageLinksRepository, usersRepository, type AccountPageLinkRow } from '@schoolgate/db';
import { AppError, can, initialPageLinkStatus, notFound } from '@schoolgate/domain';
import type { PageLinkItem, PageLinkRequest, PageLinksResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { notify } from '../../notifications/notify.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { assertMayActOnAccount, mayActOnAccount } from '../accounts/account-access.ts';
import { accountInSchool } from './account-in-school.ts';

async function present(ctx: AppContext, rows: AccountPageLinkRow[]): Promise<PageLinkItem[]> {
  const names = await usersRepository.displayNames(
    ctx.db,
    rows.flatMap((r) => [r.addedBy, r.decidedBy]),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as PageLinkItem['kind'],
    pageName: r.pageName,
    pageUrl: r.pageUrl,
    reason: r.reason,
    commercial: r.commercial,
    status: r.status as PageLinkItem['status'],
    addedBy: names.get(r.addedBy) ?? 'Someone',
    addedAt: r.addedAt.toISOString(),
    decision:
      r.decidedBy && r.decidedAt
        ? { by: names.get(r.decidedBy) ?? 'Someone', at: r.decidedAt.toISOString(), note: r.decisionNote ?? '' }
        : null,
  }));
}

export async function listPageLinks(ctx: AppContext, actor: Actor, accountId: string): Promise<PageLinksResponse> {
  authorise(actor, 'read', 'account');
  await accountInSchool(ctx, actor, accountId);
  const rows = await accountPageLinksRepository.listForAccount(ctx.db, schoolOf(actor), accountId);
  return {
    items: await present(ctx, rows),
    mayAdd: await mayActOnAccount(ctx.db, actor, accountId),
    // The head's written consent, as for a new account (001).
    mayDecide: can(actor.role, 'sign', 'account'),
  };
}

export async function addPageLink(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: PageLinkRequest,
): Promise<PageLinkItem> {
  authorise(actor, 'read', 'account');
  const account = await accountInSchool(ctx, actor, accountId);
  await assertMayActOnAccount(ctx.db, actor, accountId, 'add to what it likes and follows');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const status = initialPageLinkStatus(input.commercial);
  const row = await ctx.db.transaction(async (tx) => {
    const added = await accountPageLinksRepository.insert(tx, {
      schoolId,
      accountId,
      ...input,
      status,
      addedBy: actor.userId,
      addedAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'account.page_added',
        entityType: 'social_account',
        entityId: accountId,
        details: { pageLinkId: added.id, kind: input.kind, pageName: input.pageName, commercial: input.commercial },
      },
      now,
    );
    if (status === 'awaiting_head')
      await notify(tx, {
        school: { id: schoolId, trustId: actor.trustId },
        roles: ['head'],
        kind: 'account.page_awaiting_head',
        title: `A commercial page needs your approval: ${input.pageName}`,
        body: `${actor.displayName} would like the school’s account ${account.handle} to ${input.kind} ${input.pageName}. Their reason: “${input.reason}”`,
        link: `/accounts/${accountId}`,
        now,
      });
    return added;
  });
  return (await present(ctx, [row]))[0]!;
}

export async function decidePageLink(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { decision: 'approve' | 'refuse'; note: string },
): Promise<PageLinkItem> {
  authorise(actor, 'sign', 'account');
  const schoolId = schoolOf(actor);
  const link = await accountPageLinksRepository.findInSchool(ctx.db, schoolId, id);
  if (!link) throw notFound('That page');
  const now = ctx.now();
  const status = input.decision === 'approve' ? 'approved' : 'refused';
  await ctx.db.transaction(async (tx) => {
    const decided = await accountPageLinksRepository.decide(tx, id, {
      status,
      decidedBy: actor.userId,
      decidedAt: now,
      decisionNote: input.note,
    });
    if (!decided) throw new AppError('CONFLICT', 'This page is not waiting for a decision.');
    await recordAudit(
      tx,
      actor,
      {
        action: input.decision === 'approve' ? 'account.page_approved' : 'account.page_refused',
        entityType: 'social_account',
        entityId: link.accountId,
        details: { pageLinkId: id, pageName: link.pageName, note: input.note },
      },
      now,
    );
    await notify(tx, {
      school: { id: schoolId, trustId: actor.trustId },
      userIds: [link.addedBy],
      kind: 'account.page_decided',
      title: `${link.pageName}: ${status === 'approved' ? 'approved' : 'refused'} by the head`,
      body: input.note,
      link: `/accounts/${link.accountId}`,
      now,
    });
  });
  const row = await accountPageLinksRepository.findInSchool(ctx.db, schoolId, id);
  return (await present(ctx, [row!]))[0]!;
}
