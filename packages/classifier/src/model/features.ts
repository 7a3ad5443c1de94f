/**
 * Hashed features of a normalised comment: word unigrams, word bigrams and character 3- to
 * 5-grams of each word. Hashing keeps the model a fixed-size array with no vocabulary to ship;
 * character n-grams let it generalise to misspellings the normaliser did not undo.
 * Version 2 adds two spelling-proof keys per word of four or more letters (the first and last
 * letter with the inner letters sorted, so swapped letters give the same key; and the consonants
 * with repeats collapsed, so dropped vowels and doubled letters do), and version 3 also the
 * character n-grams that cross the gap between two words, so "youare" shares them with "you are".
 * Version 4 hashes exactly as version 3 and adds dense features beside them: the mean and maximum
 * of the comment's GloVe word vectors (src/model/word-vectors.ts), stored in the model file.
 * Version 5 hashes as version 3 (no word vectors) and adds word classes (src/model/word-classes.ts):
 * each word's classes ("a violent act", "a weapon", "a protected group", "money") as features of
 * the word, and once per comment each pair of classes whose words stand within CLASS_WINDOW of
 * each other ("violent act near a body part"), so the model can weigh meaning that recurs across
 * sources rather than only their phrasing (measured, not adopted: ADR 0011).
 * Training and scoring both call this function, so any change here needs a retrained model
 * (the weights file records the version; scoring uses the model's).
 */
import { CLASS_WINDOW, wordClassBits } from './word-classes.ts';

export const FEATURE_VERSION = 3;
export const FEATURE_VERSIONS = [1, 2, 3, 4, 5] as const;
/** Word classes and their pairs, from this version on. */
export const CLASSES_FROM_VERSION = 5;

const MAX_TOKENS = 300;
const MAX_TOKEN_CHARS = 24;
const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x2c9277b5;
const SEED_CHAR = 0x7f4a7c15;
const SEED_SORTED = 0x3c6ef372;
const SEED_SKELETON = 0x1b873593;
const SEED_CLASS = 0x5bd1e995;
const SEED_CLASS_PAIR = 0x68e31da4;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** First and last letter, inner letters sorted: "idiot", "idoit" and "iodit" share it. */
export const sortedKey = (token: string): string =>
  token[0] + [...token.slice(1, -1)].sort().join('') + token[token.length - 1];

/** One buffer for the features of every call (copied out at the end), so scoring makes little garbage. */
let scratch = new Int32Array(4096);
const sortScratch = new Uint16Array(MAX_TOKEN_CHARS);

/**
 * The hash of `sortedKey(token)` without building the string: the inner letters sorted in a small
 * buffer. Only for text without surrogate pairs (where the two sort the same way); else the string.
 */
const sortedKeyHash = (token: string): number => {
  const n = token.length - 2;
  for (let i = 0; i < n; i++) {
    const c = token.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdfff) return fnv(SEED_SORTED, sortedKey(token), 0, token.length);
    let j = i;
    while (j > 0 && (sortScratch[j - 1] as number) > c) {
      sortScratch[j] = sortScratch[j - 1] as number;
      j--;
    }
    sortScratch[j] = c;
  }
  let h = Math.imul(SEED_SORTED ^ token.charCodeAt(0), 0x01000193);
  for (let i = 0; i < n; i++) h = Math.imul(h ^ (sortScratch[i] as number), 0x01000193);
  return Math.imul(h ^ token.charCodeAt(token.length - 1), 0x01000193);
};

/** Consonants with repeats collapsed: "stupid", "stpid" and "stuppid" share "stpd". */
export const skeletonKey = (token: string): string => {
  let out = '';
  for (const ch of token) if (!VOWELS.has(ch) && ch !== out[out.length - 1]) out += ch;
  return out;
};

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
 * The features are written into one reused buffer: `push` appends a hash as an entry (see
 * `extractFeatures`), and the two helpers below push the features of one word and of the gap
 * between two words. `extractFeatures` and the word cache (`word-scores.ts`) both build on them,
 * so they always agree on what the features of a comment are.
 */
let length = 0;
let mask = 0;
const push = (h: number) => {
  const m = mix(h);
  const idx = (m & mask) + 1;
  if (length === scratch.length) {
    const bigger = new Int32Array(scratch.length * 2);
    bigger.set(scratch);
    scratch = bigger;
  }
  scratch[length++] = m < 0 ? -idx : idx;
};

/** The word's own features, bar the word itself: character 3- to 5-grams and (version 2 on) the spelling keys. */
const pushWordParts = (token: string, version: number) => {
  const padded = `<${token}>`;
  for (let size = 3; size <= 5; size++) {
    for (let start = 0; start + size <= padded.length; start++)
      push(fnv(SEED_CHAR + size, padded, start, start + size));
  }
  if (version >= 2 && token.length >= 4) {
    push(sortedKeyHash(token));
    const skeleton = skeletonKey(token);
    if (skeleton.length >= 2) push(fnv(SEED_SKELETON, skeleton, 0, skeleton.length));
  }
  if (version >= CLASSES_FROM_VERSION) {
    const bits = wordClassBits(token);
    for (let c = 0; bits >>> c !== 0; c++) if ((bits >>> c) & 1) push(Math.imul(SEED_CLASS ^ c, 0x01000193));
  }
};

