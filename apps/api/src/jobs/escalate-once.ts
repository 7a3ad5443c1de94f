// One overdue item (a comment or a private message) escalated to the account administrators and the head: marked
// escalated, the people told, and the audit entry written, in one transaction.
import { auditRepository, tenancyRepository, type Db } from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import { notify } from '../notifications/notify.ts';

export interface Escalation {
  schoolId: string;
  entityType: string;
  entityId: string;
  /** Marks the item escalated, inside the transaction. */
  mark: (tx: Db) => Promise<void>;
  kind: string;
  title: string;
  body: string;
  link: string;
  dedupeKey: string;
  action: string;
}

export const londonTime = (at: Date) =>
  at.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

export async function escalateOnce(ctx: AppContext, escalation: Escalation, now: Date): Promise<void> {
  const school = await tenancyRepository.findSchool(ctx.db, escalation.schoolId);
  if (!school) return;
  await ctx.db.transaction(async (tx) => {
    await escalation.mark(tx);
    await notify(tx, {
      school: { id: school.id, trustId: school.trustId },
      roles: ['account_admin', 'head'],
      kind: escalation.kind,
      title: escalation.title,
      body: escalation.body,
      link: escalation.link,
      dedupeKey: escalation.dedupeKey,
      now,
    });
    await auditRepository.append(tx, {
      trustId: school.trustId,
      schoolId: school.id,
      actorUserId: null,
      actorAddress: 'scheduled job',
      action: escalation.action,
      entityType: escalation.entityType,
      entityId: escalation.entityId,
      now,
    });
  });
}
