import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../cli/load-model.ts';
import { runUpTo, testEnv } from './phase-test-kit.ts';
import type { PhaseEnv } from './phase.ts';

const withModel = testEnv({ model: loadDefaultModel() });

const best = (text: string, category: string, env?: PhaseEnv) =>
  Math.max(
    0,
    ...runUpTo('context', text, env)
      .signals.filter((s) => s.category === category)
      .map((s) => s.score),
  );
const hateScore = (text: string, env?: PhaseEnv) => best(text, 'hate', env);

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

  it('does not call a negated insult abuse, but keeps the insult that is not negated', () => {
    const kind = "You're not an idiot, you're one of the kindest mums here";
    expect(best(kind, 'abuse')).toBeLessThan(0.5);
    expect(best(kind, 'abuse', withModel)).toBeLessThan(0.5);
    expect(runUpTo('context', kind).signals.find((s) => s.category === 'abuse')?.evidence).toMatch(/negated "not/);
    expect(best("You're not only a liar, you're a coward", 'abuse', withModel)).toBeGreaterThanOrEqual(0.5);
  });

  it('reads a slur reported as said to a child as an incident, not as hate, and keeps the slur in view', () => {
    const state = runUpTo('context', 'A boy in Year 8 called my niece a p@ki', withModel);
    const hate = state.signals.filter((s) => s.category === 'hate');
    expect(Math.max(...hate.map((s) => s.score))).toBeLessThan(0.5);
    expect(hate.some((s) => s.evidence.startsWith('slur "paki"'))).toBe(true);
    expect(state.signals).toContainEqual(
      expect.objectContaining({
        category: 'incident',
        score: 0.8,
        evidence: 'slur "paki" reported as said to "my niece"',
      }),
    );
  });

  it('still calls a slur the writer used themselves hate', () => {
    expect(hateScore('I called him a p@ki', withModel)).toBeGreaterThanOrEqual(0.5);
  });

  it('lowers abuse and hate in a claim reported to condemn it', () => {
    const text = 'Calling refugees scum is vile';
    expect(best(text, 'abuse', withModel)).toBeLessThan(0.5);
    expect(hateScore(text, withModel)).toBeLessThan(0.5);
    expect(best('Refugees are scum and vile', 'abuse', withModel)).toBeGreaterThanOrEqual(0.5);
  });

  it('lowers abuse the model alone sees in slang praise, unless someone is addressed', () => {
    const praise = runUpTo('context', 'That cross was filthy, what a goal', withModel);
    expect(praise.model.offensive).toBeGreaterThanOrEqual(0.5);
    expect(best('That cross was filthy, what a goal', 'abuse', withModel)).toBeLessThan(0.5);
    expect(praise.signals.find((s) => s.category === 'abuse')?.evidence).toMatch(/lowered: praise "what a goal"/);
    expect(best('That volley was disgusting, what a strike', 'abuse', withModel)).toBeLessThan(0.5);
    expect(best('You are disgusting, what a joke', 'abuse', withModel)).toBeGreaterThanOrEqual(0.5);
  });

  it("lowers abuse the model alone sees in a report of what happened to someone's child", () => {
    // The first-generation model read this report as offensive (0.5 or more); the second scores it
    // 0.37 on its own. What a moderator sees is unchanged: an incident, not abuse.
    const report = runUpTo('context', 'Jayden hit my daughter with a ruler', withModel);
    expect(report.model.offensive).toBeGreaterThan(0.2);
    expect(best('Jayden hit my daughter with a ruler', 'abuse', withModel)).toBeLessThan(0.5);
    expect(best('Jayden hit my daughter with a ruler', 'incident', withModel)).toBeGreaterThanOrEqual(0.5);
  });
});
