// Structured logs with pino. Secrets and personal data never go in, and that is held by the logger itself, not by
// each call remembering it:
// - every error (under `err` or `error`, or passed on its own) is reduced to its class, code, constraint and stack
//   frames (safe-error.ts): a database error's message carries the SQL's parameters, a mail error's the addresses;
// - a message that repeats an error's message (Fastify logs `(err, err.message)`) is replaced by a neutral text;
// - keys that hold people data (emails, names, typed reasons, notes, audit details, policy settings, bodies) and
//   secrets are removed wherever they sit in the first three levels of a line (machine-made reasons: `reasonCode`);
// - request logging records the route pattern, not the URL (see build-server.ts).
import pino, { type DestinationStream, type Logger } from 'pino';
import { safeError, safeErrorSerializer } from './logging/safe-error.ts';

/**
 * Keys whose values are personal data or secrets. A log line names records by id instead.
 *
 * `reason` is among them on purpose: across Schoolgate it is text a person typed (an override of an advisory
 * finding, a do-not-publish note, a decision on an account request), which can name a pupil or a parent. A safe,
 * machine-made reason (a signature check's outcome, a skip code) goes under `reasonCode` (or `code`), which is kept;
 * logger.test.ts holds both halves of the rule.
 */
export const REDACTED_KEYS = [
  'email',
  'emails',
  'to',
  'from',
  'name',
  'firstName',
  'lastName',
  'preferredName',
  'displayName',
  'fullName',
  'reason',
  'note',
  'notes',
  'text',
  'body',
  'payload',
  'details',
  'settings',
  'password',
  'token',
  'secret',
  'cookie',
  'authorization',
  'address',
  'phone',
] as const;

const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  ...REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

const isError = (value: unknown): value is Error =>
  value instanceof Error || (typeof value === 'object' && value !== null && 'stack' in value && 'message' in value);

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'schoolgate' },
      redact: { paths: redactPaths, remove: true },
      serializers: { err: safeErrorSerializer, error: safeErrorSerializer },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          // log.error(error) and log.error(error, 'text'): pino would print the error's message as the line's text.
          if (isError(first)) {
            const msg = typeof rest[0] === 'string' && rest[0] !== first.message ? rest[0] : 'error';
            return method.apply(this, [{ err: safeError(first) }, msg]);
          }
          // log.error({ err }, err.message), as Fastify's own handlers do.
          if (first && typeof first === 'object' && typeof rest[0] === 'string') {
            const carried = [(first as { err?: unknown }).err, (first as { error?: unknown }).error].find(isError);
            if (carried && carried.message && rest[0].includes(carried.message)) {
              return method.apply(this, [first, 'error', ...rest.slice(1)] as Parameters<typeof method>);
            }
          }
          return method.apply(this, args);
        },
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
