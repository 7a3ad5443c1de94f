// Shorthand for the coverage tables: a row is [seed heading, meaning in our words, clause id, status].
import type { ClauseStatus } from '../../policy-content.ts';

export interface SeedClause {
  /** The seed's own heading or number, so a reader can find the clause in seed-policies/. */
  readonly seed: string;
  readonly meaning: string;
  readonly clauseId: string;
  readonly status: ClauseStatus;
}

type Row = readonly [seed: string, meaning: string, clauseId: string, status: ClauseStatus];

export const rows = (list: readonly Row[]): SeedClause[] =>
  list.map(([seed, meaning, clauseId, status]) => ({ seed, meaning, clauseId, status }));

export const E = 'enforced';
export const R = 'recorded';
export const G = 'guidance';
