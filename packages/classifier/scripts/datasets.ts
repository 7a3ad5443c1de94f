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
import { ownSentenceExamples } from './own-sentences.ts';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(PACKAGE_ROOT, '../..');
/** SCHOOLGATE_DATASETS_DIR, else `shared/datasets` beside the checkout (or beside its parent, for a worktree). */
export const datasetsDir = (): string =>
  process.env.SCHOOLGATE_DATASETS_DIR ??
  [path.resolve(REPO_ROOT, '../shared/datasets'), path.resolve(REPO_ROOT, '../../shared/datasets')].find((dir) =>
    existsSync(dir),
  ) ??
  path.resolve(REPO_ROOT, '../shared/datasets');

export type Source =
  'olid' | 'davidson' | 'hatexplain' | 'youtube' | 'implicit' | 'gab' | 'toxigen' | 'spamassassin' | 'own' | 'augment';
export type Split = 'train' | 'tune' | 'report';
export type ThreeWay = 'hate' | 'offensive' | 'normal';

export interface Example {
  source: Source;
  id: string;
  text: string;
  split: Split;
  labels: Partial<Record<HeadName, 0 | 1>>;
  threeWay?: ThreeWay;
  /** The attacked group where the source names it (ToxiGen, Implicit Hate stage 3), as written there. */
  group?: string;
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

/** A tab-separated cell as the Implicit Hate and Gab files write it: quoted with doubled quotes, odd leftovers. */
const tsvCell = (cell: string): string => {
  let t = cell.trim();
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) t = t.slice(1, -1);
  return t
    .replace(/""/g, '"')
    .replace(/(?:^|\s)"+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
};
const tsvRows = (...parts: string[]): string[][] =>
  read(...parts)
    .split('\n')
    .slice(1)
    .filter((l) => l.trim().length > 0)
    .map((l) => l.split('\t'));

/**
 * Implicit Hate Corpus stage 1 (implicit and explicit hate against not hate), with the stage 2
 * class "threatening" as a threat and the stage 3 target group joined on the same text (the later
 * stages are subsets of stage 1, so each post is counted once). "not_hate" says nothing about
 * offensiveness: those rows teach the three-class head "normal or offensive, not hate".
 */
const loadImplicitHate = (): Example[] => {
  // Stage 2 says which implicit hate threatens and which does not (stereotypes, grievance, irony...).
  const threatening = new Map<string, 0 | 1>();
  for (const [post = '', cls = '', extra = ''] of tsvRows('implicit-hate', 'implicit_hate_v1_stg2_posts.tsv'))
    threatening.set(tsvCell(post), cls.trim() === 'threatening' || extra.trim() === 'threatening' ? 1 : 0);
  const targets = new Map<string, string>();
  for (const [post = '', target = ''] of tsvRows('implicit-hate', 'implicit_hate_v1_stg3_posts.tsv'))
    if (target.trim()) targets.set(tsvCell(post), target.trim().toLowerCase());
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const [post = '', cls = ''] of tsvRows('implicit-hate', 'implicit_hate_v1_stg1_posts.tsv')) {
    const text = tsvCell(post);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const id = String(out.length);
    const hateful = cls.trim() === 'implicit_hate' || cls.trim() === 'explicit_hate';
    const example: Example = {
      source: 'implicit',
      id,
      text,
      split: splitFor('implicit', id),
      // Implicit hate is mostly polite in form: hate, but no offensive-language label either way.
      labels: hateful ? { hate: 1 } : { hate: 0 },
    };
    if (hateful) example.threeWay = 'hate';
    const threat = threatening.get(text);
    if (threat !== undefined) example.labels.threat = threat;
    else if (!hateful) example.labels.threat = 0;
    const group = targets.get(text);
    if (group) example.group = group;
    out.push(example);
  }
  return out;
};

/**
 * Gab Hate Corpus (both files are training data here; split by a seeded hash like the others):
 * hate when `hd` (assault on dignity) or `cv` (call for violence), offensive when only `vo`,
 * normal otherwise; `cv` is also a threat.
 */
