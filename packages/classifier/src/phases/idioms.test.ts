import { describe, expect, it } from 'vitest';
import { modelTokens } from './idioms.ts';

describe('friendly idioms', () => {
  it('takes praise and contact requests out of what the model sees', () => {
    expect(modelTokens(['year', '6', 'were', 'killing', 'it', 'today'])).toEqual(['year', '6', 'were', 'today']);
    expect(modelTokens(['she', 'smashed', 'it'])).toEqual(['she']);
    expect(modelTokens(['please', 'ring', 'me', 'on', '07700'])).toEqual(['please', '07700']);
    expect(modelTokens(['shoot', 'me', 'a', 'message', 'if', 'you', 'can', 'help'])).toEqual([
      'if',
      'you',
      'can',
      'help',
    ]);
  });

  it('leaves everything else alone', () => {
    expect(modelTokens(['i', 'will', 'kill', 'you'])).toEqual(['i', 'will', 'kill', 'you']);
    expect(modelTokens([])).toEqual([]);
  });
});
