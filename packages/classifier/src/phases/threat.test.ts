import { describe, expect, it } from 'vitest';
import { findThreats } from './threat.ts';
import { normaliseText } from './normalise.ts';

const threatens = (text: string) => findThreats(normaliseText(text).tokens).length > 0;

describe('threat phase', () => {
  it.each([
    "I'll batter that teacher when I see him",
    'Watch your back, I know where you live',
    'Someone should burn the school down',
    "I'm going to smash your face in",
    'you deserve to die',
    'kill all Muslims',
    'I will come to the school and hurt that teacher, watch me',
    "I'm going to go down there tomorrow and batter him",
  ])('finds a threat in %j', (text) => {
    expect(threatens(text)).toBe(true);
  });

  it.each([
    'Year 6 were killing it on sports day',
    'My feet are killing me after the fun run',
    "We'll beat you at rounders next year",
    'Shoot me a message about the book fair',
    'I would never hurt anyone',
    'She smashed it at the gala',
    'The nativity costume was to die for',
    "I'll come to the match and beat you at the penalty shoot-out",
    'We will go to the park and play with them',
  ])('does not call %j a threat', (text) => {
    expect(threatens(text)).toBe(false);
  });
});
