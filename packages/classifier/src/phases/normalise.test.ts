import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS, MAX_RULE_CHARS, normaliseText, truncationNote } from './normalise.ts';

describe('normalise phase', () => {
  it.each([
    ['F*ck off', 'fuck off'],
    ['you id10t', 'you idiot'],
    ['f u c k this', 'fuck this'],
    ['f.u.c.k you', 'fuck you'],
    ['sh1t!', 'shit'],
    ['c**t', 'cunt'],
    ['p@kis', 'pakis'],
    ['You are all a bunch of c**ts', 'you are all a bunch of cunts'],
    ['tw*ts the lot of you', 'twats the lot of you'],
    ['you w*nkers', 'you wankers'],
    ['sh*tty school', 'shitty school'],
    ['you b*tches', 'you bitches'],
    ['f***ing hell', 'fucking hell'],
    ['p*ssed off', 'pissed off'],
    ['c*ck', 'cock'],
    // Where the word list alone decides, the longer forms do not make it ambiguous.
    ['another b******* story', 'another bollocks story'],
    ['that F******* B****** again', 'that f bastard again'],
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

  it('gives the model its link placeholder only for a real link, never for the word "url"', () => {
    expect(normaliseText('https://www.example.com/x').tokens).toEqual(['url']);
    expect(normaliseText('what is the url for the letter? URLs please').tokens).not.toContain('url');
    expect(normaliseText('u r l').tokens).not.toContain('url');
  });

  it('hides links to public bodies, the school and fundraising pages from the model', () => {
    expect(normaliseText('Letter: https://www.school.sch.uk/letters/trip.pdf').tokens).toEqual(['letter']);
    expect(normaliseText('see www.nhs.uk/conditions/chickenpox and bbc.co.uk/news').tokens).toEqual(['see', 'and']);
    expect(normaliseText('sponsor Amy https://www.justgiving.com/page/amy').tokens).toEqual(['sponsor', 'amy']);
    expect(normaliseText('menu at https://stmarys.org.uk/menu').tokens).toEqual(['menu', 'at', 'url']);
    expect(normaliseText('menu at https://stmarys.org.uk/menu', { trustedDomains: ['stmarys.org.uk'] }).tokens).toEqual(
      ['menu', 'at'],
    );
  });

  it('keeps non-English text and emoji without failing', () => {
    expect(normaliseText('Café crème 😀 日本語').tokens).toEqual(['cafe', 'creme', '日本語']);
  });

  it('analyses only the start of a huge comment and says so', () => {
    const result = normaliseText('a '.repeat(MAX_ANALYSED_CHARS));
    expect(result.truncated).toBe(true);
    expect(result.raw.length).toBe(MAX_ANALYSED_CHARS);
    expect(truncationNote(result)).toBe('long comment (20,000 characters): word lists and model read the first 10,000');
    expect(truncationNote(normaliseText('short'))).toBeUndefined();
  });

  it('keeps much more of a long comment for the rule phases', () => {
    const text = `${'lovely trip. '.repeat(2000)}Ring 07700 900461`;
    const result = normaliseText(text);
    expect(result.lower).not.toContain('07700');
    expect(result.fullRaw).toBe(text);
    expect(result.fullLower).toContain('ring 07700 900461');
    const huge = normaliseText('x'.repeat(MAX_RULE_CHARS + 5));
    expect(huge.fullRaw.length).toBe(MAX_RULE_CHARS);
    expect(truncationNote(huge)).toMatch(/personal-data and link rules read the first 200,000/);
  });

  it('does not cut an emoji in half at the bound', () => {
    const result = normaliseText(`${'a'.repeat(MAX_ANALYSED_CHARS - 1)}😀 and more`);
    expect(result.raw.length).toBe(MAX_ANALYSED_CHARS - 1);
  });

  it('reads a masked word next to square brackets instead of failing on it', () => {
    // Found in the Gab Hate Corpus: "pain*[i" had made an invalid pattern and the classifier threw.
    expect(() => normaliseText('what a pain*[i mean it]')).not.toThrow();
    expect(normaliseText('you [f*ck]').tokens).toContain('fuck');
  });
});
