/** Precision, recall and F1 for the evaluation script and the training report. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export const count = (c: Counts, predicted: boolean, actual: boolean): void => {
  if (predicted && actual) c.tp++;
  else if (predicted) c.fp++;
  else if (actual) c.fn++;
  else c.tn++;
};

export const prf = (c: Counts) => {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: c.tp + c.fn, n: c.tp + c.fp + c.fn + c.tn };
};

/** Macro-F1 over classes, each class scored one-against-the-rest. */
export const macroF1 = <T extends string>(
  pairs: readonly { predicted: T; actual: T }[],
  classes: readonly T[],
): number => {
  const f1s = classes.map((k) => {
    const c = emptyCounts();
    for (const p of pairs) count(c, p.predicted === k, p.actual === k);
    return prf(c).f1;
  });
  return f1s.reduce((a, b) => a + b, 0) / classes.length;
};

export const pct = (x: number) => (x * 100).toFixed(1);
