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

  it.each([
    ['Round up and deport every last one of the migrants', 'race'],
    ['Shoot every single refugee', 'race'],
    ['Somebody should beat up those lesbian girls', 'sexual_orientation'],
  ])('sees harm past the words between the verb and the group in %j', (text, target) => {
    expect(targets(text)).toEqual([target]);
  });

  it.each(['Our team will beat the Polish lads at football', 'Please remove the disabled parking sign, it is broken'])(
    'does not read sport or things as harm to a group in %j',
    (text) => {
      expect(targets(text)).toEqual([]);
    },
  );

  it.each([
    'I honestly do not believe pensioners are a burden',
    'It is not true that disabled people are lazy',
    'Nobody here thinks lesbians are disgusting',
    'Please stop saying trans kids are mentally ill',
  ])('does not call a denied claim an attack: %j', (text) => {
    expect(targets(text)).toEqual([]);
  });

  it('still calls a denied right exclusion: "I don\'t think X should be allowed"', () => {
    expect(targets("I don't think women should be allowed to drive")).toEqual(['sex']);
  });

  it.each([
    'Parents who claim Muslims are dangerous should be ashamed of themselves',
    'Anyone who says refugees are criminals should be reported',
    'Calling Travellers thieves is ignorant and cruel',
  ])('does not call an attack reported to condemn it hate: %j', (text) => {
    expect(targets(text)).toEqual([]);
  });

  it('still calls a reported attack hate when the writer agrees with it', () => {
    expect(targets('People say Muslims are terrorists and they are right')).toEqual(['religion']);
  });

  it('calls national-origin exclusion hate against race with no group named', () => {
    expect(targets('Get back to your own country')).toEqual(['race']);
    expect(targets('They should go back where they came from')).toEqual(['race']);
    expect(targets('I would never tell anyone to go back to their own country')).toEqual([]);
  });

  it('reads "send them back" as exclusion of the group the comment names', () => {
    expect(targets('Loads of Polish families on our road now, ship them all back')).toEqual(['race']);
    expect(targets('The parcels came damaged so we will send them back')).toEqual([]);
  });
});
