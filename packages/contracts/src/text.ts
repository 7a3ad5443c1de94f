// Text in a request is declared with `text()`, never `z.string()` (ESLint holds that in this package): PostgreSQL
// cannot store a NUL character in text or JSON, nor half of a UTF-16 surrogate pair in UTF-8, so such input is
// refused at the edge with a 400 naming the field instead of failing in the database. Search boxes, path and
// query parameters and every text field share the rule because they share the declaration.
import { z } from 'zod';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when PostgreSQL can store the string: no NUL character, no lone surrogate. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

export const UNSTORABLE_TEXT_MESSAGE =
  'Contains a character that cannot be stored (a NUL or a broken character): remove it and try again.';

/** A string field whose value can be stored: use this for every text field of a contract. */
export const text = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/**
 * A string passed on as it came, for input whose parts are judged one by one (an MIS CSV file, where a bad row is
 * reported by its line and the good rows are kept). Whatever reads it must check each part with isStorableText.
 */
export const rawText = () => z.string();
