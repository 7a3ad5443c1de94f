import { describe, expect, it } from 'vitest';
import { categoriesOf, testEnv } from './phase-test-kit.ts';

const of = (text: string, env = testEnv()) => categoriesOf('complaint-incident', text, env);

describe('complaint-incident phase', () => {
  it('finds complaints about the school or staff', () => {
    expect(of('Absolutely disgraceful how the school handled this, nobody replied')).toEqual(['complaint']);
    expect(of('I want to make a formal complaint about the head teacher')).toEqual(['complaint']);
  });

  it('finds talk of behaviour incidents', () => {
    expect(of('A boy in Year 5 punched my son in the playground')).toEqual(['incident']);
    expect(of('there was a massive fight on the field at lunch')).toEqual(['incident']);
  });

  it("finds a named pupil's conduct through the roster", () => {
    const env = testEnv({ roster: [{ name: 'Jayden Marsh', role: 'pupil' }] });
    expect(of('Jayden Marsh kicked another child again', env)).toEqual(['incident']);
  });

  it('leaves praise and anti-bullying events alone', () => {
    expect(of('Thank you to all the teachers, a brilliant term')).toEqual([]);
    expect(of('Anti-bullying week assembly was lovely')).toEqual([]);
  });
});
