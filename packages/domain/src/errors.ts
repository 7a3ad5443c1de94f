// One error type for the whole product. The code is stable and for machines; the message is for people.
// The HTTP status for each code lives in one table at the edge (apps/api/src/http/error-status.ts).

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_SIGNED_IN',
  'SIGN_IN_FAILED',
  'RATE_LIMITED',
  'TWO_FACTOR_REQUIRED',
  'TWO_FACTOR_ENROLMENT_REQUIRED',
  'TWO_FACTOR_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ACCOUNT_DISABLED',
  'PASSWORD_POLICY',
  'IMPORT_INVALID',
  // Concerns (issue 12)
  'SECOND_FACTOR_CHECK_REQUIRED',
  // Posts and replies (issue 11): what would be sent breaks the policy; `fields` gives each reason.
  'PUBLICATION_BLOCKED',
  // Data protection (issue 13)
  'ERASURE_REFUSED',
  // Object storage (issue 16): a kept file's object is missing or not the bytes recorded; the store cannot be reached.
  'STORED_FILE_UNAVAILABLE',
  'FILE_STORE_UNAVAILABLE',
  // The school's own words (issue 15): a change to a clause Schoolgate enforces or the trust has locked.
  'POLICY_CONTENT_LOCKED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  /** Dotted path of the field, e.g. "email" or "rows.3.yearGroup". */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields: FieldProblem[] = [],
    /** For RATE_LIMITED: how long to wait before trying again (sent as Retry-After). */
    public readonly retryAfterSeconds?: number,
    /** Ids and reasons safe to log (never personal data): logged with a 5xx code, never sent. */
    public readonly logDetails: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'Your role does not allow this.') => new AppError('FORBIDDEN', message);
