import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isStorableText, text } from './text.ts';

describe('text()', () => {
  it.each([
    ['plain', 'Year 4 teacher', true],
    ['accents and emoji (surrogate pairs)', 'Łucja Şahin 👋🏽', true],
    ['a NUL character', 'a\u0000b', false],
    ['a lone high surrogate', 'x\uD83D', false],
    ['a lone low surrogate', '\uDC4Bx', false],
    ['two high surrogates', '\uD83D\uD83D', false],
  ])('%s → storable: %s', (_name, value, ok) => {
    expect(isStorableText(value)).toBe(ok);
    expect(z.object({ jobTitle: text().max(100) }).safeParse({ jobTitle: value }).success).toBe(ok);
  });

  it('names the field in its error', () => {
    const result = z.object({ note: text() }).safeParse({ note: '\u0000' });
    expect(result.error?.issues[0]?.path).toEqual(['note']);
  });
});
