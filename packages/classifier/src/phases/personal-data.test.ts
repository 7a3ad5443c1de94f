import { describe, expect, it } from 'vitest';
import { MAX_RULE_CHARS } from './normalise.ts';
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
});
