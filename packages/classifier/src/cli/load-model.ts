/**
 * Loads the committed weights from packages/classifier/model/. The only file access of the
 * classifier, kept here so the core stays pure; exported as `@schoolgate/classifier/node`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClassifier, type Classifier, type ClassifierOptions } from '../index.ts';
import { FEATURE_VERSION } from '../model/features.ts';
import type { ModelWeights } from '../model/linear-model.ts';
import { decodeWeights } from '../model/weights-codec.ts';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../model/classifier-weights.bin', import.meta.url));
export const MODEL_MANIFEST_PATH = fileURLToPath(new URL('../../model/manifest.json', import.meta.url));

let cached: ModelWeights | undefined;

/**
 * The model file, refused unless it has this code's feature version: an older file (say, feature
 * version 3, from before the word vectors) would still score, but without what the rules and
 * thresholds of this version were tuned with, so a stale file left beside newer code fails loudly.
 * (`decodeWeights` itself reads every version, for evaluating an older model on purpose.)
 */
const readCurrent = (path: string): ModelWeights => {
  const model = decodeWeights(readFileSync(path));
  if (model.featureVersion !== FEATURE_VERSION)
    throw new Error(
      `${path} is a model of feature version ${model.featureVersion}; this classifier needs version ${FEATURE_VERSION}. ` +
        'Use the model file committed with this code, or retrain with `npm run train:classifier`.',
    );
  return model;
};

/** Reads and decodes the shipped model once per process. */
export const loadDefaultModel = (path: string = DEFAULT_MODEL_PATH): ModelWeights => {
  if (path !== DEFAULT_MODEL_PATH) return readCurrent(path);
  cached ??= readCurrent(path);
  return cached;
};

/** A classifier with the shipped model; what the moderation pipeline should use. */
export const createDefaultClassifier = (options: Omit<ClassifierOptions, 'model'> = {}): Classifier =>
  createClassifier({ ...options, model: loadDefaultModel() });

export { createClassifier };
