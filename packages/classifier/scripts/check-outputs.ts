/**
 * `npm run check:outputs -w @schoolgate/classifier [-- --write]`: guards speed work against
 * changing what the classifier answers. It classifies a fixed sample (both fixture files, every
 * validation row of the public sets in ../shared/datasets, Presidio's sentences, the benchmark's
 * comments) plainly and with `explain`, with a roster and a school domain, and compares a SHA-256
 * digest of every answer (labels, scores to the last digit, evidence) with the one stored in
 * test-fixtures/outputs-digest.json. `--write` stores a new digest: only after a deliberate,
 * tested change of behaviour (or new weights), saying why in the commit. The answers themselves
 * go to a temporary file, so two runs can be diffed line by line when the digests differ.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDefaultModel } from '../src/cli/load-model.ts';
import { createClassifier } from '../src/index.ts';
import { datasetsDir, loadAll, loadPresidio, PACKAGE_ROOT } from './datasets.ts';

const DIGEST_FILE = path.join(PACKAGE_ROOT, 'test-fixtures', 'outputs-digest.json');
const write = process.argv.includes('--write');

const fixtureTexts = (file: string) =>
  readFileSync(path.join(PACKAGE_ROOT, 'test-fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);

/** The benchmark's comments (scripts/bench.ts makes them the same way), the first 3,000. */
const benchTexts = (fixtures: string[]) =>
  Array.from({ length: 3000 }, (_, i) => {
    const base = fixtures[i % fixtures.length] as string;
    return i % 7 === 0 ? `${base} ${fixtures[(i * 31) % fixtures.length]} #${i}` : `${base} #${i}`;
  });

if (!existsSync(datasetsDir())) throw new Error(`the datasets are needed: ${datasetsDir()} is missing`);
const school = fixtureTexts('school-comments.jsonl');
const sets: Record<string, string[]> = {
  fixtures: [...school, ...fixtureTexts('functional-hate.jsonl')],
  validation: loadAll()
    .filter((e) => e.split !== 'train')
    .map((e) => e.text),
  presidio: loadPresidio().map((e) => e.text),
  bench: benchTexts(school),
};

const model = loadDefaultModel();
const classifiers = {
  plain: createClassifier({ model }),
  school: createClassifier({
    model,
    roster: [
      { name: 'Amelia Hughes', role: 'pupil' },
      { name: 'Mr Daniel Okoro', role: 'staff' },
    ],
    trustedDomains: ['stmarys.org.uk'],
  }),
};

const answers: string[] = [];
const digests: Record<string, string> = {};
for (const [name, texts] of Object.entries(sets)) {
  const hash = createHash('sha256');
  for (const text of texts) {
    const line = JSON.stringify([
      classifiers.plain.classify(text),
      classifiers.plain.classify(text, { explain: true }),
      classifiers.school.classify(text, { explain: true }),
    ]);
    hash.update(`${line}\n`);
    answers.push(line);
  }
  digests[name] = `${texts.length} ${hash.digest('hex')}`;
}
const answersFile = path.join(tmpdir(), `classifier-outputs-${Date.now()}.jsonl`);
writeFileSync(answersFile, `${answers.join('\n')}\n`);
console.log(`answers written to ${answersFile}`);

if (write) {
  writeFileSync(DIGEST_FILE, `${JSON.stringify(digests, null, 2)}\n`);
  console.log(`digest stored in ${DIGEST_FILE}:`, digests);
} else {
  const stored = JSON.parse(readFileSync(DIGEST_FILE, 'utf8')) as Record<string, string>;
  const differ = Object.keys(digests).filter((k) => stored[k] !== digests[k]);
  for (const k of Object.keys(digests)) console.log(`${k}: ${digests[k]} ${differ.includes(k) ? 'DIFFERS' : 'same'}`);
  if (differ.length > 0) {
    console.error(`outputs changed on: ${differ.join(', ')} (diff ${answersFile} against a run before the change)`);
    process.exitCode = 1;
  }
}
