/**
 * Deterministic training of the model heads: logistic regression with AdaGrad over hashed
 * features, a fixed seed and a fixed data order, so the same data gives the same weights.
 * Each head's operating point is chosen on the `tune` half of validation to maximise F1.
 */
import { FEATURE_VERSION, extractFeatures } from '../src/model/features.ts';
import { obfuscate, seededRandom } from './obfuscate.ts';
import {
  HEAD_NAMES,
  modelLogits,
  type HeadName,
  type ModelHead,
  type ModelWeights,
} from '../src/model/linear-model.ts';
import { modelTokens } from '../src/phases/idioms.ts';
import { normaliseText } from '../src/phases/normalise.ts';
import { toHalfPrecision, usesWordVectors } from '../src/model/weights-codec.ts';
import { pooledVectors, vectorFeatureCount, type WordVectors } from '../src/model/word-vectors.ts';
import type { Example } from './datasets.ts';
import { THIRD_BATCH } from './own-sentences.ts';

export interface TrainingSettings {
  dims: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Positives are up-weighted towards balance, but not fully: rare labels are also noisier. */
  maxPositiveWeight: number;
  /**
   * Classes are weighted towards balance by (largest class / this class) ^ balancePower, at most
   * maxPositiveWeight; `source` balances within each data set, so a set that is mostly offensive
   * (Davidson, 81%) cannot teach that ordinary words are offensive.
   */
  balance: 'global' | 'source';
  balancePower: number;
  /** Runs averaged per head, each with its own data order. */
  seeds: number;
  /** Weight of each identity-term sentence written for this project (scripts/identity-neutral.ts). */
  augmentWeight: number;
  /** Spam negatives: the quarter of OLID's ordinary tweets the loader marks, or every non-offensive row. */
  spamNegatives: 'quarter' | 'all';
  /** OLID's offensive rows teach the three-class head "offensive or hate" (no hate labels there). */
  partialLabels: boolean;
  /** Which features (src/model/features.ts): 1 first generation, 2 spelling keys, 3 also across word gaps. */
  featureVersion: number;
  /**
   * Obfuscation augmentation (scripts/obfuscate.ts): this share of the training rows with an
   * offensive, hate, threat or spam label gets a misspelt copy, and half that share of the others,
   * so misspelling alone does not read as abuse. 0 turns it off.
   */
  obfuscateShare: number;
  /**
   * Feature version 4: the pooled word vectors (mean and maximum, src/model/word-vectors.ts) are
   * multiplied by this while training, which sets how fast their weights move against the hashed
   * ones under AdaGrad; the stored weights have it folded in, so scoring uses the vectors as they are.
   */
  vectorScale: number;
  /** Feature version 4: the heads that get weights on the word vectors (`hate` also means `insult`); the rest none. */
  vectorHeads: readonly HeadName[];
  /**
   * Train on the third batch of our own sentences too (scripts/own-sentences.ts, THIRD_BATCH): measured
   * with feature version 5 and not adopted (ADR 0011), so off for the shipped model.
   */
  thirdBatch: boolean;
}

export const TRAINING: Readonly<TrainingSettings> = Object.freeze({
  dims: 1 << 18,
  epochs: 6,
  learningRate: 0.15,
  l2: 2e-6,
  seed: 20260521,
  maxPositiveWeight: 4,
  balance: 'source',
  balancePower: 0.5,
  partialLabels: true,
  spamNegatives: 'all',
  augmentWeight: 1,
  seeds: 1,
  featureVersion: FEATURE_VERSION,
  obfuscateShare: 0.25,
  vectorScale: 0.5,
  vectorHeads: HEAD_NAMES,
  thirdBatch: false,
});

