// What may be logged (or stored) about an error. Database errors carry the SQL and its parameters in their message
// (names, emails, comment text), and mail errors carry addresses, so the message never goes to a log: only the
// error's class, its code and constraint, and where it was thrown.
export interface SafeError {
  type: string;
  code?: string;
  constraint?: string;
  /** The stack's first frames, without the message it starts with. */
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
  // Only the frames: a message that runs over several lines (Drizzle's "Failed query: ...\nparams: ...") would
  // otherwise leak its later lines into the stack's first ones.
  const at = e.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 5)
    .join('\n');
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

/**
 * The logger's serializer for `err` and `error`: an error becomes its safe form; a value that already is one (the
 * callers pass `safeError(error)`) stays as it is; anything else that could carry text is reduced to its type.
 */
export function safeErrorSerializer(value: unknown): SafeError {
  if (value && typeof value === 'object' && !('message' in value) && typeof (value as SafeError).type === 'string') {
    const { type, code, constraint, at } = value as SafeError;
    return { type, ...(code ? { code } : {}), ...(constraint ? { constraint } : {}), ...(at ? { at } : {}) };
  }
  return safeError(value);
}
