import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAD_NAMES } from '../model/linear-model.ts';
import { FEATURE_VERSION } from '../model/features.ts';
import { encodeWeights } from '../model/weights-codec.ts';
import { DEFAULT_MODEL_PATH, MODEL_MANIFEST_PATH, loadDefaultModel } from './load-model.ts';

describe('the committed model', () => {
  const manifest = JSON.parse(readFileSync(MODEL_MANIFEST_PATH, 'utf8')) as {
    sha256: string;
    dims: number;
    bytes: number;
  };

  it('is the file the manifest records', () => {
    expect(createHash('sha256').update(readFileSync(DEFAULT_MODEL_PATH)).digest('hex')).toBe(manifest.sha256);
    expect(statSync(DEFAULT_MODEL_PATH).size).toBe(manifest.bytes);
    expect(manifest.bytes).toBeLessThan(20 * 1024 * 1024);
  });

  it('loads with every head and the current feature version', () => {
    const model = loadDefaultModel();
    expect(model.dims).toBe(manifest.dims);
    expect(model.featureVersion).toBe(FEATURE_VERSION);
    expect(model.heads.map((h) => h.name)).toEqual([...HEAD_NAMES]);
  });

  it('refuses a model file of the previous feature version with a message that says what to do', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schoolgate-model-'));
    const file = path.join(dir, 'old.bin');
    const head = { name: 'spam' as const, bias: 0, operatingLogit: 0, weights: new Float32Array(16) };
    writeFileSync(file, encodeWeights({ featureVersion: FEATURE_VERSION - 1, dims: 16, heads: [head] }));
    expect(() => loadDefaultModel(file)).toThrow(
      new RegExp(`feature version ${FEATURE_VERSION - 1}; this classifier needs version ${FEATURE_VERSION}`),
    );
  });
});
