import { describe, expect, it } from 'vitest';
import { signalsOf, testEnv } from './phase-test-kit.ts';
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
    'I know which street the deputy head lives on. Tell her to watch her back',
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

  it.each([
    "I've found out which school your daughter goes to",
    'We know what time you leave work',
    'I know your home address now',
    "I'm going to work out where he lives",
  ])('finds intimidation in %j', (text) => {
    expect(threatens(text)).toBe(true);
  });

  it.each([
    "I don't know where you live, can you send the address for the party?",
    'Does anyone know where the kids go for swimming?',
    'We know where you can buy cheap uniform',
  ])('does not call an ordinary question about places %j a threat', (text) => {
    expect(threatens(text)).toBe(false);
  });

  it('calls inciting others to hurt someone a threat', () => {
    expect(threatens('Somebody needs to punch that new dinner lady')).toBe(true);
    expect(threatens('Someone should tell the kids to slow down on the path')).toBe(false);
  });

  const hateOf = (text: string) =>
    signalsOf('threat', text)
      .filter((s) => s.category === 'hate')
      .map((s) => s.target);

  it.each([
    ['Time to burn out all the Muslim families', 'religion'],
    ['Somebody needs to batter the Polish lads', 'race'],
    ['We will string up every trans person we find', 'gender_identity'],
  ])('calls a threat against a protected group hate against it too: %j', (text, target) => {
    const categories = signalsOf('threat', text).map((s) => s.category);
    expect(categories).toContain('threat');
    expect(hateOf(text)).toContain(target);
  });

  it.each([
    'They kill black people in that film',
    'I would never hurt gay people',
    'Our team will beat the Polish lads at football',
  ])('does not call %j a threat against a group', (text) => {
    expect(hateOf(text)).toEqual([]);
  });

  describe('threats in plain words, without a stock phrase (issue 17)', () => {
    const threatOf = (text: string, env = testEnv()) =>
      signalsOf('threat', text, env).find((s) => s.category === 'threat');

    it.each([
      ['I will find Mr Jones after school and break his legs', '"break his legs" against "mr jones"'],
      ['that teacher is getting shot on monday', '"shot" against "that teacher"'],
      ['I know where the head lives. Ill be waiting with a knife', '"with a knife" against "the head"'],
      ['watch what happens to Miss Patel on friday, she wont walk again', '"wont walk again" against "miss patel"'],
      ['somebody needs to sort that dinner lady out properly and put her in hospital', '"put her in hospital"'],
    ])('labels %j a threat, naming the words', (text, words) => {
      expect(threatOf(text)?.evidence).toContain(words);
    });

    it('counts a pupil on the school roster as someone threatened', () => {
      const env = testEnv({ roster: [{ name: 'Amelia Hughes', role: 'pupil' }] });
      expect(threatOf('Amelia Hughes is getting battered after school', env)?.evidence).toContain('"amelia hughes"');
    });

    it.each([
      'break a leg in the play tonight!',
      "we'll shoot the class photo on monday",
      'I would never hurt a teacher',
      'the kids will smash it at sports day',
      'Nobody is going to stab anyone, the police talk to pupils on knife crime is on monday',
      'Our Year 6 netball team will shoot for the cup on friday, good luck to them',
      'He will bring his cricket bat for the match tomorrow',
      "She broke her arm at the trampoline park so she won't be at swimming on monday",
      'My son broke his arm at football so he will miss PE on monday',
      'Miss Khan is getting shot of the old reading books on friday',
    ])('does not call %j a threat', (text) => {
      expect(threatOf(text)).toBeUndefined();
    });
  });
});
