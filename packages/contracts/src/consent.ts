// The consent register and the do-not-publish list (C1; 002, 004). Values mirror @schoolgate/domain's consent
// vocabulary; the web takes them from here because it never imports the domain.
import { z } from 'zod';
import { text } from './text.ts';
import { pageOf, PageQuery } from './common.ts';

export const ConsentUseSchema = z.enum(['social_media_photo', 'social_media_name', 'website', 'press', 'displays']);
export type ConsentUse = z.infer<typeof ConsentUseSchema>;
export const CONSENT_USE_VALUES = ConsentUseSchema.options;
export const ConsentDecisionSchema = z.enum(['granted', 'refused', 'withdrawn']);
export type ConsentDecision = z.infer<typeof ConsentDecisionSchema>;
export const ConsentSourceSchema = z.enum(['consent_form', 'mis_import', 'email', 'letter', 'phone', 'in_person']);
export type ConsentSource = z.infer<typeof ConsentSourceSchema>;
export const ConsentStatusSchema = z.enum(['granted', 'refused', 'withdrawn', 'expired', 'not_recorded']);
export type ConsentStatus = z.infer<typeof ConsentStatusSchema>;

const isoDate = (what: string) => z.iso.date({ error: `Enter ${what} as a date.` });

export const ConsentUseState = z.object({
  status: ConsentStatusSchema,
  decidedOn: text().nullable(),
  expiresOn: text().nullable(),
});
export type ConsentUseState = z.infer<typeof ConsentUseState>;

export const ConsentRegisterRow = z.object({
  pupilId: z.uuid(),
  misId: text(),
  firstName: text(),
  lastName: text(),
  preferredName: text().nullable(),
  yearGroup: text(),
  className: text().nullable(),
  /** On the do-not-publish list; the reason is never part of the register. */
  doNotPublish: z.boolean(),
  uses: z.record(ConsentUseSchema, ConsentUseState),
});
export type ConsentRegisterRow = z.infer<typeof ConsentRegisterRow>;

export const ConsentRegisterQuery = PageQuery.extend({
  search: text().trim().max(100).optional(),
  yearGroup: text().trim().max(3).optional(),
  /** Only pupils with no consent recorded, or an expired one, for this use. */
  missingFor: ConsentUseSchema.optional(),
});
export type ConsentRegisterQuery = z.infer<typeof ConsentRegisterQuery>;
export const ConsentRegisterResponse = pageOf(ConsentRegisterRow).extend({
  /** The school's date the states were worked out for. */
  today: text(),
  yearGroups: z.array(text()),
});
export type ConsentRegisterResponse = z.infer<typeof ConsentRegisterResponse>;

export const ConsentHistoryEntry = z.object({
  id: z.uuid(),
  use: ConsentUseSchema,
  decision: ConsentDecisionSchema,
  source: ConsentSourceSchema,
  decidedOn: text(),
  expiresOn: text().nullable(),
  note: text().nullable(),
  recordedBy: text().nullable(),
  recordedAt: text(),
});
export type ConsentHistoryEntry = z.infer<typeof ConsentHistoryEntry>;

export const PupilConsentResponse = ConsentRegisterRow.extend({
  today: text(),
  /** Newest first. */
  history: z.array(ConsentHistoryEntry),
});
export type PupilConsentResponse = z.infer<typeof PupilConsentResponse>;

const note = text()
  .trim()
  .max(500, 'Keep the note under 500 characters.')
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const RecordConsentRequest = z.object({
  uses: z.array(ConsentUseSchema).min(1, 'Choose at least one use.').max(5),
  decision: ConsentDecisionSchema,
  source: ConsentSourceSchema,
  decidedOn: isoDate('the date of the decision'),
  expiresOn: isoDate('the expiry date').nullable().optional(),
  note,
});
export type RecordConsentRequest = z.infer<typeof RecordConsentRequest>;

export const WithdrawConsentRequest = z.object({
  uses: z.array(ConsentUseSchema).min(1, 'Choose at least one use.').max(5),
  source: ConsentSourceSchema,
  decidedOn: isoDate('the date consent was withdrawn'),
  note,
});
export type WithdrawConsentRequest = z.infer<typeof WithdrawConsentRequest>;

/** One change to the do-not-publish flag: the state it left the pupil in and the reason given. */
export const PublicationRestrictionChange = z.object({
  doNotPublish: z.boolean(),
  reason: text(),
  setBy: text().nullable(),
  setAt: text(),
});
export type PublicationRestrictionChange = z.infer<typeof PublicationRestrictionChange>;

/** The reason a pupil is on (or was taken off) the do-not-publish list: head and DSL team only, every view audited. */
export const PublicationRestrictionResponse = z.object({
  pupilId: z.uuid(),
  doNotPublish: z.boolean(),
  reason: text().nullable(),
  setBy: text().nullable(),
  setAt: text().nullable(),
  /** Every change with its reason, newest first (the first is the one in force); only on the audited view. */
  history: z.array(PublicationRestrictionChange).optional(),
});
export type PublicationRestrictionResponse = z.infer<typeof PublicationRestrictionResponse>;

export const SetPublicationRestrictionRequest = z.object({
  doNotPublish: z.boolean(),
  reason: text().trim().min(1, 'Give the reason.').max(1000, 'Keep the reason under 1,000 characters.'),
});
export type SetPublicationRestrictionRequest = z.infer<typeof SetPublicationRestrictionRequest>;
