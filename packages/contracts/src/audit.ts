import { z } from 'zod';
import { text } from './text.ts';
import { cappedPageOf, PageQuery } from './common.ts';

export const AuditEntry = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  occurredAt: text(),
  actor: z.object({ userId: z.uuid().nullable(), name: text().nullable(), address: text().nullable() }),
  action: text(),
  entityType: text(),
  entityId: text().nullable(),
  details: z.record(text(), z.unknown()),
  hash: text(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListQuery = PageQuery.extend({
  action: text().trim().max(100).optional(),
});
export const AuditListResponse = cappedPageOf(AuditEntry);
export type AuditListResponse = z.infer<typeof AuditListResponse>;

export const AuditVerifyResponse = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  /** The first entry whose hash does not match, or whose link to the one before is broken. */
  firstBroken: z.object({ seq: z.number().int(), id: z.number().int(), reason: text() }).nullable(),
});
export type AuditVerifyResponse = z.infer<typeof AuditVerifyResponse>;
