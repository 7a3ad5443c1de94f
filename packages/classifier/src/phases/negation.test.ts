import { describe, expect, it } from 'vitest';
import { CONDEMNATION, deniedClaim, negatorBefore, positionsOf, reportedClaim } from './negation.ts';
import { normaliseText } from './normalise.ts';

/** Positions of a sentence and the index of one of its words. */
const at = (text: string, word: string) => {
  const { clean, tokens } = normaliseText(text);
  const index = tokens.indexOf(word);
  if (index < 0) throw new Error(`"${word}" is not a token of ${JSON.stringify(text)}`);
  return { p: positionsOf(clean, tokens), index };
};

describe('negation and reported claims', () => {
  it('splits clauses at punctuation and before "but", sentences at full stops', () => {
    const { clean, tokens } = normaliseText("She isn't lazy, she's tired but keen. Really!");
    const p = positionsOf(clean, tokens);
    expect(p.clause).toEqual([0, 0, 0, 1, 1, 2, 2, 3]);
    expect(p.sentence).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('finds a negation just before a word, within its clause', () => {
    const negated = at("Honestly you're no fool", 'fool');
    expect(negatorBefore(negated.p, negated.index)).toBe('no');
    const otherClause = at("It's not fair, you fool", 'fool');
    expect(negatorBefore(otherClause.p, otherClause.index)).toBeUndefined();
    const notOnly = at('Not only lazy but rude', 'lazy');
    expect(negatorBefore(notOnly.p, notOnly.index)).toBeUndefined();
  });

  it('finds a claim the writer denies', () => {
    const thinks = at('I honestly do not believe pensioners are a burden', 'pensioners');
    expect(deniedClaim(thinks.p, thinks.index)).toBe('not believe');
    const forbid = at('Please stop saying autistic kids are rude', 'autistic');
    expect(deniedClaim(forbid.p, forbid.index)).toBe('stop saying');
    const surprise = at("I can't believe it, refugees are everywhere", 'refugees');
    expect(deniedClaim(surprise.p, surprise.index)).toBeUndefined();
    const farAway = at(
      'Nobody said anything at the meeting about the car park and honestly refugees are scum',
      'refugees',
    );
    expect(deniedClaim(farAway.p, farAway.index)).toBeUndefined();
  });

  it("finds a claim reported from someone else, but not the writer's own", () => {
    const relative = at('Anyone who thinks Hindus are dirty is wrong', 'hindus');
    expect(reportedClaim(relative.p, relative.index)).toBe('anyone who thinks');
    const gerund = at('Telling girls they are thick is cruel', 'girls');
    expect(reportedClaim(gerund.p, gerund.index)).toBe('telling');
    const own = at('I think Hindus are dirty', 'hindus');
    expect(reportedClaim(own.p, own.index)).toBeUndefined();
  });

  it('recognises condemnation, not its negation', () => {
    expect(CONDEMNATION.test('that comment was completely unacceptable')).toBe(true);
    expect(CONDEMNATION.test('the dinner lady should be sacked for saying it')).toBe(true);
    expect(CONDEMNATION.test('the people saying it are not wrong')).toBe(false);
  });
});
