/**
 * `npm run bench:classifier`: throughput of `schoolgate classify` as a whole process (start-up,
 * model load, JSON in and out) pinned to one core, its peak memory, and the p99 time per
 * comment measured in-process. Comments are synthetic school-page comments of mixed length,
 * so the figure does not depend on the datasets being present; BENCH_TEXTS=public uses the
 * public data sets' comments instead (needs ../shared/datasets).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { loadDefaultModel } from '../src/cli/load-model.ts';
import { createClassifier } from '../src/index.ts';
import { loadAll, PACKAGE_ROOT, REPO_ROOT } from './datasets.ts';

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 50_000);
const fixtures = readFileSync(path.join(PACKAGE_ROOT, 'test-fixtures', 'school-comments.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
// The fixtures with a changing suffix, some doubled in length. Their words and word pairs recur, as on one
// school's page, so the classifier's remembered word scores help; BENCH_TEXTS=public takes the comments
// from the public data sets instead (evenly across sources), varied text where they help much less.
const publicTexts = () => {
  const rows = loadAll().map((e) => e.text);
  return Array.from({ length: COMMENTS }, (_, i) => rows[Math.floor((i * rows.length) / COMMENTS)] as string);
};
const texts =
  process.env.BENCH_TEXTS === 'public'
    ? publicTexts()
    : Array.from({ length: COMMENTS }, (_, i) => {
        const base = fixtures[i % fixtures.length] as string;
        return i % 7 === 0 ? `${base} ${fixtures[(i * 31) % fixtures.length]} #${i}` : `${base} #${i}`;
      });
const dir = mkdtempSync(path.join(tmpdir(), 'classifier-bench-'));
const input = path.join(dir, 'comments.jsonl');
writeFileSync(input, texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n');

// Whole processes on one core, each run the same way: `schoolgate classify` as users start it
// (bin/schoolgate.mjs, compiled JavaScript after `npm run build`), the same through tsx (how it ran
// before), and obscenity's English matcher (the word-list reference). Runs alternate, RUNS times
// each, so a busy moment on the shared machine hits all of them alike; the median is reported.
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const bin = path.join(REPO_ROOT, 'bin', 'schoolgate.mjs');
// BENCH_BASELINE=<an earlier build's dist/cli/classify-command.js> adds that build, run the same way, so a change
// is measured back to back against the code before it (build the baseline in a worktree of the older commit;
// keep it inside this package, e.g. packages/classifier/base-dist/, so its model path resolves to model/).
const baseline = process.env.BENCH_BASELINE;
const runBuild =
  'const { runClassifyCommand } = await import(process.argv[1]); process.exitCode = await runClassifyCommand([], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });';
const commands: Record<string, string> = {
  classify: `node ${JSON.stringify(bin)} classify`,
  ...(baseline
    ? {
        'classify, baseline build': `node --input-type=module -e ${JSON.stringify(runBuild)} ${JSON.stringify(path.resolve(baseline))}`,
      }
    : {
        'classify through tsx': `node --import tsx ${JSON.stringify(path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts'))} classify`,
      }),
  'obscenity (word list)': `node ${JSON.stringify(path.join(PACKAGE_ROOT, 'scripts', 'bench-obscenity.mjs'))}`,
};
type Name = string;
interface Run {
  seconds: number;
  maxKb: number;
  cpu: number;
}
const timeOnce = (command: string): Run => {
  const script = `exec taskset -c 0 /usr/bin/time -f '%e %M %U %S' ${command} < ${JSON.stringify(input)} > /dev/null`;
  const run = spawnSync('sh', ['-c', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  const [seconds, maxKb, user, sys] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { seconds, maxKb, cpu: user + sys };
};
const build = spawnSync('npm', ['run', 'build', '-w', '@schoolgate/classifier'], { cwd: REPO_ROOT, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
const runs = new Map<Name, Run[]>(Object.keys(commands).map((k) => [k as Name, []]));
for (let r = 0; r < RUNS; r++)
  for (const [name, command] of Object.entries(commands)) runs.get(name as Name)?.push(timeOnce(command));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const summary = (name: Name) => {
  const list = runs.get(name) as Run[];
  return {
    seconds: median(list.map((x) => x.seconds)),
    cpu: median(list.map((x) => x.cpu)),
    maxKb: Math.max(...list.map((x) => x.maxKb)),
    all: list.map((x) => x.seconds.toFixed(2)).join(', '),
  };
};
const { seconds, maxKb, cpu } = summary('classify');
const wordList = summary('obscenity (word list)');
const before = baseline ? summary('classify, baseline build') : undefined;

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
for (const name of Object.keys(commands) as Name[]) {
  const x = summary(name);
  console.log(
    `${name}, whole process on one core (taskset -c 0), median of ${RUNS}: ${x.seconds.toFixed(2)} s (${x.all}), ${Math.round(COMMENTS / x.seconds)} comments/s; CPU ${x.cpu.toFixed(2)} s, ${Math.round(COMMENTS / x.cpu)} per CPU second; peak ${(x.maxKb / 1024).toFixed(0)} MiB`,
  );
}
console.log(
  `ratio classify / word list: ${(seconds / wordList.seconds).toFixed(2)} by wall time, ${(cpu / wordList.cpu).toFixed(2)} by CPU time (below 1: classify is faster)`,
);
if (before) console.log(`ratio classify / baseline build: ${(cpu / before.cpu).toFixed(2)} by CPU time`);
console.log(`peak memory (max RSS): ${(maxKb / 1024).toFixed(0)} MiB`);
console.log(
  `per comment in-process: p50 ${at(0.5).toFixed(0)} µs, p99 ${at(0.99).toFixed(0)} µs, max ${at(1).toFixed(0)} µs`,
);