/** A weight per row from its group key (class, or source and class), see TrainingSettings.balance. */
const balancedWeights = (keys: readonly string[], groupOf: (key: string) => string, settings: TrainingSettings) => {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const largest = new Map<string, number>();
  for (const [k, n] of counts) largest.set(groupOf(k), Math.max(largest.get(groupOf(k)) ?? 0, n));
  return keys.map(
    (k) =>
      Math.min(
        settings.maxPositiveWeight,
        ((largest.get(groupOf(k)) as number) / (counts.get(k) as number)) ** settings.balancePower,
      ) * (k.startsWith('augment|') ? settings.augmentWeight : 1),
  );
};
const rowKey = (e: Example, cls: string | number, settings: TrainingSettings) =>
  settings.balance === 'source' || e.source === 'augment' ? `${e.source}|${cls}` : `all|${cls}`;
const groupOfKey = (key: string) => key.slice(0, key.indexOf('|'));

export interface Prepared {
  example: Example;
  features: Int32Array;
  /** Feature version 4: the pooled word vectors, unscaled. */
  dense?: Float32Array;
}

const featuresOf = (
  example: Example,
  text: string,
  settings: Readonly<TrainingSettings>,
  vectors: WordVectors | undefined,
): Prepared => {
  const tokens = modelTokens(normaliseText(text).tokens);
  const features = extractFeatures(tokens, settings.dims, settings.featureVersion);
  return vectors ? { example, features, dense: pooledVectors(vectors, tokens) } : { example, features };
};

/** The vector table a setting needs: required from feature version 4, ignored before. */
const vectorsFor = (settings: Readonly<TrainingSettings>, vectors: WordVectors | undefined) => {
  if (!usesWordVectors(settings.featureVersion)) return undefined;
  if (!vectors) throw new Error(`feature version ${settings.featureVersion} needs word vectors`);
  return vectors;
};

const OBFUSCATE_SEED_STEP = 104729;
const isFlagged = (e: Example) =>
  e.labels.offensive === 1 || e.labels.hate === 1 || e.labels.threat === 1 || e.labels.spam === 1;

/**
 * Features of every example, plus (training rows only) misspelt copies made by the seeded
 * obfuscator; a copy keeps its example's labels, split and source, and never reaches validation.
 */
export const prepare = (
  allExamples: readonly Example[],
  settings: Readonly<TrainingSettings> = TRAINING,
  wordVectors?: WordVectors,
): Prepared[] => {
  const examples = settings.thirdBatch
    ? allExamples
    : allExamples.filter((e) => !(e.source === 'own' && e.id.startsWith(THIRD_BATCH)));
  const vectors = vectorsFor(settings, wordVectors);
  const out: Prepared[] = examples.map((example) => featuresOf(example, example.text, settings, vectors));
  if (settings.obfuscateShare <= 0) return out;
  const random = seededRandom(settings.seed + OBFUSCATE_SEED_STEP);
  for (const example of examples) {
    if (example.split !== 'train') continue;
    const share = isFlagged(example) ? settings.obfuscateShare : settings.obfuscateShare / 2;
    if (random() >= share) continue;
    const text = obfuscate(example.text, random);
    out.push(featuresOf({ ...example, id: `${example.id}~`, text }, text, settings, vectors));
  }
  return out;
};

const mulberry32 = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** AdaGrad state of one weight vector. */
interface Learner {
  w: Float64Array;
  g2: Float64Array;
  bias: number;
  biasG2: number;
  /** Weights of the dense features (feature version 4), empty before. */
  v: Float64Array;
  vg2: Float64Array;
}
const learner = (dims: number, denseInputs = 0): Learner => ({
  w: new Float64Array(dims),
  g2: new Float64Array(dims).fill(1e-6),
  bias: 0,
  biasG2: 1e-6,
  v: new Float64Array(denseInputs),
  vg2: new Float64Array(denseInputs).fill(1e-6),
});

