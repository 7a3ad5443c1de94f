import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights, toHalfBits, toHalfPrecision } from './weights-codec.ts';
import { decisionLogits, scoreHeads, sigmoid } from './linear-model.ts';
import { extractFeatures } from './features.ts';
import { quantiseVectors } from './word-vectors.ts';

const headOf = (name: 'spam' | 'offensive', dims: number, dense?: number) => ({
  name,
  bias: -0.5,
  operatingLogit: 0.25,
  weights: Float32Array.from({ length: dims }, (_, i) => i / 8 - 1),
  ...(dense ? { dense: Float32Array.from({ length: dense }, (_, i) => (i % 3) - 1) } : {}),
});
const vectors = quantiseVectors(
  ['hello', 'world', 'héllo'],
  [
    [0.5, -1],
    [1, 0.25],
    [0, 0.5],
  ],
  2,
);

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

  it('round-trips a model with word vectors (feature version 4, format 3), and scores with them', () => {
    const model = { featureVersion: 4, dims: 16, heads: [headOf('spam', 16, 4), headOf('offensive', 16, 4)], vectors };
    const bytes = encodeWeights(model);
    expect(new DataView(bytes.buffer).getUint32(4, true)).toBe(3);
    const back = decodeWeights(bytes);
    expect(back.vectors?.words).toEqual(['hello', 'world', 'héllo']);
    expect(back.vectors?.data).toEqual(vectors.data);
    expect(back.vectors?.scales).toEqual(vectors.scales);
    expect(back.heads[1]?.dense).toEqual(model.heads[1]?.dense);
    expect(scoreHeads(back, ['hello', 'world']).spam).toBe(scoreHeads(model, ['hello', 'world']).spam);
    // The vectors count: without them the same words score differently.
    expect(scoreHeads(back, ['hello']).spam).not.toBe(scoreHeads({ ...back, vectors: undefined }, ['hello']).spam);
  });

  it('writes a head trained without the vectors as zeros and reads it back without dense weights', () => {
    const model = { featureVersion: 4, dims: 16, heads: [headOf('spam', 16), headOf('offensive', 16, 4)], vectors };
    const back = decodeWeights(encodeWeights(model));
    expect(back.heads[0]?.dense).toBeUndefined();
    expect(back.heads[1]?.dense).toEqual(model.heads[1]?.dense);
    expect(scoreHeads(back, ['hello']).spam).toBe(scoreHeads(model, ['hello']).spam);
  });

  it('still reads a model of the previous version (format 2, no vectors) and scores it as before', () => {
    const old = { featureVersion: 3, dims: 16, heads: [headOf('spam', 16)] };
    const bytes = encodeWeights(old);
    expect(new DataView(bytes.buffer).getUint32(4, true)).toBe(2);
    const back = decodeWeights(bytes);
    expect(back.vectors).toBeUndefined();
    expect(back.featureVersion).toBe(3);
    expect(scoreHeads(back, ['hello']).spam).toBe(scoreHeads(old, ['hello']).spam);
  });

  it('refuses word-vector versions without their table, either way round', () => {
    expect(() => encodeWeights({ featureVersion: 4, dims: 16, heads: [headOf('spam', 16)] })).toThrow(
      /needs word vectors/,
    );
    const bytes = encodeWeights({ featureVersion: 3, dims: 16, heads: [headOf('spam', 16)] });
    new DataView(bytes.buffer).setUint32(8, 4, true); // a format 2 file claiming feature version 4
    expect(() => decodeWeights(bytes)).toThrow(/format 2 cannot hold feature version 4/);
    const truncated = encodeWeights({ featureVersion: 4, dims: 16, heads: [headOf('spam', 16, 4)], vectors });
    expect(() => decodeWeights(truncated.subarray(0, truncated.length - 8))).toThrow(/wrong length/);
  });

  it('refuses a file that is not a model', () => {
    expect(() => decodeWeights(new Uint8Array(40))).toThrow(/not a Schoolgate classifier model/);
  });

  it('hashes the same words to the same features every time', () => {
    expect(extractFeatures(['hi', 'there'], 1024)).toEqual(extractFeatures(['hi', 'there'], 1024));
    expect(extractFeatures([], 1024).length).toBe(0);
  });
});
