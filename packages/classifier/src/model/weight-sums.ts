/**
 * The sums of the heads' weights over a comment's features: the hot loop of scoring, and a
 * cache of each word's own share and of each pair of neighbours' share (the bigram and the
 * n-grams across the gap), so a word or pair seen before costs a map lookup instead of hashing
 * its twenty-odd n-grams and reading their weights, which sit in a 6 MiB table, one cache miss
 * each.
 *
 * Why the cache gives the same bits as adding the features one by one, in order: a model read
 * from its file has half-precision weights, each an integer multiple of 2^-24, and the sums are
 * doubles. Every partial sum of at most MAX_FEATURES such numbers, each below WEIGHT_LIMIT, is an
 * integer multiple of 2^-24 below 2^29 in size, which a double holds exactly; so no addition
 * rounds and their order does not matter. This is checked once per model: a model whose weights
 * are not of that kind (trained in memory, not rounded) is scored feature by feature in order.
 */
import {
  commentFeatures,
  extractFeatures,
  featureWord,
  gapFeatures,
  MAX_FEATURE_TOKENS,
  MAX_FEATURES,
  wordFeatures,
} from './features.ts';
import type { ModelWeights } from './linear-model.ts';

const UNIT = 2 ** -24;
const WEIGHT_LIMIT = 2 ** 29 / MAX_FEATURES;
/** Words, and pairs of words, remembered per model; each map starts again when full (about 7 MB each at most). */
const MAX_REMEMBERED = 50_000;

/**
 * Every head's weights side by side (feature i of head h at i * heads + h), built once per model:
 * scoring reads one cache line per feature instead of one per head, which made scoring about a
 * third faster. The same pass says whether every weight is a multiple of 2^-24 below WEIGHT_LIMIT.
 */
interface Packed {
  weights: Float32Array;
  exact: boolean;
}
const packs = new WeakMap<ModelWeights, Packed>();
const pack = (model: ModelWeights): Packed => {
  let packed = packs.get(model);
  if (!packed) {
    const n = model.heads.length;
    const weights = new Float32Array(model.dims * n);
    let exact = true;
    model.heads.forEach((head, h) => {
      const from = head.weights;
      for (let i = 0; i < model.dims; i++) {
        const w = from[i] as number;
        weights[i * n + h] = w;
        const units = w / UNIT;
        exact &&= Math.floor(units) === units && Math.abs(w) < WEIGHT_LIMIT;
      }
    });
    packed = { weights, exact };
    packs.set(model, packed);
  }
  return packed;
};

/** Adds each head's weights of the features to `sums`, feature by feature in order. */
export const addWeights = (model: ModelWeights, features: Int32Array, sums: Float64Array): void => {
  const n = model.heads.length;
  const w = pack(model).weights;
  for (let i = 0; i < features.length; i++) {
    const f = features[i] as number;
    const at = (f > 0 ? f - 1 : -f - 1) * n;
    if (f > 0) for (let h = 0; h < n; h++) sums[h] = (sums[h] as number) + (w[at + h] as number);
    else for (let h = 0; h < n; h++) sums[h] = (sums[h] as number) + -(w[at + h] as number);
  }
};

interface WordShare {
  sums: Float64Array;
  count: number;
}

/** A remembered word: its own share, and the shares of the gaps after each word that came before it. */
interface WordEntry extends WordShare {
  /** By the entry of the word before: one lookup by object, not by string, per pair. */
  after: Map<WordEntry, WordShare> | undefined;
  word: string;
  /** The cache's generation when made: pairs are remembered only between words of the current one. */
  generation: number;
}

interface Remembered {
  words: Map<string, WordEntry>;
  /** Pairs remembered since the last clear, over all words. */
  gapCount: number;
  /** Counts the clears, so an entry from before one is not kept alive as the key of a newer entry's pair. */
  generation: number;
}

/** The per-model cache, or null when the model's sums would not be exact in any order. */
const caches = new WeakMap<ModelWeights, Remembered | null>();
const remembered = (model: ModelWeights): Remembered | null => {
  let cache = caches.get(model);
  if (cache === undefined) {
    cache = pack(model).exact ? { words: new Map(), gapCount: 0, generation: 0 } : null;
    caches.set(model, cache);
  }
  return cache;
};

const shareOf = (model: ModelWeights, features: Int32Array): WordShare => {
  const share = { sums: new Float64Array(model.heads.length), count: features.length };
  addWeights(model, features, share.sums);
  return share;
};

/** The remembered entry of a word (`featureWord` already applied), made when missing. */
const entryOf = (model: ModelWeights, cache: Remembered, word: string): WordEntry => {
  const known = cache.words.get(word);
  if (known) return known;
  const share = shareOf(model, wordFeatures(word, model.dims, model.featureVersion));
  if (cache.words.size >= MAX_REMEMBERED || cache.gapCount >= MAX_REMEMBERED) {
    cache.words.clear();
    cache.gapCount = 0;
    cache.generation++;
  }
  const entry: WordEntry = {
    sums: share.sums,
    count: share.count,
    after: undefined,
    word,
    generation: cache.generation,
  };
  cache.words.set(word, entry);
  return entry;
};

/** The sums of the features between two words (`gapFeatures`), remembered: common pairs ("thank you") recur. */
const gapSums = (model: ModelWeights, cache: Remembered, before: WordEntry, entry: WordEntry): WordShare => {
  const known = entry.after?.get(before);
  if (known) return known;
  const share = shareOf(model, gapFeatures(before.word, entry.word, model.dims, model.featureVersion));
  if (before.generation === cache.generation && entry.generation === cache.generation) {
    (entry.after ??= new Map()).set(before, share);
    cache.gapCount++;
  }
  return share;
};

/**
 * Each head's sum over the features of one word (`extractFeatures([word])`) and their number,
 * remembered when that is exact. Read only: the result may be shared.
 */
export const wordSums = (model: ModelWeights, word: string): Readonly<WordShare> => {
  const cache = remembered(model);
  const key = featureWord(word);
  return cache ? entryOf(model, cache, key) : shareOf(model, wordFeatures(key, model.dims, model.featureVersion));
};

/**
 * Each head's sum over the features of `extractFeatures(tokens)`, and their number: the same
 * bits as adding them in order (see the top of this file), from remembered words when exact.
 */
export const tokenSums = (model: ModelWeights, tokens: readonly string[]): WordShare => {
  const n = model.heads.length;
  const sums = new Float64Array(n);
  const cache = remembered(model);
  if (!cache) {
    const features = extractFeatures(tokens, model.dims, model.featureVersion);
    addWeights(model, features, sums);
    return { sums, count: features.length };
  }
  let count = 0;
  let before: WordEntry | undefined;
  const words = Math.min(tokens.length, MAX_FEATURE_TOKENS);
  for (let t = 0; t < words; t++) {
    const entry = entryOf(model, cache, featureWord(tokens[t] as string));
    for (let h = 0; h < n; h++) sums[h] = (sums[h] as number) + (entry.sums[h] as number);
    count += entry.count;
    if (before) {
      const gap = gapSums(model, cache, before, entry);
      for (let h = 0; h < n; h++) sums[h] = (sums[h] as number) + (gap.sums[h] as number);
      count += gap.count;
    }
    before = entry;
  }
  // Features of the whole comment (feature version 5: pairs of word classes), too few to remember.
  const whole = shareOf(model, commentFeatures(tokens, model.dims, model.featureVersion));
  for (let h = 0; h < n; h++) sums[h] = (sums[h] as number) + (whole.sums[h] as number);
  count += whole.count;
  return { sums, count };
};
