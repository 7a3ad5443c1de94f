import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS, normaliseText } from './normalise.ts';

describe('normalise phase', () => {
  it.each([
    ['F*ck off', 'fuck off'],
    ['you id10t', 'you idiot'],
    ['f u c k this', 'fuck this'],
    ['f.u.c.k you', 'fuck you'],
    ['sh1t!', 'shit'],
    ['c**t', 'cunt'],
    ['p@kis', 'pakis'],
  ])('undoes the obfuscation in %j', (input, clean) => {
    expect(normaliseText(input).clean).toBe(clean);
  });

  it('squeezes stretched letters to two so the lexicon can meet them', () => {
    expect(normaliseText('fuuuuuck sooooo').clean).toBe('fuuck soo');
  });

  it('leaves phone numbers and plain words alone', () => {
    expect(normaliseText('Call 07700 900123').tokens).toEqual(['call', '07700', '900123']);
  });

  it('replaces links, emails and mentions with placeholder words', () => {
    expect(normaliseText('see www.example.com or a.b@x.co.uk @jo').tokens).toEqual([
      'see',
      'url',
      'or',
      'emailaddress',
      'mention',
    ]);
  });

  it('keeps non-English text and emoji without failing', () => {
    expect(normaliseText('Café crème 😀 日本語').tokens).toEqual(['cafe', 'creme', '日本語']);
  });

  it('analyses only the start of a huge comment and says so', () => {
    const result = normaliseText('a '.repeat(MAX_ANALYSED_CHARS));
    expect(result.truncated).toBe(true);
    expect(result.raw.length).toBe(MAX_ANALYSED_CHARS);
  });
});
