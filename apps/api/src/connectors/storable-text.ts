// Text a platform sends that PostgreSQL cannot store. A signed delivery is still someone's words, and JSON may carry
// a NUL character (\u0000) in a comment, a name or a message; PostgreSQL refuses NUL in text, so one such character
// would fail every attempt to store the delivery until it was given up, and the comment with it. Each normaliser
// screens its payload here first: NUL characters are dropped (they show nothing), everything else is kept.

const NUL = '\u0000';

/** The value with every NUL character removed from its strings and keys, however deep; other values as they are. */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return (value.includes(NUL) ? value.replaceAll(NUL, '') : value) as T;
  if (Array.isArray(value)) return value.map((item) => withoutNul(item)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [withoutNul(key), withoutNul(item)]),
    ) as T;
  }
  return value;
}
