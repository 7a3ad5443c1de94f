import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEAD_NAMES } from '../model/linear-model.ts';
import { FEATURE_VERSION } from '../model/features.ts';
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
    expect(manifest.bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('loads with every head and the current feature version', () => {
    const model = loadDefaultModel();
    expect(model.dims).toBe(manifest.dims);
    expect(model.featureVersion).toBe(FEATURE_VERSION);
    expect(model.heads.map((h) => h.name)).toEqual([...HEAD_NAMES]);
  });
});
