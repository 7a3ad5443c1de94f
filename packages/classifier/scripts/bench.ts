/**
 * `npm run bench:classifier`: throughput of `schoolgate classify` as a whole process (start-up,
 * model load, JSON in and out) pinned to one core, its peak memory, and the p99 time per
 * comment measured in-process. Comments are synthetic school-page comments of mixed length,
 * so the figure does not depend on the datasets being present.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { loadDefaultModel } from '../src/cli/load-model.ts';
import { createClassifier } from '../src/index.ts';
import { PACKAGE_ROOT, REPO_ROOT } from './datasets.ts';

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 50_000);
const fixtures = readFileSync(path.join(PACKAGE_ROOT, 'test-fixtures', 'school-comments.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
// Vary the texts so no cache can help: fixtures with a changing suffix, some doubled in length.
const texts = Array.from({ length: COMMENTS }, (_, i) => {
  const base = fixtures[i % fixtures.length] as string;
  return i % 7 === 0 ? `${base} ${fixtures[(i * 31) % fixtures.length]} #${i}` : `${base} #${i}`;
});
const dir = mkdtempSync(path.join(tmpdir(), 'classifier-bench-'));
const input = path.join(dir, 'comments.jsonl');
writeFileSync(input, texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n');

const main = path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts');
const script = `exec taskset -c 0 /usr/bin/time -f '%e %M %U %S' node --import tsx ${JSON.stringify(main)} classify < ${JSON.stringify(input)} > /dev/null`;
const run = spawnSync('sh', ['-c', script], { cwd: REPO_ROOT, encoding: 'utf8' });
if (run.status !== 0) throw new Error(`classify failed: ${run.stderr}`);
const [seconds, maxKb, user, sys] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) as [
  number,
  number,
  number,
  number,
];

const classifier = createClassifier({ model: loadDefaultModel() });
const times: number[] = [];
for (const text of texts.slice(0, 20_000)) {
  const t0 = process.hrtime.bigint();
  classifier.classify(text);
  times.push(Number(process.hrtime.bigint() - t0) / 1e3);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;

console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`);
console.log(
  `comments: ${COMMENTS}, mean length ${Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length)} chars`,
);
console.log(
  `whole process on one core (taskset -c 0): ${seconds.toFixed(2)} s, ${Math.round(COMMENTS / seconds)} comments/s`,
);
// On a shared machine the wall time includes waiting for the core; CPU time does not.
console.log(
  `CPU time of that process (user + sys): ${(user + sys).toFixed(2)} s, ${Math.round(COMMENTS / (user + sys))} comments per CPU second`,
);
console.log(`peak memory (max RSS): ${(maxKb / 1024).toFixed(0)} MiB`);
console.log(
  `per comment in-process: p50 ${at(0.5).toFixed(0)} µs, p99 ${at(0.99).toFixed(0)} µs, max ${at(1).toFixed(0)} µs`,
);
