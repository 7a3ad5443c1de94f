import { describe, expect, it } from 'vitest';
import { pooledVectors, quantiseVectors, rowVector, vectorFeatureCount, wordRow } from './word-vectors.ts';

// Words in frequency order, as GloVe lists them: "stopped" is more frequent than "stupid".
const table = quantiseVectors(
  ['the', 'stopped', 'idiot', 'stupid', 'teacher'],
  [
    [0.1, 0.2, -0.3],
    [1, 0, 0],
    [0, -1, 0.5],
    [0, 0.8, -0.4],
    [0.25, 0.5, 1],
  ],
  3,
);

describe('word vectors (feature version 4)', () => {
  it('stores each word as int8 with its own scale, close to the original', () => {
    expect(table.data.length).toBe(15);
    const teacher = rowVector(table, 4);
    expect(teacher[2]).toBeCloseTo(1, 6);
    expect(teacher[0]).toBeCloseTo(0.25, 2);
    expect(vectorFeatureCount(table)).toBe(6);
  });

  it('finds misspelt words by their spelling keys, choosing the closest word with the same consonants', () => {
    expect(wordRow(table, 'idiot')).toBe(2);
    expect(wordRow(table, 'idoit')).toBe(2); // swapped letters
    expect(wordRow(table, 'stuppid')).toBe(3); // doubled letter: stupid, not the more frequent stopped
    expect(wordRow(table, 'stpid')).toBe(3); // dropped vowel
    expect(wordRow(table, 'thee')).toBeUndefined();
    expect(wordRow(table, 'zzz')).toBeUndefined();
  });

  it('pools the mean and the maximum of the words found, zeros when none is', () => {
    const pooled = pooledVectors(table, ['the', 'unknownword', 'teacher']);
    const the = rowVector(table, 0);
    const teacher = rowVector(table, 4);
    for (let d = 0; d < 3; d++) {
      expect(pooled[d]).toBeCloseTo(((the[d] as number) + (teacher[d] as number)) / 2, 6);
      expect(pooled[3 + d]).toBeCloseTo(Math.max(the[d] as number, teacher[d] as number), 6);
    }
    expect([...pooledVectors(table, ['nothing', 'here'])]).toEqual([0, 0, 0, 0, 0, 0]);
    // A single negative word keeps its negative values as the maximum.
    expect(pooledVectors(table, ['the'])[5]).toBeCloseTo(the[2] as number, 6);
  });
});
