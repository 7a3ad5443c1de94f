// The one table from error codes to HTTP statuses (STYLE.md rule 6).
import type { ErrorCode } from '@schoolgate/domain';

export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  PASSWORD_POLICY: 400,
  IMPORT_INVALID: 400,
  TWO_FACTOR_INVALID: 400,
  NOT_SIGNED_IN: 401,
  SIGN_IN_FAILED: 401,
  TWO_FACTOR_REQUIRED: 401,
  TWO_FACTOR_ENROLMENT_REQUIRED: 403,
  FORBIDDEN: 403,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  // Concerns (issue 12)
  SECOND_FACTOR_CHECK_REQUIRED: 403,
  // Posts and replies (issue 11)
  PUBLICATION_BLOCKED: 422,
  // Data protection (issue 13)
  ERASURE_REFUSED: 409,
  // Object storage (issue 16): the bucket gave no object, or not the recorded bytes (502); it did not answer (503).
  STORED_FILE_UNAVAILABLE: 502,
  FILE_STORE_UNAVAILABLE: 503,
  // The school's own words (issue 15)
  POLICY_CONTENT_LOCKED: 422,
};
