import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../cli/load-model.ts';
import {
  EXPLAINED_SPAM_FACTOR,
  HARMLESS_THREAT_FACTOR,
  NO_WORDS_FACTOR,
  UNTARGETED_HATE_AS_ABUSE,
  UNTARGETED_HATE_FACTOR,
  withoutRepeats,
} from './model-scores.ts';
import { runUpTo, testEnv } from './phase-test-kit.ts';

describe('model-scores phase', () => {
  const env = testEnv({ model: loadDefaultModel() });
  const run = (text: string) => runUpTo('model-scores', text, env);
  const signal = (text: string, category: string) => run(text).signals.filter((s) => s.category === category);

  it('scores insults high and friendly comments low', () => {
    expect(run('you are a pathetic stupid idiot').model.offensive).toBeGreaterThan(0.5);
    expect(run('thank you for a lovely harvest festival').model.offensive).toBeLessThan(0.5);
  });

  it('names the words behind a score', () => {
    const abuse = run('you are a pathetic stupid idiot').signals.find((s) => s.evidence.startsWith('model offensive'));
    expect(abuse?.evidence).toMatch(/"(?:idiot|stupid|pathetic)"/);
  });

  it('asks for more confidence when no listed word backs the model up', () => {
    const state = run('my daughter loved the swimming gala this afternoon');
    const abuse = state.signals.find((s) => s.category === 'abuse');
    expect(abuse?.score).toBeCloseTo((state.model.offensive ?? 0) * NO_WORDS_FACTOR, 10);
  });

  it('does not give hate without a protected group or a slur, and reads the hostility as abuse', () => {
    const state = run('shut your mouth');
    expect(state.model.hate).toBeGreaterThan(0.5);
    const hate = state.signals.filter((s) => s.category === 'hate');
    expect(hate).toEqual([expect.objectContaining({ score: (state.model.hate ?? 0) * UNTARGETED_HATE_FACTOR })]);
    expect(hate[0]?.score).toBeLessThan(0.5);
    expect(hate[0]?.evidence).toMatch(/no protected group or slur named/);
    const abuse = Math.max(...state.signals.filter((s) => s.category === 'abuse').map((s) => s.score));
    expect(abuse).toBeCloseTo((state.model.hate ?? 0) * UNTARGETED_HATE_AS_ABUSE, 10);
  });

  it('caps abuse and hate when only a group is named', () => {
    for (const text of ['Homosexuals', 'Feminists', 'Christians and Hindus shared the stage at the carol concert']) {
      const state = run(text);
      for (const s of state.signals.filter((x) => x.category === 'abuse' || x.category === 'hate')) {
        expect(s.score).toBeLessThan(0.5);
      }
    }
    expect(Math.max(run('Homosexuals').model.offensive ?? 0, run('Feminists').model.hate ?? 0)).toBeGreaterThan(0.5);
    expect(signal('Feminists', 'hate')[0]?.evidence).toMatch(/capped: only the group is named/);
  });

  it('does not cap when something besides the group backs the model up', () => {
    const abuse = signal('Homosexuals are vile', 'abuse');
    expect(Math.max(...abuse.map((s) => s.score))).toBeGreaterThanOrEqual(0.5);
  });

  it('asks for more spam confidence when a phone number or a donation request explains the comment', () => {
    const state = run('Please text 07700 900987 if you can help with lifts to the match');
    expect(state.model.spam).toBeGreaterThan(0.5);
    const spam = signal('Please text 07700 900987 if you can help with lifts to the match', 'spam')[0];
    expect(spam?.score).toBeCloseTo((state.model.spam ?? 0) * EXPLAINED_SPAM_FACTOR, 10);
    expect(spam?.score).toBeLessThan(0.5);
    expect(signal('Please donate to the school library appeal if you can, thank you', 'spam')[0]?.score).toBeLessThan(
      0.5,
    );
  });

  it('calls mild swearing profanity at most, never abuse on its own', () => {
    const state = run('Bloody hell, the queue at pickup was long');
    const profanity = state.signals.find((s) => s.category === 'profanity');
    expect(profanity?.evidence).toMatch(/mild swearing "bloody"/);
    expect(state.signals.filter((s) => s.category === 'abuse').every((s) => s.score < 0.5)).toBe(true);
  });

  it('scores each word of repeated filler once', () => {
    const words = Array<string>(40).fill('yes');
    expect(withoutRepeats(words)).toEqual(['yes']);
    expect(withoutRepeats(['no', 'no', 'means', 'no'])).toEqual(['no', 'no', 'means', 'no']);
    expect(run(words.join(' ')).model.offensive).toBeCloseTo(run('yes').model.offensive ?? 0, 10);
    expect(run(words.join(' ')).signals.every((s) => s.score < 0.5)).toBe(true);
  });

  it('does nothing without a model', () => {
    expect(runUpTo('model-scores', 'you idiot').model).toEqual({});
  });
});

describe('the threat gate with a feature-version-5 model (word classes)', () => {
  // A tiny model whose threat head says "threat" for everything: only the gate differs between comments.
  const dims = 16;
  const head = (name: 'offensive' | 'threat', bias: number) => ({
    name,
    bias,
    operatingLogit: 0,
    weights: new Float32Array(dims),
  });
  const model = { featureVersion: 5, dims, heads: [head('offensive', -5), head('threat', 3)] };
  // The model's own signal: the threat phase's plain-word rule also calls "bringing a crowbar for him tomorrow" a threat.
  const threat = (text: string) =>
    runUpTo('model-scores', text, testEnv({ model })).signals.find(
      (s) => s.category === 'threat' && s.evidence.startsWith('model threat'),
    );

  it('counts a weapon the word classes know as a word of harm', () => {
    const withWeapon = threat('bringing a crowbar for him tomorrow');
    expect(withWeapon?.evidence).toMatch(/harm "crowbar"/);
    const without = threat('bringing some flowers for him tomorrow');
    expect(without?.evidence).toMatch(/lowered: no word of harm/);
    expect(without?.score).toBeCloseTo((withWeapon?.score ?? 0) * HARMLESS_THREAT_FACTOR, 10);
  });
});
