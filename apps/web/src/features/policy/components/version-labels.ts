import type { PolicyVersionStatus } from '@schoolgate/contracts';

export const STATUS_LABELS: Record<PolicyVersionStatus, string> = {
  draft: 'Draft',
  approved: 'Approved',
  published: 'In force',
  superseded: 'Superseded',
};

export const STATUS_COLOURS: Record<PolicyVersionStatus, string> = {
  draft: 'gray',
  approved: 'blue',
  published: 'green',
  superseded: 'dark',
};

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "10 March 2026" from "2026-03-10" (a calendar date, so read as UTC to avoid shifting a day). */
export function formatIsoDate(date: string | null): string {
  if (!date) return 'Not set';
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : longDate.format(parsed);
}
