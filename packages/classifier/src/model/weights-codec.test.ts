import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights, toHalfBits, toHalfPrecision } from './weights-codec.ts';
import { decisionLogits, scoreHeads, sigmoid } from './linear-model.ts';
import { extractFeatures } from './features.ts';

describe('weights codec and features', () => {
  it('round-trips a model exactly', () => {
    const model = {
      featureVersion: 1,
      dims: 16,
      heads: [
        {
          name: 'spam' as const,
          bias: -0.5,
          operatingLogit: 0.25,
          weights: Float32Array.from({ length: 16 }, (_, i) => i / 8),
        },
      ],
    };
    const back = decodeWeights(encodeWeights(model));
    expect(back.heads[0]?.weights).toEqual(model.heads[0]?.weights);
    expect(back.heads[0]?.bias).toBe(-0.5);
    expect(scoreHeads(back, ['hello']).spam).toBe(scoreHeads(model, ['hello']).spam);
  });

  it('stores weights in half precision, exactly for values training already rounded', () => {
    expect(toHalfBits(1)).toBe(0x3c00);
    expect(toHalfBits(-2.5)).toBe(0xc100);
    expect(toHalfBits(1e9)).toBe(0x7c00);
    const rounded = toHalfPrecision([0.1, -0.333, 1e-5]);
    expect(rounded[0]).toBeCloseTo(0.1, 3);
    expect(toHalfPrecision(rounded)).toEqual(rounded);
  });

  it('turns the softmax head into "hate against the rest"', () => {
    const logits = decisionLogits({ hate: 1, insult: 1 });
    // p(hate) = e / (1 + 2e)
    expect(sigmoid(logits.hate as number)).toBeCloseTo(Math.E / (1 + 2 * Math.E), 10);
  });

  it('refuses a file that is not a model', () => {
    expect(() => decodeWeights(new Uint8Array(40))).toThrow(/not a Schoolgate classifier model/);
  });

  it('hashes the same words to the same features every time', () => {
    expect(extractFeatures(['hi', 'there'], 1024)).toEqual(extractFeatures(['hi', 'there'], 1024));
    expect(extractFeatures([], 1024).length).toBe(0);
  });
});