const loadGab = (): Example[] => {
  const out: Example[] = [];
  const seen = new Set<string>();
  for (const file of ['ghc_train.tsv', 'ghc_test.tsv']) {
    for (const [raw = '', hd, cv, vo] of tsvRows('gab-hate', file)) {
      const text = tsvCell(raw);
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const id = String(out.length);
      const hate = hd === '1' || cv === '1';
      const threeWay: ThreeWay = hate ? 'hate' : vo === '1' ? 'offensive' : 'normal';
      out.push({
        source: 'gab',
        id,
        text,
        split: splitFor('gab', id),
        labels: {
          offensive: threeWay === 'normal' ? 0 : 1,
          hate: hate ? 1 : 0,
          threat: cv === '1' ? 1 : 0,
        },
        threeWay,
      });
    }
  }
  return out;
};

/** ToxiGen's human-written seed sentences (the de-duplicated CSV), hateful or neutral, about 16 groups. */
const loadToxigen = (): Example[] =>
  parseCsv(read('toxigen-prompts', 'toxigen-prompts-unique.csv'))
    .slice(1)
    .filter((row) => row[0] && (row[1] === 'hate' || row[1] === 'neutral'))
    .map((row, i) => {
      const id = String(i);
      const hate = row[1] === 'hate';
      const example: Example = {
        source: 'toxigen',
        id,
        text: row[0] as string,
        split: splitFor('toxigen', id),
        labels: hate ? { hate: 1 } : { offensive: 0, hate: 0, threat: 0 },
        threeWay: hate ? 'hate' : 'normal',
      };
      if (row[2]) example.group = (row[2] as string).split(';')[0] as string;
      return example;
    });

/** The first part of an e-mail as a comment would show it: the subject and the opening of the body. */
export const EMAIL_CHARS = 400;
const emailText = (subject: string, body: string): string => {
  const lines = body
    .split('\n')
    // Reply headers and quoted text say "mailing list", not "this is ham".
    .filter((l) => !/^(?:[A-Za-z-]+: |>|\|)/.test(l.trim()))
    .join(' ')
    .replace(/=20|=3D/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${subject.replace(/^(?:re|fwd?):\s*/i, '').trim()}. ${lines}`.slice(0, EMAIL_CHARS);
};

/** SpamAssassin's e-mails (2002-3): spam against ham and hard ham, duplicates dropped. */
const loadSpamAssassin = (): Example[] => {
  const out: Example[] = [];
  const seen = new Set<string>();
  for (const [id = '', label = '', subject = '', body = ''] of parseCsv(read('spamassassin', 'spamassassin.csv')).slice(
    1,
  )) {
    if (!label) continue;
    const text = emailText(subject, body);
    const key = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (key.length < 3 || seen.has(key)) continue;
    seen.add(key);
    out.push({
      source: 'spamassassin',
      id,
      text,
      split: splitFor('spamassassin', id),
      labels: { spam: label === 'spam' ? 1 : 0 },
    });
  }
  return out;
};

/** Every public set, in a fixed order. */
export const PUBLIC_SOURCES = [
  'olid',
  'davidson',
  'hatexplain',
  'youtube',
  'implicit',
  'gab',
  'toxigen',
  'spamassassin',
] as const satisfies readonly Source[];

export const loadSource = (source: (typeof PUBLIC_SOURCES)[number]): Example[] => {
  switch (source) {
    case 'olid':
      return loadOlid();
    case 'davidson':
      return loadDavidson();
    case 'hatexplain':
      return loadHateXplain();
    case 'youtube':
      return loadYoutube();
    case 'implicit':
      return loadImplicitHate();
    case 'gab':
      return loadGab();
    case 'toxigen':
      return loadToxigen();
    case 'spamassassin':
      return loadSpamAssassin();
  }
};

/** The public sets, plus the sentences written for this project (training only). */
export const loadAll = (sources: readonly (typeof PUBLIC_SOURCES)[number][] = PUBLIC_SOURCES): Example[] => [
  ...sources.flatMap(loadSource),
  ...identityNeutralExamples(),
  ...ownSentenceExamples(),
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
