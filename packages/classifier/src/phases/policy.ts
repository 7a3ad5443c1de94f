/**
 * Phase 10, last: turn signals into labels. For each category (and each hate target or kind of
 * personal data) the strongest signal wins and the others join its evidence; a label is kept
 * when its score reaches the school's threshold, or always in explain mode.
 */
import { CATEGORIES, type Category, type Label } from '../categories.ts';
import { truncationNote } from './normalise.ts';
import type { Phase, Signal } from './phase.ts';

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

export const mergeSignals = (signals: readonly Signal[]): Label[] => {
  const byKey = new Map<string, Signal[]>();
  for (const s of signals) {
    const key = `${s.category}|${s.target ?? ''}|${s.kind ?? ''}`;
    const list = byKey.get(key) ?? [];
    list.push(s);
    byKey.set(key, list);
  }
  const labels: Label[] = [];
  for (const list of byKey.values()) {
    const sorted = [...list].sort((a, b) => b.score - a.score);
    const best = sorted[0] as Signal;
    const evidence = [...new Set(sorted.map((s) => s.evidence))].slice(0, 3).join('; ');
    const label: Label = { category: best.category, score: round(best.score), evidence };
    if (best.target) label.target = best.target;
    if (best.kind) label.kind = best.kind;
    if (sorted.some((s) => s.namesPupil)) label.namesPupil = true;
    labels.push(label);
  }
  // A hate label with a named target makes the untargeted one redundant.
  const targetedHate = labels.some((l) => l.category === 'hate' && l.target);
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
    state.labels = selectLabels(mergeSignals(state.signals), env.thresholds, env.explain);
    // A moderator should know when part of a long comment was not read.
    const note = truncationNote(state.text);
    if (note) for (const label of state.labels) label.evidence = `${label.evidence}; ${note}`;
  },
};
