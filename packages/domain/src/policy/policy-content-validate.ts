// Whether a PolicyContent can be stored and rendered (issue 15): ids unique and well formed, every school-written
// clause in the allowed Markdown, every generated clause known, enforced clauses generated (so their words always
// match the settings), a Statement of Acceptance, and sizes a governors' pack can hold. Problems name the section,
// the clause and, for Markdown, the line, so the editor can point at them.
import { isIsoDate } from '../calendar/london-time.ts';
import { isStorableText } from '../storable-text.ts';
import { clauseGenerator } from './clause-generators.ts';
import { parseClauseMarkdown } from './clause-markdown.ts';
import { CLAUSE_ORIGINS, CLAUSE_STATUSES, type PolicyContent } from './policy-content.ts';
import { ACCEPTANCE_CLAUSE_ID, HISTORY_SECTION_ID } from './policy-content-document.ts';

export interface PolicyContentProblem {
  readonly sectionId: string | null;
  readonly clauseId: string | null;
  /** 1-based line of the clause's Markdown (or of the statement), when the problem is in its words. */
  readonly line?: number;
  readonly message: string;
}

export const POLICY_CONTENT_LIMITS = {
  maxSections: 40,
  maxClausesPerSection: 60,
  maxHeadingCharacters: 120,
  maxHistoryEntries: 100,
  maxPersonCharacters: 120,
} as const;

/** Lower-case words joined by dots and hyphens: "staff.harassment", "school.staff-parking-2". */
export const CONTENT_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const MAX_ID = 80;

export function validatePolicyContent(content: PolicyContent): PolicyContentProblem[] {
  const problems: PolicyContentProblem[] = [];
  const add = (sectionId: string | null, clauseId: string | null, message: string, line?: number) =>
    problems.push({ sectionId, clauseId, message, ...(line !== undefined ? { line } : {}) });
  const limits = POLICY_CONTENT_LIMITS;

  if (content.sections.length === 0) add(null, null, 'The policy has no sections.');
  if (content.sections.length > limits.maxSections) add(null, null, `At most ${limits.maxSections} sections.`);
  const sectionIds = new Set<string>();
  const clauseIds = new Set<string>();
  for (const section of content.sections) {
    const sid = section.id;
    if (!CONTENT_ID.test(sid) || sid.length > MAX_ID)
      add(sid, null, 'A section id is lower-case letters and digits joined by dots or hyphens.');
    if (sid === HISTORY_SECTION_ID) add(sid, null, 'The version history section is added by Schoolgate.');
    if (sectionIds.has(sid)) add(sid, null, `Two sections have the id "${sid}".`);
    sectionIds.add(sid);
    const heading = section.heading.trim();
    if (heading === '') add(sid, null, 'The section has no heading.');
    if (heading.length > limits.maxHeadingCharacters || !isStorableText(heading) || /[\n\r]/.test(heading))
      add(sid, null, `A heading is one line of at most ${limits.maxHeadingCharacters} characters.`);
    if (!CLAUSE_ORIGINS.includes(section.origin)) add(sid, null, 'Unknown origin.');
    if (section.clauses.length > limits.maxClausesPerSection)
      add(sid, null, `At most ${limits.maxClausesPerSection} clauses in a section.`);
    for (const clause of section.clauses) {
      const cid = clause.id;
      if (!CONTENT_ID.test(cid) || cid.length > MAX_ID)
        add(sid, cid, 'A clause id is lower-case letters and digits joined by dots or hyphens.');
      if (cid === ACCEPTANCE_CLAUSE_ID) add(sid, cid, 'This id is kept for the Statement of Acceptance.');
      if (clauseIds.has(cid)) add(sid, cid, `Two clauses have the id "${cid}".`);
      clauseIds.add(cid);
      if (!CLAUSE_STATUSES.includes(clause.status)) add(sid, cid, 'Unknown status.');
      if (!CLAUSE_ORIGINS.includes(clause.origin)) add(sid, cid, 'Unknown origin.');
      const generator = clauseGenerator(cid);
      if (clause.markdown === null) {
        if (!generator) add(sid, cid, 'This clause has no words and Schoolgate writes none for it.');
        else if (generator.status !== clause.status || generator.rule !== clause.rule)
          add(sid, cid, `Schoolgate writes this clause as ${generator.status}: its status and rule cannot change.`);
      } else {
        if (clause.status === 'enforced')
          add(sid, cid, 'An enforced clause is written by Schoolgate from the settings, not in the school’s words.');
        if (clause.status === 'recorded' && !clause.rule?.trim())
          add(sid, cid, 'Say what Schoolgate records for this clause.');
        const parsed = parseClauseMarkdown(clause.markdown);
        if (!parsed.ok) for (const p of parsed.problems) add(sid, cid, p.message, p.line);
      }
    }
  }

  if (content.statementOfAcceptance.trim() === '')
    add(null, ACCEPTANCE_CLAUSE_ID, 'Write the Statement of Acceptance.');
  else {
    const parsed = parseClauseMarkdown(content.statementOfAcceptance);
    if (!parsed.ok) for (const p of parsed.problems) add(null, ACCEPTANCE_CLAUSE_ID, p.message, p.line);
  }

  const person = content.responsiblePerson;
  if (person) {
    const bad = (text: string) =>
      text.length > limits.maxPersonCharacters || !isStorableText(text) || /[\n\r]/.test(text);
    if (person.role.trim() === '') add(null, null, 'Give the role of the person responsible.');
    if (bad(person.role) || bad(person.name))
      add(null, null, `The person responsible: one line each, at most ${limits.maxPersonCharacters} characters.`);
  }

  if (content.history.length > limits.maxHistoryEntries)
    add(null, null, `At most ${limits.maxHistoryEntries} earlier versions.`);
  content.history.forEach((entry, index) => {
    const row = `Version history row ${index + 1}`;
    if (!isIsoDate(entry.date)) add(HISTORY_SECTION_ID, null, `${row}: the date must be written YYYY-MM-DD.`);
    for (const [label, value] of [
      ['version', entry.version],
      ['author', entry.author],
      ['reason', entry.reason],
    ] as const) {
      if (value.trim() === '' || value.length > 200 || !isStorableText(value) || /[\n\r]/.test(value))
        add(HISTORY_SECTION_ID, null, `${row}: the ${label} is one line of 1 to 200 characters.`);
    }
  });
  return problems;
}
