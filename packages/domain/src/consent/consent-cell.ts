// Reads a consent cell from an MIS export. MIS columns such as "Photo Consent" hold yes when the parent agreed,
// so here yes means granted (unlike the do-not-publish columns, where yes means keep the child off).
import type { ConsentDecision } from './consent-vocabulary.ts';

const GRANTED = new Set(['yes', 'y', 'granted', 'given', 'agreed', 'consent given', 'true', '1']);
const REFUSED = new Set(['no', 'n', 'refused', 'declined', 'not given', 'false', '0']);
const WITHDRAWN = new Set(['withdrawn', 'revoked']);

/** A decision, null for a blank cell ("not stated": nothing is recorded), undefined for a value it cannot read. */
export function parseConsentCell(value: string | null): ConsentDecision | null | undefined {
  if (value === null) return null;
  const v = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (v === '') return null;
  if (GRANTED.has(v)) return 'granted';
  if (REFUSED.has(v)) return 'refused';
  if (WITHDRAWN.has(v)) return 'withdrawn';
  return undefined;
}
