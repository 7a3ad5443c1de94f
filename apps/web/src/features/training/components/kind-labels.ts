import type { TrainingKind } from '@schoolgate/contracts';

export const KIND_LABELS: Record<TrainingKind, string> = {
  induction: 'Induction',
  refresher: 'Refresher',
  dsl: 'DSL training',
};

/** A calendar date (YYYY-MM-DD) as a UK reader writes it: 10 Feb 2026. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