const dot = (l: Learner, row: Prepared, scale: number, settings: TrainingSettings): number => {
  let z = l.bias;
  const w = l.w;
  const f = row.features;
  for (let i = 0; i < f.length; i++) {
    const v = f[i] as number;
    z += (v > 0 ? (w[v - 1] as number) : -(w[-v - 1] as number)) * scale;
  }
  const dense = row.dense;
  if (dense && l.v.length > 0) {
    let d = 0;
    for (let i = 0; i < dense.length; i++) d += (l.v[i] as number) * (dense[i] as number);
    z += d * settings.vectorScale;
  }
  return z;
};

/** One AdaGrad step for the loss gradient `g` with respect to the logit, plus L2. */
const step = (l: Learner, row: Prepared, scale: number, g: number, settings: TrainingSettings): void => {
  l.biasG2 += g * g;
  l.bias -= (settings.learningRate * g) / Math.sqrt(l.biasG2);
  const dense = row.dense;
  if (dense && l.v.length > 0) {
    const { v, vg2 } = l;
    for (let i = 0; i < dense.length; i++) {
      const grad = g * (dense[i] as number) * settings.vectorScale + settings.l2 * (v[i] as number);
      vg2[i] = (vg2[i] as number) + grad * grad;
      v[i] = (v[i] as number) - (settings.learningRate * grad) / Math.sqrt(vg2[i] as number);
    }
  }
  const f = row.features;
  const { w, g2 } = l;
  for (let i = 0; i < f.length; i++) {
    const v = f[i] as number;
    const idx = v > 0 ? v - 1 : -v - 1;
    const grad = g * (v > 0 ? scale : -scale) + settings.l2 * (w[idx] as number);
    g2[idx] = (g2[idx] as number) + grad * grad;
    w[idx] = (w[idx] as number) - (settings.learningRate * grad) / Math.sqrt(g2[idx] as number);
  }
};

const shuffle = (order: number[], random: () => number): void => {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
};

const RUN_SEED_STEP = 7919;

/** The mean of several runs that differ only in data order (the first run keeps the base seed). */
const average = (runs: readonly Learner[]): Learner => {
  if (runs.length === 1) return runs[0] as Learner;
  const mean = learner((runs[0] as Learner).w.length, (runs[0] as Learner).v.length);
  for (const r of runs) {
    for (let i = 0; i < r.w.length; i++) mean.w[i] = (mean.w[i] as number) + (r.w[i] as number) / runs.length;
    for (let i = 0; i < r.v.length; i++) mean.v[i] = (mean.v[i] as number) + (r.v[i] as number) / runs.length;
    mean.bias += r.bias / runs.length;
  }
  return mean;
};

const toHead = (name: HeadName, l: Learner, settings: TrainingSettings): ModelHead => {
  const head: ModelHead = { name, bias: Math.fround(l.bias), operatingLogit: 0, weights: toHalfPrecision(l.w) };
  // The training scale folded in, so scoring multiplies the pooled vectors as they are.
  if (l.v.length > 0) head.dense = Float32Array.from(l.v, (x) => x * settings.vectorScale);
  return head;
};

const denseInputsOf = (rows: readonly Prepared[]) => rows.find((r) => r.dense)?.dense?.length ?? 0;

const trainHead = (name: HeadName, rows: readonly Prepared[], dims: number, settings: TrainingSettings): ModelHead => {
  const labelOf = (e: Example): number | undefined =>
    e.labels[name] ??
    (name === 'spam' && settings.spamNegatives === 'all' && e.labels.offensive === 0 ? 0 : undefined) ??
    // Ordinary and merely offensive rows are not threats; hateful rows of unknown kind are left out.
    (name === 'threat' && (e.labels.offensive === 0 || e.threeWay === 'offensive') ? 0 : undefined);
  const data = rows.filter((r) => labelOf(r.example) !== undefined);
  const weights = balancedWeights(
    data.map((r) => rowKey(r.example, labelOf(r.example) as number, settings)),
    groupOfKey,
    settings,
  );
  const runs: Learner[] = [];
  for (let run = 0; run < settings.seeds; run++) {
    const l = learner(dims, settings.vectorHeads.includes(name) ? denseInputsOf(data) : 0);
    const random = mulberry32(settings.seed + HEAD_NAMES.indexOf(name) + run * RUN_SEED_STEP);
    const order = data.map((_, i) => i);
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      shuffle(order, random);
      for (const k of order) {
        const row = data[k] as Prepared;
        const f = row.features;
        if (f.length === 0) continue;
        const scale = 1 / Math.sqrt(f.length);
        const y = labelOf(row.example) as number;
        const p = 1 / (1 + Math.exp(-dot(l, row, scale, settings)));
        step(l, row, scale, (p - y) * (weights[k] as number), settings);
      }
    }
    runs.push(l);
  }
  return toHead(name, average(runs), settings);
};

