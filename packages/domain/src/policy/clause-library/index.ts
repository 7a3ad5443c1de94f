// The clause library (issue 15): every clause the templates are built from, by stable id. A generated clause
// (clause-generators.ts) is written by Schoolgate from the settings; every other clause is the words below, in
// Schoolgate's own phrasing of what the seed policies say. A school edits these words freely; the ids stay, so
// templates, coverage tests and versions can be compared.
import { isGeneratedClauseId } from '../clause-generators.ts';
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
