import { createRequire } from 'node:module';
import { findPhoneNumbersInText, Metadata, type MetadataJson } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { MAX_RULE_CHARS } from './normalise.ts';
import { MIN_PHONE_DIGITS, mayHoldPhoneNumber } from './personal-data.ts';
import { signalsOf, testEnv } from './phase-test-kit.ts';

const kinds = (text: string, env = testEnv()) => signalsOf('personal-data', text, env).map((s) => s.kind);

describe('personal-data phase', () => {
  it('finds UK mobile and landline numbers, including the drama ranges', () => {
    expect(kinds('ring me on 07700 900461')).toEqual(['phone']);
    expect(kinds('office is 0115 496 0724')).toEqual(['phone']);
    expect(kinds('text +44 7700 900982')).toEqual(['phone']);
  });

  it('does not take dates, times or reference numbers for phone numbers', () => {
    expect(kinds('Sports day is 12/07/2025 at 2pm, ref 12345678')).toEqual([]);
  });

  it('finds emails, postcodes and street addresses', () => {
    expect(kinds('email sarah.jones84@example.co.uk')).toEqual(['email']);
    expect(kinds('drop it round to 27 Larch Close, NG5 1AB')).toEqual(['address', 'address']);
  });

  it('does not read "Y6 2pm" as a postcode', () => {
    expect(kinds('Y6 2pm pick up today')).toEqual([]);
  });

  it('finds a full roster name exactly, but not the first name alone', () => {
    const env = testEnv({ roster: [{ name: 'Amelia Okafor', role: 'pupil' }] });
    expect(kinds('well done Amelia Okafor!', env)).toEqual(['name']);
    expect(kinds('well done Amelia!', env)).toEqual([]);
  });

  it("flags a child's personal circumstances", () => {
    const env = testEnv({ roster: [{ name: 'Amelia Okafor', role: 'pupil' }] });
    expect(kinds('Amelia Okafor is in foster care', env)).toEqual(['name', 'circumstances']);
    expect(kinds('my son has ADHD and gets no help')).toEqual(['circumstances']);
    expect(kinds('ADHD awareness week starts Monday')).toEqual([]);
  });

  it('finds a phone number, email or postcode at the end of a long comment', () => {
    const long = 'We had a lovely time on the school trip and the staff were brilliant. '.repeat(300);
    expect(long.length).toBeGreaterThan(20_000);
    expect(kinds(`${long} Ring me on 07700 900461`)).toEqual(['phone']);
    expect(kinds(`${long} or 0115 496 0724 or sarah.j@example.co.uk, NG5 1AB`)).toEqual(['phone', 'email', 'address']);
  });

  it('stops at the rule bound', () => {
    expect(kinds(`${'a '.repeat(MAX_RULE_CHARS / 2)} 07700 900461`)).toEqual([]);
  });

  it('skips libphonenumber only where it could find no number', () => {
    // The shortest country code and national number in libphonenumber's metadata (UK numbers need seven).
    const json = createRequire(import.meta.url)('libphonenumber-js/metadata.min.json') as MetadataJson;
    const metadata = new Metadata(); // the metadata findPhoneNumbersInText uses (metadata.min.json)
    const shortest = Math.min(
      ...Object.keys(json.country_calling_codes).map((code) => {
        metadata.selectNumberingPlan(code as never);
        return code.length + Math.min(...(metadata.numberingPlan?.possibleLengths() ?? [0]));
      }),
    );
    expect(MIN_PHONE_DIGITS).toBeLessThanOrEqual(shortest);
    const options = { defaultCountry: 'GB', leniency: 'POSSIBLE' } as never;
    for (const text of [
      '+43 1234 call me',
      'ring 07700ー900461 now',
      'ring ０７７００ ９００４６１',
      'ref #12345 and 67890, £312.40',
      'code SCHOOL10 for 10% off, 27 Larch Close NG5 1AB',
      'tel. (0115) 496-0724 ext 12',
      'call [0115]\u00a0496\u200b0724 or +44\u2060115 496 0724',
      '０１１５．４９６～０７２４ or 0115/496\u30000724',
    ]) {
      const found = findPhoneNumbersInText(text, options).length > 0;
      if (found) expect(mayHoldPhoneNumber(text)).toBe(true);
    }
    expect(mayHoldPhoneNumber('ref #12345 and 67890, £312.40')).toBe(false);
    expect(mayHoldPhoneNumber('ring 07700\u2212900\u00ad461')).toBe(true);
    expect(mayHoldPhoneNumber('+43 1234 call me')).toBe(true);
  });
});