/**
 * What the three-class head learns from a row: a class (HateXplain, Davidson), "normal" (OLID
 * not offensive, YouTube), or "offensive or hate, not known which" (OLID offensive).
 */
type ThreeClassTarget = 0 | 1 | 2 | 'toxic' | 'not-hate';
const threeClassTarget = (e: Example, settings: TrainingSettings): ThreeClassTarget | undefined => {
  if (e.threeWay) return e.threeWay === 'normal' ? 0 : e.threeWay === 'offensive' ? 1 : 2;
  if (e.labels.offensive === 0) return 0;
  if (e.labels.offensive === 1 && settings.partialLabels) return 'toxic';
  // Implicit Hate's "not hate": normal or offensive, not known which.
  if (e.labels.hate === 0 && settings.partialLabels) return 'not-hate';
  return undefined;
};

/**
 * The softmax head over normal / offensive / hate, with `normal` as the reference class (logit
 * 0), so two weight vectors: `insult` and `hate`. Classes are weighted towards balance by the
 * square root of their rarity (at most maxPositiveWeight). Rows known only to be offensive or
 * hate are trained on the probability of the two together.
 */
const trainThreeClass = (rows: readonly Prepared[], dims: number, settings: TrainingSettings): ModelHead[] => {
  const data: { row: Prepared; target: ThreeClassTarget }[] = [];
  for (const row of rows) {
    const target = threeClassTarget(row.example, settings);
    if (target !== undefined) data.push({ row, target });
  }
  const weights = balancedWeights(
    data.map((d) => rowKey(d.row.example, d.target, settings)),
    groupOfKey,
    settings,
  );
  const insults: Learner[] = [];
  const hates: Learner[] = [];
  for (let run = 0; run < settings.seeds; run++) {
    const inputs = settings.vectorHeads.includes('hate') ? denseInputsOf(rows) : 0;
    const insult = learner(dims, inputs);
    const hate = learner(dims, inputs);
    const random = mulberry32(settings.seed + HEAD_NAMES.indexOf('hate') + run * RUN_SEED_STEP);
    const order = data.map((_, i) => i);
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      shuffle(order, random);
      for (const k of order) {
        const { row, target } = data[k] as { row: Prepared; target: ThreeClassTarget };
        const f = row.features;
        if (f.length === 0) continue;
        const scale = 1 / Math.sqrt(f.length);
        const zi = dot(insult, row, scale, settings);
        const zh = dot(hate, row, scale, settings);
        const m = Math.max(0, zi, zh);
        const en = Math.exp(-m);
        const ei = Math.exp(zi - m);
        const eh = Math.exp(zh - m);
        const total = en + ei + eh;
        const pi = ei / total;
        const ph = eh / total;
        let qi: number;
        let qh: number;
        const weight = weights[k] as number;
        if (target === 'toxic') {
          qi = pi / (pi + ph);
          qh = ph / (pi + ph);
        } else if (target === 'not-hate') {
          qi = pi / (1 - ph);
          qh = 0;
        } else {
          qi = target === 1 ? 1 : 0;
          qh = target === 2 ? 1 : 0;
        }
        step(insult, row, scale, (pi - qi) * weight, settings);
        step(hate, row, scale, (ph - qh) * weight, settings);
      }
    }
    insults.push(insult);
    hates.push(hate);
  }
  return [toHead('insult', average(insults), settings), toHead('hate', average(hates), settings)];
};

