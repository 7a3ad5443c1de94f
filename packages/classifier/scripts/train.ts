/**
 * `npm run train:classifier`: trains the model heads from ../shared/datasets and writes
 * model/classifier-weights.bin and model/manifest.json. `-- --check` trains again and compares
 * with the committed files instead of writing: identical bytes, or every weight within
 * CHECK_TOLERANCE (Math.exp may differ in its last bit between Node versions).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_MODEL_PATH, MODEL_MANIFEST_PATH } from '../src/cli/load-model.ts';
import { decodeWeights, encodeWeights } from '../src/model/weights-codec.ts';
import { datasetsDir, loadAll } from './datasets.ts';
import { prepare, trainModel, TRAINING } from './train-core.ts';
import { usesWordVectors } from '../src/model/weights-codec.ts';
import { buildWordVectors, GLOVE_PACKAGE, GLOVE_VERSION } from './word-vectors.ts';

export const CHECK_TOLERANCE = 1e-4;
// Through the root script (`npm run train:classifier -- --check`) npm passes the flag on as npm_config_check.
const check = process.argv.includes('--check') || process.env.npm_config_check === 'true';
const started = Date.now();
const log = (line: string) => console.log(line);

log(`Reading ${datasetsDir()}`);
const examples = loadAll();
const bySplit: Record<string, number> = {};
for (const e of examples) bySplit[`${e.source}/${e.split}`] = (bySplit[`${e.source}/${e.split}`] ?? 0) + 1;
log(`  ${examples.length} examples: ${JSON.stringify(bySplit)}`);
const vectors = usesWordVectors(TRAINING.featureVersion) ? buildWordVectors(examples, log) : undefined;
const rows = prepare(examples, TRAINING, vectors);
log(`  features ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const model = trainModel(rows, log, TRAINING, vectors);
const bytes = encodeWeights(model);
const sha256 = createHash('sha256').update(bytes).digest('hex');
log(`Trained in ${((Date.now() - started) / 1000).toFixed(1)} s; ${bytes.byteLength} bytes, sha256 ${sha256}`);

if (check) {
  const committed = decodeWeights(readFileSync(DEFAULT_MODEL_PATH));
  const committedSha = createHash('sha256').update(readFileSync(DEFAULT_MODEL_PATH)).digest('hex');
  if (committedSha === sha256) {
    log('Check: identical to the committed model, bit for bit.');
  } else {
    let worst = 0;
    for (const [h, head] of model.heads.entries()) {
      const other = committed.heads[h];
      if (!other || other.name !== head.name) throw new Error(`head ${head.name} missing from the committed model`);
      worst = Math.max(worst, Math.abs(head.bias - other.bias), Math.abs(head.operatingLogit - other.operatingLogit));
      for (let i = 0; i < model.dims; i++)
        worst = Math.max(worst, Math.abs((head.weights[i] as number) - (other.weights[i] as number)));
      for (let i = 0; i < (head.dense?.length ?? 0); i++)
        worst = Math.max(worst, Math.abs((head.dense?.[i] as number) - (other.dense?.[i] ?? Infinity)));
    }
    if (vectors && committed.vectors?.data.join() !== vectors.data.join()) worst = Infinity;
    const ok = worst <= CHECK_TOLERANCE;
    log(
      `Check: bytes differ; largest difference ${worst.toExponential(2)} (tolerance ${CHECK_TOLERANCE}): ${ok ? 'within tolerance' : 'FAILED'}`,
    );
    process.exitCode = ok ? 0 : 1;
  }
} else {
  writeFileSync(DEFAULT_MODEL_PATH, bytes);
  const manifest = {
    file: 'classifier-weights.bin',
    sha256,
    bytes: bytes.byteLength,
    featureVersion: model.featureVersion,
    dims: model.dims,
    heads: model.heads.map((h) => ({ name: h.name, bias: h.bias, operatingLogit: h.operatingLogit })),
    training: TRAINING,
    ...(vectors
      ? {
          wordVectors: {
            from: `${GLOVE_PACKAGE}@${GLOVE_VERSION} (GloVe 6B 100-d; PDDL 1.0, package MIT)`,
            words: vectors.words.length,
            dims: vectors.dims,
            storage: 'int8 with a float32 scale per word',
          },
        }
      : {}),
    examples: bySplit,
    trainedWith: `node ${process.version}`,
  };
  writeFileSync(MODEL_MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  log(`Wrote ${DEFAULT_MODEL_PATH} and ${MODEL_MANIFEST_PATH}`);
}
