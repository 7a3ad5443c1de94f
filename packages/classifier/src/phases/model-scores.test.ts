import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../cli/load-model.ts';
import { NO_WORDS_FACTOR } from './model-scores.ts';
import { runUpTo, testEnv } from './phase-test-kit.ts';

describe('model-scores phase', () => {
  const env = testEnv({ model: loadDefaultModel() });

  it('scores insults high and friendly comments low', () => {
    expect(runUpTo('model-scores', 'you are a pathetic stupid idiot', env).model.offensive).toBeGreaterThan(0.5);
    expect(runUpTo('model-scores', 'thank you for a lovely harvest festival', env).model.offensive).toBeLessThan(0.5);
  });

  it('names the words behind a score', () => {
    const abuse = runUpTo('model-scores', 'you are a pathetic stupid idiot', env).signals.find((s) =>
      s.evidence.startsWith('model offensive'),
    );
    expect(abuse?.evidence).toMatch(/"(?:idiot|stupid|pathetic)"/);
  });

  it('asks for more confidence when no listed word backs the model up', () => {
    const state = runUpTo('model-scores', 'my daughter loved the swimming gala this afternoon', env);
    const abuse = state.signals.find((s) => s.category === 'abuse');
    expect(abuse?.score).toBeCloseTo((state.model.offensive ?? 0) * NO_WORDS_FACTOR, 10);
  });

  it('does nothing without a model', () => {
    expect(runUpTo('model-scores', 'you idiot').model).toEqual({});
  });
});
