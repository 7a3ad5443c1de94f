// Shorthand for building PolicyContent: the templates' default content and the tests use it, so a clause reads as
// its id and words. A generated clause takes its status and rule from its generator, so they cannot disagree.
import { clauseGenerator } from './clause-generators.ts';
import type { ClauseOrigin, PolicyClause, PolicyContentSection } from './policy-content.ts';

export function generatedClause(id: string, origin: ClauseOrigin = 'template'): PolicyClause {
  const generator = clauseGenerator(id);
  if (!generator) throw new RangeError(`No generator for the clause ${id}`);
  return { id, status: generator.status, rule: generator.rule, markdown: null, origin, locked: false };
}

/** A clause in words: guidance (rule null) unless a rule says what Schoolgate records. */
export function writtenClause(
  id: string,
  markdown: string,
  recorded: string | null = null,
  origin: ClauseOrigin = 'template',
): PolicyClause {
  return { id, status: recorded ? 'recorded' : 'guidance', rule: recorded, markdown, origin, locked: false };
}

export function contentSection(
  id: string,
  heading: string,
  clauses: readonly PolicyClause[],
  origin: ClauseOrigin = 'template',
): PolicyContentSection {
  return { id, heading, clauses, origin, locked: false };
}
