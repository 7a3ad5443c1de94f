/**
 * The trained part of the classifier: linear heads over the same hashed features. Heads answer
 * questions the public data can teach; the phases turn their answers into policy categories.
 *
 * `insult` and `hate` are one multinomial (softmax) head over three classes, hate / offensive
 * but not hate / normal: their weights give each class's logit against `normal`, whose logit is
 * fixed at 0. The `hate` score is the probability of the hate class. `offensive` stays a binary
 * head, because OLID (offensive or not, no hate labels) teaches it too. `threat` (second
 * generation) is a binary head for violence threatened or called for, in any wording.
 */
import { addWeights, tokenSums, wordSums } from './weight-sums.ts';
import { pooledVectors, type WordVectors } from './word-vectors.ts';

export const HEAD_NAMES = ['offensive', 'hate', 'targeted', 'spam', 'insult', 'threat'] as const;
export type HeadName = (typeof HEAD_NAMES)[number];

export interface ModelHead {
  name: HeadName;
  bias: number;
  /**
   * The logit tuned on validation data to be the decision point; scores are shifted so it
   * lands on 0.5, which is why every default threshold is 0.5.
   */
  operatingLogit: number;
  weights: Float32Array;
  /**
   * Feature version 4: a weight per dense feature (the pooled word vectors, see
   * `denseFeatures`), added to the logit as they are (not divided like the hashed sum).
   */
  dense?: Float32Array;
}

export interface ModelWeights {
  featureVersion: number;
  /** Number of hash buckets, a power of two. */
  dims: number;
  heads: ModelHead[];
  /** Feature version 4: the trimmed word-vector table the dense features come from. */
  vectors?: WordVectors;
}

/** The dense features of a comment (feature version 4), or undefined for a model without vectors. */
export const denseFeatures = (model: ModelWeights, tokens: readonly string[]): Float32Array | undefined =>
  model.vectors ? pooledVectors(model.vectors, tokens) : undefined;

/** A head's dense part of the logit. */
export const denseLogit = (head: ModelHead, dense: Float32Array | undefined): number => {
  if (!dense || !head.dense) return 0;
  const w = head.dense;
  let sum = 0;
  for (let i = 0; i < dense.length; i++) sum += (w[i] as number) * (dense[i] as number);
  return sum;
};

/** Adds each head's dense part (when the model has word vectors) to logits without biases. */
const addDense = (model: ModelWeights, sums: Float64Array, dense: Float32Array | undefined): Float64Array => {
  if (dense) model.heads.forEach((head, h) => (sums[h] = (sums[h] as number) + denseLogit(head, dense)));
  return sums;
};

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const softplus = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** The raw logit of one head for already extracted features. */
export const headLogit = (head: ModelHead, features: Int32Array): number => {
  if (features.length === 0) return head.bias;
  let sum = 0;
  const w = head.weights;
  for (let i = 0; i < features.length; i++) {
    const f = features[i] as number;
    sum += f > 0 ? (w[f - 1] as number) : -(w[-f - 1] as number);
  }
  return head.bias + sum / Math.sqrt(features.length);
};

/**
 * Log-odds of each question from the raw head logits: binary heads as they are; the softmax
 * classes turned into "this class against the other two".
 */
export const decisionLogits = (raw: Partial<Record<HeadName, number>>): Partial<Record<HeadName, number>> => {
  const out = { ...raw };
  const zi = raw.insult;
  const zh = raw.hate;
  if (zi !== undefined && zh !== undefined) {
    out.hate = zh - softplus(zi);
    out.insult = zi - softplus(zh);
  }
  return out;
};

/**
 * Every head's logit without its bias, in `model.heads` order: the weighted sum of the features
 * divided by the square root of their number (0 for no features).
 */
export const featureLogits = (model: ModelWeights, features: Int32Array, dense?: Float32Array): Float64Array => {
  const sums = new Float64Array(model.heads.length);
  if (features.length > 0) {
    addWeights(model, features, sums);
    scaled(sums, features.length);
  }
  return addDense(model, sums, dense);
};

const scaled = (sums: Float64Array, count: number): Float64Array => {
  const scale = Math.sqrt(count);
  for (let h = 0; h < sums.length; h++) sums[h] = (sums[h] as number) / scale;
  return sums;
};

/** `featureLogits` of the comment's features, from the word cache (`weight-sums.ts`): the same bits, faster. */
export const tokenLogits = (
  model: ModelWeights,
  tokens: readonly string[],
): { logits: Float64Array; count: number } => {
  const { sums, count } = tokenSums(model, tokens);
  return { logits: count === 0 ? sums : scaled(sums, count), count };
};

/** `featureLogits` of one word's features (`extractFeatures([word])`), from the word cache. */
export const wordLogits = (model: ModelWeights, word: string): Float64Array => {
  const { sums, count } = wordSums(model, word);
  const logits = count === 0 ? new Float64Array(sums.length) : scaled(Float64Array.from(sums), count);
  return model.vectors ? addDense(model, logits, denseFeatures(model, [word])) : logits;
};

const withBiases = (model: ModelWeights, sums: Float64Array, count: number): Partial<Record<HeadName, number>> => {
  const raw: Partial<Record<HeadName, number>> = {};
  model.heads.forEach((head, h) => {
    raw[head.name] = count === 0 && !model.vectors ? head.bias : head.bias + (sums[h] as number);
  });
  return decisionLogits(raw);
};

/** The decision logit of every head for already extracted features, before the operating point. */
export const modelLogits = (
  model: ModelWeights,
  features: Int32Array,
  dense?: Float32Array,
): Partial<Record<HeadName, number>> => withBiases(model, featureLogits(model, features, dense), features.length);

const operatingLogit = (model: ModelWeights, name: HeadName): number =>
  model.heads.find((h) => h.name === name)?.operatingLogit ?? 0;

/** Probabilities for every question, moved so each operating point is 0.5. */
export const scoreHeads = (model: ModelWeights, tokens: readonly string[]): Partial<Record<HeadName, number>> => {
  const { logits: sums, count } = tokenLogits(model, tokens);
  const logits = withBiases(model, addDense(model, sums, denseFeatures(model, tokens)), count);
  const scores: Partial<Record<HeadName, number>> = {};
  for (const name of HEAD_NAMES) {
    const z = logits[name];
    if (z !== undefined) scores[name] = sigmoid(z - operatingLogit(model, name));
  }
  return scores;
};
