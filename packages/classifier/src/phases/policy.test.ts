import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../categories.ts';
import { mergeSignals, selectLabels } from './policy.ts';

describe('policy phase', () => {
  const signals = [
    { category: 'abuse' as const, score: 0.8, evidence: '"idiot" aimed at "you"' },
    { category: 'abuse' as const, score: 0.6, evidence: 'model offensive 0.60' },
    { category: 'spam' as const, score: 0.2, evidence: 'model spam 0.20' },
    { category: 'personal_data' as const, kind: 'phone' as const, score: 0.9, evidence: 'phone number' },
    { category: 'personal_data' as const, kind: 'email' as const, score: 0.95, evidence: 'email address' },
  ];

  it('keeps the strongest signal per category and joins the evidence', () => {
    const abuse = mergeSignals(signals).find((l) => l.category === 'abuse');
    expect(abuse).toEqual({ category: 'abuse', score: 0.8, evidence: '"idiot" aimed at "you"; model offensive 0.60' });
  });

  it('gives one personal data label per kind', () => {
    const kinds = mergeSignals(signals)
      .filter((l) => l.category === 'personal_data')
      .map((l) => l.kind);
    expect(kinds.sort()).toEqual(['email', 'phone']);
  });

  it('drops labels under threshold unless explaining, when every category is listed', () => {
    const merged = mergeSignals(signals);
    expect(selectLabels(merged, DEFAULT_THRESHOLDS, false).map((l) => l.category)).toEqual([
      'abuse',
      'personal_data',
      'personal_data',
    ]);
    const all = selectLabels(merged, DEFAULT_THRESHOLDS, true);
    expect(new Set(all.map((l) => l.category)).size).toBe(10);
    expect(all.find((l) => l.category === 'spam')?.score).toBe(0.2);
  });

  it('respects a school threshold', () => {
    const strict = { ...DEFAULT_THRESHOLDS, abuse: 0.9 };
    expect(selectLabels(mergeSignals(signals), strict, false).some((l) => l.category === 'abuse')).toBe(false);
  });
});
