import { describe, expect, it } from 'vitest';
import { parseConsentCell } from './consent-cell.ts';

describe('parseConsentCell', () => {
  it.each([
    ['Yes', 'granted'],
    ['Y', 'granted'],
    ['granted', 'granted'],
    ['Consent Given', 'granted'],
    ['No', 'refused'],
    ['n', 'refused'],
    ['Refused', 'refused'],
    ['Declined', 'refused'],
    ['Withdrawn', 'withdrawn'],
    [' WITHDRAWN ', 'withdrawn'],
  ])('%j -> %s', (cell, decision) => {
    expect(parseConsentCell(cell)).toBe(decision);
  });

  it('reads a blank cell as not stated, so nothing is recorded', () => {
    expect(parseConsentCell(null)).toBeNull();
    expect(parseConsentCell('   ')).toBeNull();
  });

  it.each(['maybe', 'ask mum', '2'])('cannot read %j', (cell) => {
    expect(parseConsentCell(cell)).toBeUndefined();
  });
});
