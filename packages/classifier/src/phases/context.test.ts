import { describe, expect, it } from 'vitest';
import { runUpTo } from './phase-test-kit.ts';

const hateScore = (text: string) =>
  Math.max(
    0,
    ...runUpTo('context', text)
      .signals.filter((s) => s.category === 'hate')
      .map((s) => s.score),
  );

describe('context phase', () => {
  it('lowers hate when the words are quoted to condemn them', () => {
    expect(hateScore('Saying "Muslims are vermin" is racist and has no place here')).toBeLessThan(0.5);
    expect(hateScore('Muslims are vermin')).toBeGreaterThanOrEqual(0.5);
  });

  it('lowers hate when the comment is positive about the group', () => {
    expect(hateScore('We love our trans pupils, trans people are welcome here')).toBeLessThan(0.5);
  });

  it('says why in the evidence', () => {
    const state = runUpTo('context', 'Someone called my son a p*ki, that is racist and I reported it');
    expect(state.signals.find((s) => s.category === 'hate')?.evidence).toMatch(/lowered: counter-speech/);
  });
});
