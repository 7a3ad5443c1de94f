// The words of the consent register (C1; 002 "prior consent" for names and photographs; 004 images): the uses a
// parent or carer can agree to, the decisions and where a decision came from. Labels are what the office reads.

export const CONSENT_USES = ['social_media_photo', 'social_media_name', 'website', 'press', 'displays'] as const;
export type ConsentUse = (typeof CONSENT_USES)[number];

export const CONSENT_USE_LABELS: Record<ConsentUse, string> = {
  social_media_photo: 'Photo on social media',
  social_media_name: 'Name on social media',
  website: 'School website',
  press: 'Press and local news',
  displays: 'Displays in school',
};

export const CONSENT_DECISIONS = ['granted', 'refused', 'withdrawn'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

export const CONSENT_SOURCES = ['consent_form', 'mis_import', 'email', 'letter', 'phone', 'in_person'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export const CONSENT_SOURCE_LABELS: Record<ConsentSource, string> = {
  consent_form: 'Consent form',
  mis_import: 'MIS import',
  email: 'Email',
  letter: 'Letter',
  phone: 'Phone call',
  in_person: 'In person',
};

/**
 * What the register shows for one use. "expired" and "not_recorded" are derived, never stored: an expired grant
 * and a missing record both mean Schoolgate has no consent to rely on.
 */
export const CONSENT_STATUSES = ['granted', 'refused', 'withdrawn', 'expired', 'not_recorded'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  granted: 'Granted',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  not_recorded: 'Not recorded',
};

export const isConsentUse = (value: unknown): value is ConsentUse =>
  typeof value === 'string' && (CONSENT_USES as readonly string[]).includes(value);
export const isConsentDecision = (value: unknown): value is ConsentDecision =>
  typeof value === 'string' && (CONSENT_DECISIONS as readonly string[]).includes(value);
export const isConsentSource = (value: unknown): value is ConsentSource =>
  typeof value === 'string' && (CONSENT_SOURCES as readonly string[]).includes(value);
