// Posts and replies with guardrails over HTTP (issue 11).
import { z } from 'zod';
import { PUBLICATION_CHECKS } from '@schoolgate/domain/shared';
import { text } from './text.ts';

export const PublicationCheckSchema = z.enum(PUBLICATION_CHECKS);

/** Advisory findings sent anyway, and why (recorded in the audit trail). Consent findings are never overridable. */
export const PublicationOverride = z.object({
  checks: z.array(PublicationCheckSchema).min(1).max(PUBLICATION_CHECKS.length),
  reason: text().trim().min(5, 'Say why, in a few words.').max(500),
});
export type PublicationOverride = z.infer<typeof PublicationOverride>;

export const PublicationFindingSchema = z.object({
  check: PublicationCheckSchema,
  reason: text(),
  clause: text(),
  overridable: z.boolean(),
  pupilId: text().optional(),
});
export type PublicationFindingDto = z.infer<typeof PublicationFindingSchema>;
