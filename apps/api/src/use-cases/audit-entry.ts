// Writes the audit entry for a change inside the change's own transaction (STYLE.md rule 9).
import { auditRepository, type Db } from '@schoolgate/db';
import type { Actor } from '../app-context.ts';

export function recordAudit(
  tx: Db,
  actor: Actor,
  entry: {
    action: string;
    entityType: string;
    entityId: string | null;
    details?: Record<string, unknown>;
    schoolId?: string | null;
  },
  now: Date,
) {
  return auditRepository.append(tx, {
    trustId: actor.trustId,
    schoolId: entry.schoolId === undefined ? actor.schoolId : entry.schoolId,
    actorUserId: actor.userId,
    actorAddress: actor.address,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    details: entry.details,
    now,
  });
}
