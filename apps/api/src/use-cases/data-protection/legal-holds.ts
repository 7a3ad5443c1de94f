// Legal holds (issue 13): a commenter, a comment or a concern held for a claim, an investigation or a police request
// is kept by the retention job and refused erasure until the hold is lifted. Placing and lifting are audited.
import { commentsRepository, concernsRepository, dataProtectionRepository, type LegalHoldRow } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { LegalHold, LegalHoldListResponse, PlaceLegalHoldRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';

const KIND_WORDS = { author: 'That commenter', comment: 'That comment', concern: 'That concern' } as const;

async function labelOf(ctx: AppContext, schoolId: string, hold: Pick<LegalHoldRow, 'subjectKind' | 'subjectId'>) {
  if (hold.subjectKind === 'author') {
    const a = await commentsRepository.author(ctx.db, schoolId, hold.subjectId);
    return a ? `Commenter ${a.name ?? a.handle ?? '(anonymised)'} on ${a.platform}` : 'A commenter no longer held';
  }
  if (hold.subjectKind === 'comment') {
    const c = await commentsRepository.findInSchool(ctx.db, schoolId, hold.subjectId);
    return c ? `Comment “${c.text.length > 60 ? `${c.text.slice(0, 60)}…` : c.text}”` : 'A comment no longer held';
  }
  const concern = await concernsRepository.findInSchool(ctx.db, schoolId, hold.subjectId);
  return concern ? `Concern ${concern.reference}` : 'A concern no longer held';
}

async function present(
  ctx: AppContext,
  schoolId: string,
  hold: LegalHoldRow,
  placedBy: string | null,
): Promise<LegalHold> {
  return {
    id: hold.id,
    subjectKind: hold.subjectKind as LegalHold['subjectKind'],
    subjectId: hold.subjectId,
    subjectLabel: await labelOf(ctx, schoolId, hold),
    reason: hold.reason,
    placedBy,
    placedAt: hold.placedAt.toISOString(),
    liftedAt: hold.liftedAt?.toISOString() ?? null,
  };
}

export async function listHolds(ctx: AppContext, actor: Actor): Promise<LegalHoldListResponse> {
  authorise(actor, 'read', 'personal_data');
  const schoolId = schoolOf(actor);
  const rows = await dataProtectionRepository.listHolds(ctx.db, schoolId);
  return { items: await Promise.all(rows.map((r) => present(ctx, schoolId, r.hold, r.placedByName))) };
}

export async function placeHold(ctx: AppContext, actor: Actor, body: PlaceLegalHoldRequest): Promise<LegalHold> {
  authorise(actor, 'update', 'personal_data');
  const schoolId = schoolOf(actor);
  if (!(await dataProtectionRepository.subjectExists(ctx.db, schoolId, body.subjectKind, body.subjectId)))
    throw notFound(KIND_WORDS[body.subjectKind]);
  const already = await dataProtectionRepository.activeHoldsOn(ctx.db, schoolId, body.subjectKind, [body.subjectId]);
  if (already.length) throw new AppError('CONFLICT', 'That record is already on legal hold.');
  const now = ctx.now();
  const hold = await ctx.db.transaction(async (tx) => {
    const row = await dataProtectionRepository.placeHold(
      tx,
      {
        schoolId,
        subjectKind: body.subjectKind,
        subjectId: body.subjectId,
        reason: body.reason,
        placedBy: actor.userId,
      },
      now,
    );
    await recordAudit(
      tx,
      actor,
      {
        action: 'legal_hold.placed',
        entityType: body.subjectKind,
        entityId: body.subjectId,
        details: { holdId: row.id },
      },
      now,
    );
    return row;
  });
  return present(ctx, schoolId, hold, actor.displayName);
}

export async function liftHold(ctx: AppContext, actor: Actor, id: string): Promise<LegalHold> {
  authorise(actor, 'update', 'personal_data');
  const schoolId = schoolOf(actor);
  const current = await dataProtectionRepository.findHold(ctx.db, schoolId, id);
  if (!current) throw notFound('That legal hold');
  if (current.liftedAt) throw new AppError('CONFLICT', 'That legal hold has already been lifted.');
  const now = ctx.now();
  const lifted = await ctx.db.transaction(async (tx) => {
    const row = await dataProtectionRepository.liftHold(tx, schoolId, id, actor.userId, now);
    if (!row) throw new AppError('CONFLICT', 'That legal hold has already been lifted.');
    await recordAudit(
      tx,
      actor,
      {
        action: 'legal_hold.lifted',
        entityType: row.subjectKind,
        entityId: row.subjectId,
        details: { holdId: row.id },
      },
      now,
    );
    return row;
  });
  return present(ctx, schoolId, lifted, null);
}
