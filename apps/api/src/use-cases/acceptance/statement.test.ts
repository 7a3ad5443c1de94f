import { describe, expect, it } from 'vitest';
import { acceptanceStatement, namesMatch } from './statement.ts';

describe('the Statement of Acceptance', () => {
  it('names the school and the version being signed', () => {
    const text = acceptanceStatement('Oakfield Primary School', 3);
    expect(text).toContain('version 3');
    expect(text).toContain('Oakfield Primary School');
  });

  it('accepts a typed name that differs only in case, spacing or apostrophe style', () => {
    expect(namesMatch('  sam   o’neill ', "Sam O'Neill")).toBe(true);
    expect(namesMatch('SAM ONEILL', "Sam O'Neill")).toBe(false);
    expect(namesMatch('Sam Smith', 'Sam Smyth')).toBe(false);
  });
});
