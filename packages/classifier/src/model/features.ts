/**
 * Hashed features of a normalised comment: word unigrams, word bigrams and character 3- to
 * 5-grams of each word. Hashing keeps the model a fixed-size array with no vocabulary to ship;
 * character n-grams let it generalise to misspellings the normaliser did not undo.
 * Training and scoring both call this function, so any change here needs a retrained model
 * (bump FEATURE_VERSION, which the weights file records).
 */
export const FEATURE_VERSION = 1;

const MAX_TOKENS = 300;
const MAX_TOKEN_CHARS = 24;
const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x2c9277b5;
const SEED_CHAR = 0x7f4a7c15;

const fnv = (seed: number, s: string, from: number, to: number): number => {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
};

/** Final avalanche (murmur3 fmix) so the low bits used as the index are well mixed. */
const mix = (x: number): number => {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
};

/**
 * Returns one entry per feature occurrence: `index + 1`, negated when the hash says the
 * feature counts against the weight (signed hashing halves the bias collisions cause).
 */
export const extractFeatures = (tokens: readonly string[], dims: number): Int32Array => {
  const mask = dims - 1;
  const out: number[] = [];
  const push = (h: number) => {
    const m = mix(h);
    const idx = (m & mask) + 1;
    out.push(m < 0 ? -idx : idx);
  };
  const n = Math.min(tokens.length, MAX_TOKENS);
  let previous = 0;
  for (let t = 0; t < n; t++) {
    const token = (tokens[t] as string).slice(0, MAX_TOKEN_CHARS);
    const wordHash = fnv(SEED_WORD, token, 0, token.length);
    push(wordHash);
    if (t > 0) push(Math.imul(previous ^ SEED_BIGRAM, 0x01000193) ^ wordHash);
    previous = wordHash;
    const padded = `<${token}>`;
    for (let size = 3; size <= 5; size++) {
      for (let start = 0; start + size <= padded.length; start++)
        push(fnv(SEED_CHAR + size, padded, start, start + size));
    }
  }
  return Int32Array.from(out);
};
