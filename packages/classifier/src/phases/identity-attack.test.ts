import { describe, expect, it } from 'vitest';
import { signalsOf } from './phase-test-kit.ts';

const targets = (text: string) => signalsOf('identity-attack', text).map((s) => s.target);

describe('identity-attack phase', () => {
  it.each([
    ['Muslims are vermin', 'religion'],
    ['I hate black people', 'race'],
    ['Gay people are disgusting', 'sexual_orientation'],
    ['Trans people are not human', 'gender_identity'],
    ['Women belong in the kitchen', 'sex'],
    ['filthy immigrants everywhere', 'race'],
    ['kill all the gays', 'sexual_orientation'],
  ])('finds the attack in %j', (text, target) => {
    expect(targets(text)).toEqual([target]);
  });

  it.each([
    'Immigrants are not vermin',
    "I don't hate Muslims",
    'Many immigrants work in the NHS',
    'Women are brilliant leaders',
    'Arsenal fans are all idiots',
  ])('does not call %j hate', (text) => {
    expect(targets(text)).toEqual([]);
  });
});
