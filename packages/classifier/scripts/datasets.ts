/**
 * Reads the public labelled data in ../shared/datasets (see its README) into one example
 * shape, and splits it the same way on every run: a seeded hash of source and id picks the
 * validation rows, HateXplain uses its official validation split, and YouTube spam holds out
 * a whole video. Validation is halved again: `tune` picks operating points, `report` gives the
 * numbers in MODEL_CARD.md, so reported figures never saw any fitting.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/cli/roster-csv.ts';
import type { HeadName } from '../src/model/linear-model.ts';
import { identityNeutralExamples } from './identity-neutral.ts';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(PACKAGE_ROOT, '../..');
export const datasetsDir = (): string =>
  process.env.SCHOOLGATE_DATASETS_DIR ?? path.resolve(REPO_ROOT, '../shared/datasets');

export type Source = 'olid' | 'davidson' | 'hatexplain' | 'youtube' | 'augment';
export type Split = 'train' | 'tune' | 'report';
export type ThreeWay = 'hate' | 'offensive' | 'normal';

export interface Example {
  source: Source;
  id: string;
  text: string;
  split: Split;
  labels: Partial<Record<HeadName, 0 | 1>>;
  threeWay?: ThreeWay;
}

const hash01 = (key: string): number => {
  let h = 0x9747b28c;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 2 ** 32;
};

const VALIDATION_SHARE = 0.12;
const splitFor = (source: Source, id: string): Split => {
  const u = hash01(`${source}:${id}`);
  if (u >= VALIDATION_SHARE) return 'train';
  return hash01(`half:${source}:${id}`) < 0.5 ? 'tune' : 'report';
};
const halve = (source: Source, id: string): Split => (hash01(`half:${source}:${id}`) < 0.5 ? 'tune' : 'report');

const read = (...parts: string[]) => {
  const file = path.join(datasetsDir(), ...parts);
  if (!existsSync(file)) throw new Error(`dataset file missing: ${file} (set SCHOOLGATE_DATASETS_DIR)`);
  return readFileSync(file, 'utf8');
};

const loadOlid = (): Example[] =>
  read('olid', 'olid-training-v1.0.tsv')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim().length > 0)
    .map((line) => {
      const [id = '', text = '', a, b] = line.split('\t');
      const off = a === 'OFF' ? 1 : 0;
      // Not offensive implies not hateful; an offensive tweet may or may not be hate, so no hate label.
      const labels: Example['labels'] = off
        ? { offensive: 1, targeted: b === 'TIN' ? 1 : 0 }
        : { offensive: 0, hate: 0 };
      // A quarter of the ordinary tweets teach the spam head that chat with a link is not spam.
      if (!off && hash01(`spam-negative:${id}`) < 0.25) labels.spam = 0;
      // OLID writes every link as the word "URL"; give the normaliser a link, so the model sees its link
      // placeholder there and never for the plain word "url".
      const withLinks = text.replace(/\bURL\b/g, 'http://link');
      return { source: 'olid' as const, id, text: withLinks, split: splitFor('olid', id), labels };
    });

const loadDavidson = (): Example[] =>
  parseCsv(read('davidson', 'labeled_data.csv'))
    .slice(1)
    .map((row) => {
      const id = row[0] ?? '';
      const cls = row[5];
      const text = row[6] ?? '';
      const threeWay: ThreeWay = cls === '0' ? 'hate' : cls === '1' ? 'offensive' : 'normal';
      return {
        source: 'davidson' as const,
        id,
        text,
        split: splitFor('davidson', id),
        labels: { offensive: threeWay === 'normal' ? 0 : 1, hate: threeWay === 'hate' ? 1 : 0 },
        threeWay,
      };
    });

const loadHateXplain = (): Example[] => {
  const divisions = JSON.parse(read('hatexplain', 'post_id_divisions_train_val.json')) as Record<string, string[]>;
  const validation = new Set(divisions.val ?? []);
  return parseCsv(read('hatexplain', 'hatexplain-train-val.csv'))
    .slice(1)
    .filter((row) => row[3] === '0' || row[3] === '1' || row[3] === '2')
    .map((row) => {
      const id = row[0] ?? '';
      const threeWay: ThreeWay = row[3] === '1' ? 'hate' : row[3] === '2' ? 'offensive' : 'normal';
      return {
        source: 'hatexplain' as const,
        id,
        text: row[1] ?? '',
        split: validation.has(id) ? halve('hatexplain', id) : 'train',
        labels: { offensive: threeWay === 'normal' ? 0 : 1, hate: threeWay === 'hate' ? 1 : 0 },
        threeWay,
      };
    });
};

/** Three videos: Psy and Katy Perry train, LMFAO is held out whole; duplicates are dropped. */
const loadYoutube = (): Example[] => {
  const files = [
    ['Youtube01-9bZkp7q19f0-Psy.csv', 'train'],
    ['Youtube04-CevxZvSJLk8-KatyPerry.csv', 'train'],
    ['Youtube07-KQ6zr6kCPj8-LMFAO.csv', 'held-out'],
  ] as const;
  const seen = new Set<string>();
  const out: Example[] = [];
  // Held-out video first, so a comment pasted under several videos stays out of training.
  for (const [file, role] of [...files].reverse()) {
    for (const row of parseCsv(read('youtube-spam', file)).slice(1)) {
      const text = (row[3] ?? '').replace(/\ufeff/g, '');
      const key = text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
      if (key.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const id = row[0] ?? '';
      const spam = row[4] === '1' ? 1 : 0;
      out.push({
        source: 'youtube',
        id,
        text,
        split: role === 'train' ? 'train' : halve('youtube', id),
        labels: { spam, offensive: 0, hate: 0 },
      });
    }
  }
  return out;
};

/** The public sets, plus the identity-term sentences written for this project (training only). */
export const loadAll = (): Example[] => [
  ...loadOlid(),
  ...loadDavidson(),
  ...loadHateXplain(),
  ...loadYoutube(),
  ...identityNeutralExamples(),
];

/** Presidio's synthetic sentences, for the personal-data rules only (never trained on). */
export interface PiiExample {
  text: string;
  kinds: Set<string>;
}
export const loadPresidio = (): PiiExample[] =>
  (
    JSON.parse(read('presidio-pii', 'synth_dataset_v2.json')) as {
      full_text: string;
      spans: { entity_type: string }[];
    }[]
  ).map((row) => ({ text: row.full_text, kinds: new Set(row.spans.map((s) => s.entity_type)) }));
