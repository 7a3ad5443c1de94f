import { z } from 'zod';
import { pageOf, PageQuery } from './common.ts';

export const AuditEntry = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  occurredAt: z.string(),
  actor: z.object({ userId: z.uuid().nullable(), name: z.string().nullable(), address: z.string().nullable() }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListQuery = PageQuery.extend({
  action: z.string().trim().max(100).optional(),
});
export const AuditListResponse = pageOf(AuditEntry);
export type AuditListResponse = z.infer<typeof AuditListResponse>;

export const AuditVerifyResponse = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  /** The first entry whose hash does not match, or whose link to the one before is broken. */
  firstBroken: z.object({ seq: z.number().int(), id: z.number().int(), reason: z.string() }).nullable(),
});
export type AuditVerifyResponse = z.infer<typeof AuditVerifyResponse>;
