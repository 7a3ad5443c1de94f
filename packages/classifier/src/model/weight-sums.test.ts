import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../cli/load-model.ts';
import { extractFeatures } from './features.ts';
import { featureLogits, tokenLogits, wordLogits, type ModelWeights } from './linear-model.ts';

const texts = [
  'you are an absolute idiot and everyone knows it',
  'What a brilliant sports day! Well done to every child',
  'ill st4bb you at the gates tomoz',
  'i will batter him with a hammer at the gates, reply stop to 07700900461',
  'a',
  'supercalifragilisticexpialidociousness is a very long word indeed',
  'the the the the the the the',
  'émigrés naïve café 🙂 emoji words',
];
const tokensOf = (text: string) => text.toLowerCase().split(/\s+/);

describe('scoring from remembered words', () => {
  const model = loadDefaultModel();

  it('gives the same bits as adding every feature in order, twice over (the second time from the cache)', () => {
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        const tokens = tokensOf(text);
        const features = extractFeatures(tokens, model.dims, model.featureVersion);
        const { logits, count } = tokenLogits(model, tokens);
        expect(count).toBe(features.length);
        expect(Array.from(logits)).toEqual(Array.from(featureLogits(model, features)));
      }
    }
  });

  it('gives one word the logits of its own features', () => {
    for (const word of ['idiot', 'a', 'supercalifragilisticexpialidociousness', '🙂']) {
      const expected = featureLogits(model, extractFeatures([word], model.dims, model.featureVersion));
      expect(Array.from(wordLogits(model, word))).toEqual(Array.from(expected));
    }
  });

  it('falls back to the ordered sum for weights that are not half-precision numbers', () => {
    const dims = 1 << 10;
    const weights = Float32Array.from({ length: dims }, (_, i) => Math.sin(i) / 3);
    for (const featureVersion of [3, 5]) {
      const odd: ModelWeights = {
        featureVersion,
        dims,
        heads: [{ name: 'offensive', bias: 0, operatingLogit: 0, weights }],
      };
      for (const text of texts) {
        const tokens = tokensOf(text);
        const expected = featureLogits(odd, extractFeatures(tokens, dims, featureVersion));
        expect(Array.from(tokenLogits(odd, tokens).logits)).toEqual(Array.from(expected));
      }
    }
  });
});
