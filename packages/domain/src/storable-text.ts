// What PostgreSQL can store as text or JSON: no NUL character, no lone surrogate. The same rule as text() in
// packages/contracts (which the domain does not import), for the text the domain parses itself: policy settings
// and MIS CSV cells.
import { z } from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * Turns each lone surrogate into a NUL, for readers that would otherwise replace it quietly (csv-parse reads
 * through UTF-8 and writes U+FFFD): the text stays unstorable, so the part holding it is reported, not altered.
 */
export function markLoneSurrogates(value: string): string {
  return value.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\u0000');
}

export const UNSTORABLE_TEXT_MESSAGE =
  'Contains a character that cannot be stored (a NUL or a broken character): remove it and try again.';

export const storableText = () => z.string().refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
