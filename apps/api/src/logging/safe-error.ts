// What may be logged (or stored) about an error. Database errors carry the SQL and its parameters in their message
// (names, emails, comment text), and mail errors carry addresses, so the message never goes to a log: only the
// error's class, its code and constraint, and where it was thrown.
export interface SafeError {
  type: string;
  code?: string;
  constraint?: string;
  /** The stack without its first line, which repeats the message. */
  at?: string;
}

type WithCodes = { name?: string; code?: unknown; constraint?: unknown; cause?: unknown; stack?: string };

export function safeError(error: unknown): SafeError {
  const e = (error ?? {}) as WithCodes;
  const cause = (e.cause ?? {}) as WithCodes;
  const code = typeof e.code === 'string' ? e.code : typeof cause.code === 'string' ? cause.code : undefined;
  const constraint =
    typeof e.constraint === 'string'
      ? e.constraint
      : typeof cause.constraint === 'string'
        ? cause.constraint
        : undefined;
  const at = e.stack?.split('\n').slice(1, 6).join('\n');
  return {
    type: e.name ?? typeof error,
    ...(code ? { code } : {}),
    ...(constraint ? { constraint } : {}),
    ...(at ? { at } : {}),
  };
}

/** One line for a database column such as a delivery's last error: class and code only. */
export function safeErrorLine(error: unknown): string {
  const s = safeError(error);
  return [s.type, s.code, s.constraint].filter(Boolean).join(' ');
}

/** PostgreSQL's unique_violation, wherever the driver put it. */
export function isUniqueViolation(error: unknown): boolean {
  return safeError(error).code === '23505';
}
