import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dropLetter, leet, obfuscate, seededRandom, swapLetters } from '../../scripts/obfuscate.ts';
import { ownSentences } from '../../scripts/own-sentences.ts';

// The training scripts' pure parts: the obfuscator and the sentences written for training.

describe('obfuscated spellings for training', () => {
  it('gives the same spelling for the same seed, and another for another seed', () => {
    const text = 'you are a worthless idiot and everyone knows it';
    expect(obfuscate(text, seededRandom(7))).toBe(obfuscate(text, seededRandom(7)));
    const spellings = new Set([1, 2, 3, 4, 5].map((seed) => obfuscate(text, seededRandom(seed))));
    expect(spellings.size).toBeGreaterThan(1);
    for (const s of spellings) expect(s).not.toBe(text);
  });

  it('swaps or drops an inner letter and keeps the first and last', () => {
    const random = seededRandom(3);
    const swapped = swapLetters('idiot', random);
    expect([...swapped].sort().join('')).toBe([...'idiot'].sort().join(''));
    expect(swapped[0]).toBe('i');
    const dropped = dropLetter('stupid', random);
    expect(dropped).toHaveLength(5);
    expect(dropped.endsWith('d')).toBe(true);
    expect(leet('hate', () => 0)).toMatch(/^h[4@]7?t?3$/);
  });
});

describe('sentences written for training', () => {
  it('copies no test fixture, so the fixtures still test wording the model has not seen', () => {
    const fixtureTexts = ['school-comments.jsonl', 'functional-hate.jsonl'].flatMap((file) =>
      readFileSync(new URL(`../../test-fixtures/${file}`, import.meta.url), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase().replace(/[^a-z ]/g, '')),
    );
    const training = new Set(ownSentences().map((t) => t.replace(/[^a-z ]/g, '')));
    expect(training.size).toBeGreaterThan(300);
    expect(fixtureTexts.filter((t) => training.has(t))).toEqual([]);
  });
});
