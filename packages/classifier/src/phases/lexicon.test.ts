import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../cli/load-model.ts';
import { AMBIGUOUS_SLUR_SCORE, squeezeRepeats } from './lexicon.ts';
import { categoriesOf, runUpTo, signalsOf, testEnv } from './phase-test-kit.ts';

describe('lexicon phase', () => {
  it('calls swearing aimed at someone abuse, and swearing on its own profanity', () => {
    expect(categoriesOf('lexicon', 'F*ck you and your rules')).toEqual(['abuse']);
    expect(categoriesOf('lexicon', 'shit, I forgot the PE kit')).toEqual(['profanity']);
  });

  it('leaves criticism of staff to the model unless it is said to their face', () => {
    expect(categoriesOf('lexicon', 'The office staff are clueless')).toEqual([]);
    expect(categoriesOf('lexicon', 'you are clueless and useless')).toEqual(['abuse']);
    expect(categoriesOf('lexicon', 'the teachers are useless idiots')).toEqual(['abuse']);
  });

  it('catches obfuscated insults at a person', () => {
    expect(categoriesOf('lexicon', 'you absolute id10t')).toEqual(['abuse']);
  });

  it('finds slurs with their target', () => {
    const state = runUpTo('lexicon', 'that teacher is a f@ggot');
    expect(state.lexicon.slurs).toEqual([{ word: 'faggot', target: 'sexual_orientation' }]);
  });

  it('treats reclaimed words said of oneself as neutral', () => {
    expect(runUpTo('lexicon', "I'm proud to be queer").lexicon.slurs).toEqual([]);
    expect(runUpTo('lexicon', 'we queers have always been here').lexicon.slurs).toEqual([]);
  });

  it('reads British homonyms of slurs from the words around them', () => {
    expect(runUpTo('lexicon', 'Popped out for a fag before the parents evening').lexicon.slurs).toEqual([]);
    expect(runUpTo('lexicon', 'Put another faggot on the fire').lexicon.slurs).toEqual([]);
    expect(runUpTo('lexicon', 'you are a fag').lexicon.slurs).toHaveLength(1);
  });

  it('leaves ambiguous slurs to the model when there is one', () => {
    const facts = runUpTo('lexicon', 'that is so retarded').lexicon;
    expect(facts.slurs).toEqual([{ word: 'retarded', target: 'disability', ambiguous: true }]);
    expect(categoriesOf('lexicon', 'that is so retarded')).toEqual(['hate']);
    const withModel = testEnv({ model: loadDefaultModel() });
    expect(signalsOf('lexicon', 'that is so retarded', withModel).find((s) => s.category === 'hate')?.score).toBe(
      AMBIGUOUS_SLUR_SCORE,
    );
  });

  it('still finds what only the obscenity backup knows, but not in numbers', () => {
    expect(runUpTo('lexicon', 'oh f ck off, not again').lexicon.profane).toEqual(['fuck']);
    expect(runUpTo('lexicon', 'what a fuuuck1ng mess').lexicon.profane).toEqual(['fucking']);
    expect(runUpTo('lexicon', 'Room 455 is locked').lexicon.profane).toEqual([]);
    expect(runUpTo('lexicon', 'the kung fu club starts on monday').lexicon.profane).toEqual([]);
  });

  it('does not call news words or slurs matched by the obscenity backup swearing', () => {
    expect(runUpTo('lexicon', 'the rape trial starts today').lexicon.profane).toEqual([]);
  });

  it('notes protected groups without judging them', () => {
    const state = runUpTo('lexicon', 'our Muslim families and trans pupils are welcome');
    expect(state.lexicon.groups.map((g) => [g.phrase, g.target])).toEqual([
      ['muslim families', 'religion'],
      ['trans pupils', 'gender_identity'],
    ]);
    expect(state.signals).toEqual([]);
  });

  it('finds a group adjective before a word for people, and singular group nouns', () => {
    const groups = (text: string) => runUpTo('lexicon', text).lexicon.groups.map((g) => g.phrase);
    expect(groups('The Sikh lads and a Jew from the next street')).toEqual(['sikh lads', 'jew']);
    expect(groups('every immigrant and every lesbian')).toEqual(['immigrant', 'lesbian']);
    // One mention, not two: "people" inside "black people" does not start another.
    expect(groups('black people')).toEqual(['black people']);
  });

  it('does not take a group adjective before a thing for people', () => {
    const groups = (text: string) => runUpTo('lexicon', text).lexicon.groups;
    expect(groups('The disabled parking bay was blocked again')).toEqual([]);
    expect(groups('They went to a gay bar in town')).toEqual([]);
  });

  it('does not take a slur for its own cigarette homonym', () => {
    expect(runUpTo('lexicon', 'those fags ruin everything').lexicon.slurs).toHaveLength(1);
  });
});

describe('squeezeRepeats', () => {
  it('squeezes runs of a letter as the regular expression it replaced did', () => {
    const words = [
      'fuuuck',
      'idiiot',
      'well',
      'aaa',
      'abba',
      'zz',
      '',
      'a',
      '11',
      'ÉÉé',
      'éé',
      'so0oo',
      'x--y',
      'mmmhmm',
      '🙂🙂',
    ];
    for (const word of words) expect(squeezeRepeats(word)).toBe(word.replace(/([a-z])\1+/g, '$1'));
  });
});
