import { describe, expect, it } from 'vitest';
import { commentFeatures, extractFeatures, skeletonKey, sortedKey, wordFeatures } from './features.ts';
import { wordClassBits, WORD_CLASSES } from './word-classes.ts';

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

describe('word classes (version 5)', () => {
  const dims = 1 << 18;
  const classes = (word: string) => WORD_CLASSES.filter((_, c) => (wordClassBits(word) >>> c) & 1);

  it('puts inflected and misspelt threat words, shapes and group words in their classes', () => {
    expect(classes('stabbing')).toContain('harm');
    expect(classes('stabb')).toContain('harm');
    expect(classes('machete')).toEqual(['weapon']);
    expect(classes('head')).toEqual(['body', 'person']);
    expect(classes('07700900461')).toEqual(['longnumber']);
    expect(classes('url')).toEqual(['link']);
    expect(classes('refugees')).toEqual(['group']);
    expect(classes('lovely')).toEqual([]);
  });

  it('lets two threats in different words share the class pairs, and a friendly sentence not', () => {
    const pairs = (text: string) => new Set(commentFeatures(text.split(' '), dims, 5));
    const a = pairs('i will batter him with a hammer');
    const b = pairs('ill smash his face with a brick');
    expect([...a].filter((f) => b.has(f)).length).toBeGreaterThanOrEqual(2);
    expect(pairs('what a lovely sunny day').size).toBe(0);
  });

  it('keeps version 3 features unchanged and adds the classes on top', () => {
    const tokens = ['i', 'will', 'stab', 'you'];
    const v3 = extractFeatures(tokens, dims, 3);
    const v5 = extractFeatures(tokens, dims, 5);
    expect(new Set(v5).size).toBeGreaterThan(new Set(v3).size);
    for (const f of v3) expect(v5).toContain(f);
    expect(wordFeatures('stab', dims, 5).length).toBe(extractFeatures(['stab'], dims, 5).length);
  });
});
