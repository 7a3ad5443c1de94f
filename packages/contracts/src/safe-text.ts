// Text a person typed, as the database can store it: no NUL characters and no lone surrogates (PostgreSQL refuses
// both, which would otherwise surface as a server error instead of a message naming the field).
import { z } from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (value: string) => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

/** Trimmed text of `min`..`max` characters; `required` is the message when it is missing. */
export const safeText = (max: number, required?: string) => {
  const base = z.string().trim().max(max, `At most ${max} characters.`);
  return (required ? base.min(1, required) : base).refine(isStorableText, 'Contains characters that cannot be stored.');
};