/** Which pairs of classes a comment already has (a bit per ordered pair), reset per comment. */
const seenPairs = new Uint32Array(32);
/**
 * Version 5: each pair of word classes whose words stand within CLASS_WINDOW positions of each
 * other, once per comment (presence, not count); classes of the same word do not pair.
 */
const pushClassPairs = (tokens: readonly string[], n: number) => {
  seenPairs.fill(0);
  const bits = new Array<number>(n);
  for (let t = 0; t < n; t++) {
    const here = wordClassBits(featureWord(tokens[t] as string));
    bits[t] = here;
    if (here === 0) continue;
    for (let back = 1; back <= CLASS_WINDOW && t - back >= 0; back++) {
      const there = bits[t - back] as number;
      if (there === 0) continue;
      for (let a = 0; there >>> a !== 0; a++) {
        if (((there >>> a) & 1) === 0) continue;
        for (let b = 0; here >>> b !== 0; b++) {
          if (((here >>> b) & 1) === 0) continue;
          const lo = Math.min(a, b);
          const hi = Math.max(a, b);
          if (((seenPairs[lo] as number) & (1 << hi)) !== 0) continue;
          seenPairs[lo] = (seenPairs[lo] as number) | (1 << hi);
          push(Math.imul(Math.imul(SEED_CLASS_PAIR ^ lo, 0x01000193) ^ hi, 0x01000193));
        }
      }
    }
  }
};

/** Version 3: the n-grams of "<before" + "token>" that cross the gap, hashed as if the two were one word. */
const pushGap = (before: string, token: string) => {
  const joined = `<${before}${token}>`;
  const gap = before.length + 1;
  for (let size = 3; size <= 5; size++) {
    for (let start = Math.max(0, gap - size + 1); start < gap && start + size <= joined.length; start++)
      push(fnv(SEED_CHAR + size, joined, start, start + size));
  }
};

/** The word as the features see it: cut to MAX_TOKEN_CHARS. */
export const featureWord = (token: string): string => token.slice(0, MAX_TOKEN_CHARS);
/** Only the first MAX_TOKENS words of a comment have features. */
export const MAX_FEATURE_TOKENS = MAX_TOKENS;
/** The most features one comment can have (a generous bound: 5 per character of each word, plus the gaps). */
export const MAX_FEATURES = MAX_TOKENS * (5 * (MAX_TOKEN_CHARS + 2) + 16 + 32) + 32 * 32;

/**
 * The features of one word (`featureWord` already applied) that do not depend on its
 * neighbours: the word, its character n-grams and its spelling keys. The same as
 * `extractFeatures([word])`. The array is the shared buffer: read it before the next call.
 */
export const wordFeatures = (word: string, dims: number, version: number = FEATURE_VERSION): Int32Array => {
  mask = dims - 1;
  length = 0;
  push(fnv(SEED_WORD, word, 0, word.length));
  pushWordParts(word, version);
  return scratch.subarray(0, length);
};

/**
 * The features of a word that depend on the word before it (both `featureWord` already
 * applied): the bigram and, from version 3, the n-grams across the gap. The array is the shared
 * buffer: read it before the next call.
 */
export const gapFeatures = (
  before: string,
  word: string,
  dims: number,
  version: number = FEATURE_VERSION,
): Int32Array => {
  mask = dims - 1;
  length = 0;
  push(
    Math.imul(fnv(SEED_WORD, before, 0, before.length) ^ SEED_BIGRAM, 0x01000193) ^
      fnv(SEED_WORD, word, 0, word.length),
  );
  if (version >= 3) pushGap(before, word);
  return scratch.subarray(0, length);
};

/**
 * Returns one entry per feature occurrence: `index + 1`, negated when the hash says the
 * feature counts against the weight (signed hashing halves the bias collisions cause).
 */
export const extractFeatures = (
  tokens: readonly string[],
  dims: number,
  version: number = FEATURE_VERSION,
): Int32Array => {
  mask = dims - 1;
  length = 0;
  const n = Math.min(tokens.length, MAX_TOKENS);
  let previous = 0;
  for (let t = 0; t < n; t++) {
    const token = featureWord(tokens[t] as string);
    const wordHash = fnv(SEED_WORD, token, 0, token.length);
    push(wordHash);
    if (t > 0) push(Math.imul(previous ^ SEED_BIGRAM, 0x01000193) ^ wordHash);
    previous = wordHash;
    pushWordParts(token, version);
    if (version >= 3 && t > 0) pushGap(featureWord(tokens[t - 1] as string), token);
  }
  if (version >= CLASSES_FROM_VERSION) pushClassPairs(tokens, n);
  return scratch.slice(0, length);
};

/**
 * The features of a comment that belong to no single word or gap (version 5: the pairs of word
 * classes), empty before version 5. `extractFeatures` is the words' and gaps' features plus
 * these. The array is the shared buffer: read it before the next call.
 */
export const commentFeatures = (
  tokens: readonly string[],
  dims: number,
  version: number = FEATURE_VERSION,
): Int32Array => {
  mask = dims - 1;
  length = 0;
  if (version >= CLASSES_FROM_VERSION) pushClassPairs(tokens, Math.min(tokens.length, MAX_TOKENS));
  return scratch.subarray(0, length);
};
