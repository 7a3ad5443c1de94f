/**
 * `npm run eval:classifier`: quality of the shipped model on data it was not trained on.
 * Prints, as Markdown: the `report` half of each validation split (never used for fitting or
 * tuning), the word-list baseline, a leave-one-source-out check, the UK school fixtures and the
 * functional hate tests. `-- --quick` skips the leave-one-source-out retraining; `-- --tune` scores
 * the `tune` half instead of `report` (the half on which changes are chosen).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDefaultModel } from '../src/cli/load-model.ts';
import { CATEGORIES, createClassifier, type Classifier, type Label } from '../src/index.ts';
import { loadAll, loadPresidio, PACKAGE_ROOT, type Example, type Source, type ThreeWay } from './datasets.ts';
import { count, emptyCounts, macroF1, pct, prf, type Counts } from './metrics.ts';
import { prepare, trainModel } from './train-core.ts';

const OFFENSIVE = new Set(['abuse', 'hate', 'threat', 'profanity']);
const quick = process.argv.includes('--quick') || process.env.npm_config_quick === 'true';
// Through the root script (`npm run eval:classifier -- --tune`) npm passes flags on as npm_config_*.
const split = process.argv.includes('--tune') || process.env.npm_config_tune === 'true' ? 'tune' : 'report';
const out = (line = '') => console.log(line);
const row = (cells: (string | number)[]) => out(`| ${cells.join(' | ')} |`);
const prfCells = (c: Counts) => {
  const m = prf(c);
  return [pct(m.precision), pct(m.recall), pct(m.f1), m.support];
};

const threeWayOf = (labels: Label[]): ThreeWay =>
  labels.some((l) => l.category === 'hate')
    ? 'hate'
    : labels.some((l) => OFFENSIVE.has(l.category))
      ? 'offensive'
      : 'normal';
const offensiveOf = (labels: Label[]) => labels.some((l) => OFFENSIVE.has(l.category));

interface SourceResult {
  offensive: Counts;
  offensiveMacro: number;
  hate: Counts;
  threeWayMacro?: number;
  spam: Counts;
  n: number;
}

const evaluateSource = (classifier: Classifier, examples: Example[]): SourceResult => {
  const result: SourceResult = {
    offensive: emptyCounts(),
    offensiveMacro: 0,
    hate: emptyCounts(),
    spam: emptyCounts(),
    n: examples.length,
  };
  const binary: { predicted: string; actual: string }[] = [];
  const three: { predicted: ThreeWay; actual: ThreeWay }[] = [];
  for (const e of examples) {
    const labels = classifier.classify(e.text);
    const off = offensiveOf(labels);
    if (e.labels.offensive !== undefined) {
      count(result.offensive, off, e.labels.offensive === 1);
      binary.push({ predicted: off ? 'y' : 'n', actual: e.labels.offensive === 1 ? 'y' : 'n' });
    }
    if (e.labels.hate !== undefined)
      count(
        result.hate,
        labels.some((l) => l.category === 'hate'),
        e.labels.hate === 1,
      );
    if (e.labels.spam !== undefined) {
      count(
        result.spam,
        labels.some((l) => l.category === 'spam' || l.category === 'commercial'),
        e.labels.spam === 1,
      );
    }
    if (e.threeWay) three.push({ predicted: threeWayOf(labels), actual: e.threeWay });
  }
  result.offensiveMacro = macroF1(binary, ['y', 'n']);
  if (three.length > 0) result.threeWayMacro = macroF1(three, ['hate', 'offensive', 'normal']);
  return result;
};

const SOURCES: Source[] = ['olid', 'davidson', 'hatexplain', 'youtube'];
const started = Date.now();
const all = loadAll();
const model = loadDefaultModel();
const full = createClassifier({ model });
const wordsOnly = createClassifier();
const report = (source: Source) => all.filter((e) => e.source === source && e.split === split);

out(
  split === 'report'
    ? '## Validation (report half; never used for training or tuning)'
    : '## Validation (tune half: where settings are chosen; not the reported figures)',
);
out();
row([
  'source',
  'n',
  'offensive P',
  'R',
  'F1',
  'support',
  'offensive macro-F1',
  'hate P',
  'R',
  'F1',
  'support',
  '3-way macro-F1',
]);
row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---']);
for (const source of SOURCES.slice(0, 3)) {
  const r = evaluateSource(full, report(source));
  const hate = r.hate.tp + r.hate.fn > 0 ? prfCells(r.hate) : ['-', '-', '-', 0];
  row([
    source,
    r.n,
    ...prfCells(r.offensive),
    pct(r.offensiveMacro),
    ...hate,
    r.threeWayMacro === undefined ? '-' : pct(r.threeWayMacro),
  ]);
}
const yt = evaluateSource(full, report('youtube'));
out();
out(
  `YouTube spam, held-out video (LMFAO), spam or commercial: precision / recall / F1 ${prfCells(yt.spam).slice(0, 3).join(' / ')}, support ${prf(yt.spam).support} of ${yt.n}`,
);
out();
out('### Word-list baseline (the rule phases without the model), same rows');
out();
row(['source', 'offensive macro-F1', '3-way macro-F1']);
row(['---', '---', '---']);
for (const source of SOURCES.slice(0, 3)) {
  const r = evaluateSource(wordsOnly, report(source));
  row([source, pct(r.offensiveMacro), r.threeWayMacro === undefined ? '-' : pct(r.threeWayMacro)]);
}

if (!quick) {
  out();
  out(`### Leave one source out (train without it, test on its ${split} half): a proxy for unseen data`);
  out();
  row(['held-out source', 'offensive macro-F1', '3-way macro-F1', 'hate F1']);
  row(['---', '---', '---', '---']);
  for (const source of SOURCES.slice(0, 3)) {
    const rows = prepare(all.filter((e) => e.source !== source));
    const other = createClassifier({ model: trainModel(rows) });
    const r = evaluateSource(other, report(source));
    row([
      source,
      pct(r.offensiveMacro),
      r.threeWayMacro === undefined ? '-' : pct(r.threeWayMacro),
      r.hate.tp + r.hate.fn > 0 ? pct(prf(r.hate).f1) : '-',
    ]);
  }
}

out();
out('## Personal data on Presidio synthetic sentences (US-centric; rules only, never trained on)');
out();
const presidio = loadPresidio();
const kinds = [
  ['PHONE_NUMBER', 'phone'],
  ['EMAIL_ADDRESS', 'email'],
  ['STREET_ADDRESS', 'address'],
] as const;
for (const [entity, kind] of kinds) {
  const withIt = presidio.filter((p) => p.kinds.has(entity));
  const found = withIt.filter((p) => full.classify(p.text).some((l) => l.kind === kind)).length;
  out(`- ${entity}: recall ${pct(found / withIt.length)}% (${found}/${withIt.length})`);
}
const clean = presidio.filter((p) => p.kinds.size === 0);
const flagged = clean.filter((p) => full.classify(p.text).some((l) => l.category === 'personal_data')).length;
out(`- sentences without any personal data flagged: ${pct(flagged / clean.length)}% (${flagged}/${clean.length})`);

const readJsonl = <T>(file: string): T[] =>
  readFileSync(path.join(PACKAGE_ROOT, 'test-fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

out();
out('## UK school fixtures (test-fixtures/school-comments.jsonl, written for this project)');
out();
const fixtures = readJsonl<{ id: string; text: string; labels: string[] }>('school-comments.jsonl');
const perCategory = new Map(CATEGORIES.map((c) => [c, emptyCounts()]));
let exact = 0;
const misses: string[] = [];
for (const f of fixtures) {
  const got = new Set(full.classify(f.text).map((l) => l.category));
  for (const c of CATEGORIES) count(perCategory.get(c) as Counts, got.has(c), f.labels.includes(c));
  const same = got.size === f.labels.length && f.labels.every((c) => got.has(c as never));
  if (same) exact++;
  else misses.push(`${f.id}: expected [${f.labels.join(', ')}] got [${[...got].join(', ')}]`);
}
row(['category', 'P', 'R', 'F1', 'support']);
row(['---', '---', '---', '---', '---']);
for (const [c, counts] of perCategory) row([c, ...prfCells(counts)]);
out();
out(`Exact label sets: ${exact}/${fixtures.length}. Misses:`);
for (const m of misses) out(`- ${m}`);

out();
out('## Functional hate tests (test-fixtures/functional-hate.jsonl, HateCheck-style, own sentences)');
out();
const functional = readJsonl<{ f: string; text: string; hateful: boolean }>('functional-hate.jsonl');
const byF = new Map<string, { right: number; n: number }>();
const wrong: string[] = [];
for (const t of functional) {
  const hate = full.classify(t.text).some((l) => l.category === 'hate');
  const s = byF.get(t.f) ?? { right: 0, n: 0 };
  s.n++;
  if (hate === t.hateful) s.right++;
  else wrong.push(`${t.f}: "${t.text}" (expected ${t.hateful ? 'hate' : 'not hate'})`);
  byF.set(t.f, s);
}
const right = [...byF.values()].reduce((a, s) => a + s.right, 0);
out(`Accuracy ${pct(right / functional.length)}% (${right}/${functional.length})`);
out();
row(['functionality', 'correct']);
row(['---', '---']);
for (const [f, s] of byF) row([f, `${s.right}/${s.n}`]);
out();
out('Wrong:');
for (const w of wrong) out(`- ${w}`);
out();
out(`(evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
