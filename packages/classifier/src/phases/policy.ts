/**
 * Phase 10, last: turn signals into labels. For each category (and each hate target or kind of
 * personal data) the strongest signal wins and the others join its evidence; a label is kept
 * when its score reaches the school's threshold, or always in explain mode.
 */
import { CATEGORIES, type Category, type Label } from '../categories.ts';
import { truncationNote } from './normalise.ts';
import type { Phase, Signal } from './phase.ts';

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/**
 * One label per category (and hate target, and kind of personal data): the strongest signal, with
 * up to three pieces of evidence. `wanted` may drop a label by its category and rounded score
 * before its evidence is put together (the plain answer keeps only those over threshold).
 */
export const mergeSignals = (
  signals: readonly Signal[],
  wanted: (category: Category, score: number) => boolean = () => true,
): Label[] => {
  const byKey = new Map<string, Signal[]>();
  for (const s of signals) {
    const key = `${s.category}|${s.target ?? ''}|${s.kind ?? ''}`;
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  const labels: Label[] = [];
  // A hate label with a named target makes the untargeted one redundant, wanted or not.
  let targetedHate = false;
  for (const list of byKey.values()) {
    // The first of the strongest, as a stable sort by score would put first.
    let best = list[0] as Signal;
    for (const s of list) if (s.score > best.score) best = s;
    targetedHate ||= best.category === 'hate' && Boolean(best.target);
    const score = round(best.score);
    if (!wanted(best.category, score)) continue;
    const sorted = list.length === 1 ? list : [...list].sort((a, b) => b.score - a.score);
    const evidence = [...new Set(sorted.map((s) => s.evidence))].slice(0, 3).join('; ');
    const label: Label = { category: best.category, score, evidence };
    if (best.target) label.target = best.target;
    if (best.kind) label.kind = best.kind;
    if (list.some((s) => s.namesPupil)) label.namesPupil = true;
    labels.push(label);
  }
  return labels.filter((l) => !(targetedHate && l.category === 'hate' && !l.target && l.evidence.startsWith('model')));
};

const order = (a: Label, b: Label) =>
  CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || b.score - a.score;

export const selectLabels = (
  labels: readonly Label[],
  thresholds: Readonly<Record<Category, number>>,
  explain: boolean,
): Label[] => {
  if (!explain) return labels.filter((l) => l.score >= thresholds[l.category]).sort(order);
  const missing = CATEGORIES.filter((c) => !labels.some((l) => l.category === c)).map((category): Label => ({
    category,
    score: 0,
    evidence: 'nothing found',
  }));
  return [...labels, ...missing].sort(order);
};

export const policyPhase: Phase = {
  name: 'policy',
  run(state, env) {
    // The plain answer lists only labels over threshold: the others' evidence is not put together.
    const wanted = (category: Category, score: number) => env.explain || score >= env.thresholds[category];
    state.labels = selectLabels(mergeSignals(state.signals, wanted), env.thresholds, env.explain);
    // A moderator should know when part of a long comment was not read.
    const note = truncationNote(state.text);
    if (note) for (const label of state.labels) label.evidence = `${label.evidence}; ${note}`;
  },
};
