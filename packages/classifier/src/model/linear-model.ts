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
import { extractFeatures } from './features.ts';
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
 * Every head's weights side by side (feature i of head h at i * heads + h), built once per model:
 * scoring reads one cache line per feature instead of one per head, which made scoring about a
 * third faster. The sums are taken in the same order as `headLogit`, so the results are identical.
 */
const interleaved = new WeakMap<ModelWeights, Float32Array>();
const interleave = (model: ModelWeights): Float32Array => {
  let packed = interleaved.get(model);
  if (!packed) {
    const n = model.heads.length;
    packed = new Float32Array(model.dims * n);
    model.heads.forEach((head, h) => {
      for (let i = 0; i < model.dims; i++) (packed as Float32Array)[i * n + h] = head.weights[i] as number;
    });
    interleaved.set(model, packed);
  }
  return packed;
};

/**
 * Every head's logit without its bias, in `model.heads` order: the weighted sum of the features
 * divided by the square root of their number (0 for no features).
 */
export const featureLogits = (model: ModelWeights, features: Int32Array, dense?: Float32Array): Float64Array => {
  const n = model.heads.length;
  const sums = new Float64Array(n);
  if (dense) model.heads.forEach((head, h) => (sums[h] = denseLogit(head, dense)));
  if (features.length === 0) return sums;
  const hashed = new Float64Array(n);
  const w = interleave(model);
  for (let i = 0; i < features.length; i++) {
    const f = features[i] as number;
    const at = (f > 0 ? f - 1 : -f - 1) * n;
    if (f > 0) for (let h = 0; h < n; h++) hashed[h] = (hashed[h] as number) + (w[at + h] as number);
    else for (let h = 0; h < n; h++) hashed[h] = (hashed[h] as number) + -(w[at + h] as number);
  }
  const scale = Math.sqrt(features.length);
  for (let h = 0; h < n; h++) sums[h] = (sums[h] as number) + (hashed[h] as number) / scale;
  return sums;
};

/** The decision logit of every head for already extracted features, before the operating point. */
export const modelLogits = (
  model: ModelWeights,
  features: Int32Array,
  dense?: Float32Array,
): Partial<Record<HeadName, number>> => {
  const raw: Partial<Record<HeadName, number>> = {};
  const sums = featureLogits(model, features, dense);
  model.heads.forEach((head, h) => {
    raw[head.name] = head.bias + (sums[h] as number);
  });
  return decisionLogits(raw);
};

const operatingLogit = (model: ModelWeights, name: HeadName): number =>
  model.heads.find((h) => h.name === name)?.operatingLogit ?? 0;

/** Probabilities for every question, moved so each operating point is 0.5. */
export const scoreHeads = (model: ModelWeights, tokens: readonly string[]): Partial<Record<HeadName, number>> => {
  const logits = modelLogits(
    model,
    extractFeatures(tokens, model.dims, model.featureVersion),
    denseFeatures(model, tokens),
  );
  const scores: Partial<Record<HeadName, number>> = {};
  for (const name of HEAD_NAMES) {
    const z = logits[name];
    if (z !== undefined) scores[name] = sigmoid(z - operatingLogit(model, name));
  }
  return scores;
};
