// The clause library (issue 15): every clause the templates are built from, by stable id. A generated clause
// (clause-generators.ts) is written by Schoolgate from the settings; every other clause is the words below, in
// Schoolgate's own phrasing of what the seed policies say. A school edits these words freely; the ids stay, so
// templates, coverage tests and versions can be compared.
import { CLAUSE_GENERATORS, isGeneratedClauseId } from '../clause-generators.ts';
import { generatedClause, writtenClause } from '../policy-content-builders.ts';
import type { PolicyClause } from '../policy-content.ts';
import { ACCOUNT_CLAUSES } from './accounts.ts';
import { PUPIL_AND_PARENT_CLAUSES } from './pupils-parents.ts';
import { PURPOSE_CLAUSES } from './purpose.ts';
import { SCHOOL_CLAUSES } from './school.ts';
import { STAFF_CLAUSES } from './staff.ts';

export const WRITTEN_CLAUSES: Readonly<Record<string, string>> = {
  ...PURPOSE_CLAUSES,
  ...ACCOUNT_CLAUSES,
  ...STAFF_CLAUSES,
  ...PUPIL_AND_PARENT_CLAUSES,
  ...SCHOOL_CLAUSES,
};

/** Written clauses Schoolgate keeps a record for (a person still does the thing); the rest are guidance. */
export const RECORDED_RULES: Readonly<Record<string, string>> = {
  'accounts.central-oversight': "the trust's central team sees every school's accounts, settings and versions",
  'images.respect-wishes': 'the consent register and the do-not-publish list, per pupil and use',
  'roles.board-approves': "each version's approval by the governors or trustees, with its date",
  'purpose.who-must-follow': "staff signatures of each version (people.acceptance); pupils' and parents' are not",
};

export function isLibraryClauseId(id: string): boolean {
  return isGeneratedClauseId(id) || Object.hasOwn(WRITTEN_CLAUSES, id);
}

/** The library's clause, with other words where a template phrases it its own way (never for a generated one). */
export function libraryClause(id: string, words?: string): PolicyClause {
  if (isGeneratedClauseId(id)) {
    if (words !== undefined) throw new RangeError(`The clause ${id} is generated: it takes no words`);
    return generatedClause(id);
  }
  const markdown = words ?? WRITTEN_CLAUSES[id];
  if (markdown === undefined) throw new RangeError(`No clause ${id} in the library`);
  return writtenClause(id, markdown, RECORDED_RULES[id] ?? null);
}

// Which library clauses suit a section, by the prefix of their ids; a section not listed is offered everything.
const SECTION_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  purpose: ['purpose.', 'scope.'],
  introduction: ['purpose.', 'scope.', 'parents.intro', 'definitions.'],
  scope: ['scope.', 'purpose.'],
  definitions: ['definitions.'],
  'official-accounts': ['accounts.', 'posts.'],
  posts: ['posts.', 'images.'],
  moderation: ['comments.', 'cyberbullying.'],
  following: ['accounts.like', 'following.'],
  staff: ['staff.', 'concerns.', 'legal.'],
  'staff-conduct': ['staff.'],
  pupils: ['pupils.'],
  parents: ['parents.'],
  training: ['training.', 'staff.training'],
  monitoring: ['monitoring.', 'review.', 'data.', 'roles.'],
  roles: ['roles.'],
  'related-policies': ['related.'],
  acceptance: ['staff.acceptance'],
};

/**
 * The library clauses a school may add to a section, leaving out those already in its content: for the staff
 * section, for instance, the harassment clause (002 3.1) and the rest of the staff conduct clauses.
 */
export function libraryClauseIdsFor(sectionId: string, alreadyUsed: Iterable<string> = []): string[] {
  const used = new Set(alreadyUsed);
  const prefixes = SECTION_PREFIXES[sectionId] ?? [''];
  const all = [...Object.keys(CLAUSE_GENERATORS), ...Object.keys(WRITTEN_CLAUSES)];
  return all.filter((id) => !used.has(id) && prefixes.some((prefix) => id.startsWith(prefix))).sort();
}