/**
 * The logit threshold with the best F1 on the tune rows, searched on a fixed grid. F1 is
 * averaged over sources, so the one with the most rows (Davidson, 80% offensive) does not set
 * the operating point for everyone. Both classes count (macro-F1), as in the published
 * benchmarks, except for spam where only catching spam matters.
 */
const tuneOperatingLogit = (name: HeadName, model: ModelWeights, rows: readonly Prepared[]): number => {
  // Spam too counts both classes (second generation): with SpamAssassin's long e-mails among the
  // sources, F1 of spam alone chose a point that flagged ordinary school posts.
  const macro = true;
  const bySource = new Map<string, { z: number; y: boolean }[]>();
  for (const r of rows) {
    const y = labelOf(name, r.example);
    if (r.example.split !== 'tune' || y === undefined) continue;
    const list = bySource.get(r.example.source) ?? [];
    list.push({ z: modelLogits(model, r.features, r.dense)[name] as number, y: y === 1 });
    bySource.set(r.example.source, list);
  }
  const f1At = (scored: { z: number; y: boolean }[], t: number) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of scored) {
      if (s.z >= t && s.y) tp++;
      else if (s.z >= t) fp++;
      else if (s.y) fn++;
    }
    const tn = scored.length - tp - fp - fn;
    const f1Positive = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    const f1Negative = tn === 0 ? 0 : (2 * tn) / (2 * tn + fp + fn);
    return macro ? (f1Positive + f1Negative) / 2 : f1Positive;
  };
  const sources = [...bySource.values()].filter((list) => list.some((s) => s.y));
  let best = { f1: -1, t: 0 };
  for (let step = -40; step <= 40; step++) {
    const t = step / 10;
    const f1 = sources.reduce((sum, list) => sum + f1At(list, t), 0) / Math.max(1, sources.length);
    if (f1 > best.f1 + 1e-9) best = { f1, t };
  }
  return best.t;
};

/** The answer a validation row gives for a head: `insult` means offensive but not hate. */
const labelOf = (name: HeadName, e: Example): 0 | 1 | undefined =>
  name === 'insult' ? (e.threeWay === undefined ? undefined : e.threeWay === 'offensive' ? 1 : 0) : e.labels[name];

export const trainModel = (
  rows: readonly Prepared[],
  log: (line: string) => void = () => {},
  settings: Readonly<TrainingSettings> = TRAINING,
  wordVectors?: WordVectors,
): ModelWeights => {
  const vectors = vectorsFor(settings, wordVectors);
  if (vectors && denseInputsOf(rows) !== vectorFeatureCount(vectors))
    throw new Error('rows were prepared without these word vectors');
  const dims = settings.dims;
  const training = rows.filter((r) => r.example.split === 'train');
  const heads: ModelHead[] = [];
  for (const name of HEAD_NAMES) {
    if (name === 'insult') continue;
    const started = Date.now();
    if (name === 'hate') heads.push(...trainThreeClass(training, dims, settings));
    else heads.push(trainHead(name, training, dims, settings));
    log(`  head ${name}${name === 'hate' ? ' and insult' : ''}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  heads.sort((a, b) => HEAD_NAMES.indexOf(a.name) - HEAD_NAMES.indexOf(b.name));
  const model: ModelWeights = { featureVersion: settings.featureVersion, dims, heads };
  if (vectors) model.vectors = vectors;
  // Operating points after all heads exist: the hate question needs both softmax vectors.
  for (const head of heads) {
    head.operatingLogit = tuneOperatingLogit(head.name, model, rows);
    log(`  operating logit ${head.name}: ${head.operatingLogit}`);
  }
  return model;
};
