/**
 * Loads the committed weights from packages/classifier/model/. The only file access of the
 * classifier, kept here so the core stays pure; exported as `@schoolgate/classifier/node`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClassifier, type Classifier, type ClassifierOptions } from '../index.ts';
import type { ModelWeights } from '../model/linear-model.ts';
import { decodeWeights } from '../model/weights-codec.ts';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../model/classifier-weights.bin', import.meta.url));
export const MODEL_MANIFEST_PATH = fileURLToPath(new URL('../../model/manifest.json', import.meta.url));

let cached: ModelWeights | undefined;

/** Reads and decodes the shipped model once per process. */
export const loadDefaultModel = (path: string = DEFAULT_MODEL_PATH): ModelWeights => {
  if (path !== DEFAULT_MODEL_PATH) return decodeWeights(readFileSync(path));
  cached ??= decodeWeights(readFileSync(path));
  return cached;
};

/** A classifier with the shipped model; what the moderation pipeline should use. */
export const createDefaultClassifier = (options: Omit<ClassifierOptions, 'model'> = {}): Classifier =>
  createClassifier({ ...options, model: loadDefaultModel() });

export { createClassifier };
