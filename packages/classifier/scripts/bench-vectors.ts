/**
 * `npm run bench:vectors -w @schoolgate/classifier`: what the word vectors (feature version 4) add
 * to the classifier's work, in-process on one thread: decoding their part of the model file,
 * building the spelling-key lookup, and per comment the pooling plus the dense part of the six
 * heads, against the whole `classify` of the same comments. Comments: the UK fixtures with a
 * varying suffix, as in `bench:classifier`. Prints process CPU time too, since the machine is shared.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { DEFAULT_MODEL_PATH } from '../src/cli/load-model.ts';
import { createClassifier } from '../src/index.ts';
import { denseFeatures, denseLogit } from '../src/model/linear-model.ts';
import { decodeWeights } from '../src/model/weights-codec.ts';
import { wordRow } from '../src/model/word-vectors.ts';
import { modelTokens } from '../src/phases/idioms.ts';
import { normaliseText } from '../src/phases/normalise.ts';
import { PACKAGE_ROOT } from './datasets.ts';
import path from 'node:path';

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 20_000);
const ROUNDS = 5;
const fixtures = readFileSync(path.join(PACKAGE_ROOT, 'test-fixtures', 'school-comments.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const texts = Array.from({ length: COMMENTS }, (_, i) => {
  const base = fixtures[i % fixtures.length] as string;
  return i % 7 === 0 ? `${base} ${fixtures[(i * 31) % fixtures.length]} #${i}` : `${base} #${i}`;
});
const tokens = texts.map((t) => modelTokens(normaliseText(t).tokens));

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
/** Median over ROUNDS of wall and CPU milliseconds of `work`. */
const time = (work: () => void) => {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = cpuNow();
    const t0 = performance.now();
    work();
    walls.push(performance.now() - t0);
    cpus.push(cpuNow() - c0);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { wall: median(walls), cpu: median(cpus) };
};

// BENCH_MODEL: another model file of feature version 4 (e.g. one trained with --variant).
const bytes = readFileSync(process.env.BENCH_MODEL ?? DEFAULT_MODEL_PATH);
const decode = time(() => decodeWeights(bytes));
const model = decodeWeights(bytes);
const vectors = model.vectors;
if (!vectors) throw new Error('the committed model has no word vectors');
const withoutVectors = { ...model, vectors: undefined };
const lookup = (() => {
  const c0 = cpuNow();
  const t0 = performance.now();
  wordRow(vectors, 'warm');
  return { wall: performance.now() - t0, cpu: cpuNow() - c0 };
})();

let sink = 0;
const added = time(() => {
  for (const t of tokens) {
    const dense = denseFeatures(model, t);
    for (const head of model.heads) sink += denseLogit(head, dense);
  }
});
const full = createClassifier({ model });
const bare = createClassifier({ model: withoutVectors });
const classify = time(() => {
  for (const text of texts) sink += full.classify(text).length;
});
const classifyBare = time(() => {
  for (const text of texts) sink += bare.classify(text).length;
});
const words = tokens.reduce((n, t) => n + t.length, 0);
const found = tokens.reduce((n, t) => n + t.filter((w) => wordRow(vectors, w) !== undefined).length, 0);
const us = (ms: number) => ((ms * 1000) / COMMENTS).toFixed(2);

console.log(`Word vectors: ${vectors.words.length} words x ${vectors.dims}, ${model.heads.length} heads`);
console.log(
  `Comments: ${COMMENTS}, ${(words / COMMENTS).toFixed(1)} words each, ${((100 * found) / words).toFixed(1)}% found in the table`,
);
console.log(
  `Load average at the start: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')}`,
);
console.log();
console.log('| work | wall | CPU |');
console.log('| --- | --- | --- |');
console.log(`| decode the whole model file (once) | ${decode.wall.toFixed(1)} ms | ${decode.cpu.toFixed(1)} ms |`);
console.log(
  `| build the word and spelling-key lookup (once, first comment) | ${lookup.wall.toFixed(1)} ms | ${lookup.cpu.toFixed(1)} ms |`,
);
console.log(`| per comment: pool the vectors and the heads' dense part | ${us(added.wall)} µs | ${us(added.cpu)} µs |`);
console.log(
  `| per comment: whole classify, with vectors (the model's scores count them twice: comment and group cap) | ${us(classify.wall)} µs | ${us(classify.cpu)} µs |`,
);
console.log(
  `| per comment: whole classify, the same model with the vectors ignored | ${us(classifyBare.wall)} µs | ${us(classifyBare.cpu)} µs |`,
);
if (sink === Number.MIN_VALUE) console.log('');
