import { describe, expect, it } from 'vitest';
import { extractFeatures, skeletonKey, sortedKey } from './features.ts';

const shared = (a: Int32Array, b: Int32Array) => {
  const set = new Set(b);
  return [...new Set(a)].filter((f) => set.has(f)).length;
};

describe('spelling-proof features (version 2 and 3)', () => {
  it('gives swapped, missing and doubled letters the same keys', () => {
    expect(sortedKey('idiot')).toBe(sortedKey('idoit'));
    expect(skeletonKey('stupid')).toBe(skeletonKey('stpid'));
    expect(skeletonKey('stupid')).toBe(skeletonKey('stuppid'));
  });

  it('makes a misspelt word share more features with the word than version 1 did', () => {
    const dims = 1 << 18;
    const v1 = shared(extractFeatures(['idoit'], dims, 1), extractFeatures(['idiot'], dims, 1));
    const v2 = shared(extractFeatures(['idoit'], dims, 2), extractFeatures(['idiot'], dims, 2));
    expect(v2).toBeGreaterThan(v1);
  });

  it('makes words run together share the features across the gap (version 3 only)', () => {
    const dims = 1 << 18;
    const joined = (version: number) =>
      shared(extractFeatures(['youare'], dims, version), extractFeatures(['you', 'are'], dims, version));
    expect(joined(3)).toBeGreaterThan(joined(2) + 3);
  });

  it('keeps version 1 features as they were, so an older model still scores the same', () => {
    // Short words get no spelling keys, so versions 1 and 2 agree on them.
    expect(extractFeatures(['hi', 'you'], 1024, 1)).toEqual(extractFeatures(['hi', 'you'], 1024, 2));
    expect(extractFeatures(['hello'], 1024, 2).length).toBe(extractFeatures(['hello'], 1024, 1).length + 2);
  });
});
