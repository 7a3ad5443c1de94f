// Trimmed text a person typed, with a length limit and a message when it is required. Built on text(), so NUL
// characters and lone surrogates are refused like everywhere else in the contracts.
import { text } from './text.ts';

/** Trimmed text of `min`..`max` characters; `required` is the message when it is missing. */
export const safeText = (max: number, required?: string) => {
  const base = text().trim().max(max, `At most ${max} characters.`);
  return required ? base.min(1, required) : base;
};
