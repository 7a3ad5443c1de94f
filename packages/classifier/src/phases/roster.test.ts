import { describe, expect, it } from 'vitest';
import { compileRoster, findRosterNames, nameWords } from './roster.ts';

describe('roster', () => {
  const roster = compileRoster([
    { name: 'Amelia Okafor', role: 'pupil' },
    { name: 'Amelia Rose Okafor-Smith', role: 'pupil' },
    { name: 'Zoë Brennan', role: 'staff' },
    { name: 'Cher' },
  ]);

  it('matches full names regardless of case and accents', () => {
    expect(findRosterNames(roster, nameWords('thanks ZOE BRENNAN')).map((m) => m.entry.name)).toEqual(['Zoë Brennan']);
  });

  it('prefers the longest name starting at a word', () => {
    expect(findRosterNames(roster, nameWords('Amelia Rose Okafor-Smith won')).map((m) => m.entry.name)).toEqual([
      'Amelia Rose Okafor-Smith',
    ]);
  });

  it('ignores single names, which are too common to flag', () => {
    expect(roster.size).toBe(3);
    expect(findRosterNames(roster, nameWords('Cher sang'))).toEqual([]);
  });
});

describe('roster spellings', () => {
  const roster = compileRoster([
    { name: "Jack O'Brien", role: 'pupil' },
    { name: 'Amelia-Rose Smith-Jones', role: 'pupil' },
  ]);
  const found = (text: string) => findRosterNames(roster, nameWords(text)).map((m) => m.entry.name);

  it('matches a name with an apostrophe however the apostrophe is written', () => {
    expect(found("Jack O'Brien hit my son")).toEqual(["Jack O'Brien"]);
    expect(found('jack o brien is a bully')).toEqual(["Jack O'Brien"]);
    expect(found('jack obrien is a bully')).toEqual(["Jack O'Brien"]);
    expect(found('Jack O’Brien again')).toEqual(["Jack O'Brien"]);
  });

  it('matches hyphenated names with or without the hyphens', () => {
    expect(found('Amelia Rose Smith Jones has ADHD')).toEqual(['Amelia-Rose Smith-Jones']);
    expect(found('amelia-rose smith-jones has ADHD')).toEqual(['Amelia-Rose Smith-Jones']);
  });

  it('still counts each person once', () => {
    expect(roster.size).toBe(2);
  });
});
