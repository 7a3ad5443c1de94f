// Public API of the consent register: the vocabulary, the current state from history, and the check that
// publishing code calls before a pupil may appear in a post.
export * from './consent-vocabulary.ts';
export {
  consentAllows,
  consentVerdict,
  currentConsentState,
  isConsentMissing,
  isConsentExpired,
  latestByUse,
  useStateOf,
} from './consent-state.ts';
export type { ConsentRecordLike, ConsentUseState, ConsentVerdict, PupilConsentState } from './consent-state.ts';
export { academicYearEndOf, checkConsentDates, usesExpiringWithin } from './consent-dates.ts';
export { parseConsentCell } from './consent-cell.ts';
