import { describe, expect, it } from 'vitest';
import { findLinks, hostOf, normaliseDomain } from './links.ts';

describe('links', () => {
  it('finds each link once, however it starts', () => {
    expect(findLinks('see https://www.example.com/a, www.other.net and bit.ly/x.').map((l) => l.text)).toEqual([
      'https://www.example.com/a',
      'www.other.net',
      'bit.ly/x',
    ]);
  });

  it('does not take the domain of an email address for a link', () => {
    expect(findLinks('email sarah.jones@gmail.com or office@school.sch.uk')).toEqual([]);
  });

  it('tells public bodies, the school and fundraising pages from other links', () => {
    const kinds = (text: string, trusted: string[] = []) => findLinks(text, trusted).map((l) => l.kind);
    expect(kinds('https://www.school.sch.uk/letters/trip.pdf www.gov.uk/x nhs.uk bbc.co.uk/news')).toEqual([
      'benign',
      'benign',
      'benign',
      'benign',
    ]);
    expect(kinds('https://www.justgiving.com/amy gofundme.com/f/roof')).toEqual(['fundraising', 'fundraising']);
    expect(kinds('https://stmarys.org.uk/menu')).toEqual(['other']);
    expect(kinds('https://stmarys.org.uk/menu', ['stmarys.org.uk'])).toEqual(['benign']);
    // A look-alike is not the domain it imitates.
    expect(kinds('https://gov.uk.prizes.example.com/claim https://notgov.uk/x')).toEqual(['other', 'other']);
  });

  it('reads hosts without scheme, www, port or path', () => {
    expect(hostOf('HTTPS://www.School.sch.uk:443/a?b')).toBe('school.sch.uk');
    expect(normaliseDomain(' https://www.stmarys.org.uk/ ')).toBe('stmarys.org.uk');
  });
});
