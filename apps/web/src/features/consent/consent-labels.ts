// The consent register's words, as the office reads them (the API sends the codes).
import type { ConsentDecision, ConsentSource, ConsentStatus, ConsentUse } from '@schoolgate/contracts';

export const USE_LABELS: Record<ConsentUse, string> = {
  social_media_photo: 'Photo on social media',
  social_media_name: 'Name on social media',
  website: 'School website',
  press: 'Press',
  displays: 'Displays in school',
};

export const SOURCE_LABELS: Record<ConsentSource, string> = {
  consent_form: 'Consent form',
  mis_import: 'MIS import',
  email: 'Email',
  letter: 'Letter',
  phone: 'Phone call',
  in_person: 'In person',
};

export const DECISION_LABELS: Record<ConsentDecision, string> = {
  granted: 'Granted',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
};

export const STATUS_LABELS: Record<ConsentStatus, string> = {
  granted: 'Granted',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  not_recorded: 'Not recorded',
};

/** 31 August of the school year `today` falls in: the usual end of an annual consent form. */
export function academicYearEnd(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return `${month >= 9 ? year + 1 : year}-08-31`;
}

/** "2025-03-10" as "10 Mar 2025". */
export function formatDate(date: string | null): string {
  if (!date) return '–';
  return new Date(`${date.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
