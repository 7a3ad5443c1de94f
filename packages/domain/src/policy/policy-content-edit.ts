// A change to the words of a policy (issue 15), judged against the words stored before it: a school (or its trust)
// sends the whole of its sections, clauses, Statement of Acceptance and responsible person, and this decides what
// the stored content becomes. What Schoolgate does about a clause (enforced, recorded, guidance), the rule behind it
// and where it came from are never taken from the caller: they are kept from the stored clause, and a new clause is
// guidance in the editor's own name. Enforced clauses keep their generated words and cannot be removed (change the
// setting instead), and a clause or section locked by the trust cannot be changed, removed or moved by a school.
// The Markdown of each clause is checked separately (validatePolicyContent), as is the trust's current content
// (checkSchoolContentAgainstTrust); a draft takes the trust's locks from mergeTrustAndSchoolContent.
import type { ClauseOrigin, PolicyClause, PolicyContent, PolicyContentSection } from './policy-content.ts';

export type ContentEditor = 'school' | 'trust';

export interface ContentEditInput {
  readonly sections: readonly {
    readonly id: string;
    readonly heading: string;
    readonly locked?: boolean | undefined;
    readonly clauses: readonly {
      readonly id: string;
      readonly markdown: string | null;
      readonly locked?: boolean | undefined;
    }[];
  }[];
  readonly statementOfAcceptance: string;
  readonly responsiblePerson: { readonly name: string; readonly role: string } | null;
}

/**
 * `invalid`: the request itself is wrong (an id used twice, a guidance clause without words);
 * `locked`: it changes what may not be changed (an enforced clause, a trust's locked clause or section).
 */
export interface ContentEditProblem {
  readonly kind: 'invalid' | 'locked';
  /** Dotted path into the request, e.g. "sections.2.clauses.0.markdown". */
  readonly field: string;
  readonly message: string;
}

export type ContentEditResult =
  | { readonly ok: true; readonly content: PolicyContent }
  | { readonly ok: false; readonly problems: ContentEditProblem[] };

const describeClause = (clause: PolicyClause) => `The clause "${clause.id}"`;

function indexClauses(content: PolicyContent) {
  const clauses = new Map<string, { clause: PolicyClause; sectionId: string }>();
  for (const section of content.sections)
    for (const clause of section.clauses) clauses.set(clause.id, { clause, sectionId: section.id });
  return clauses;
}

export function applyContentEdit(
  previous: PolicyContent,
  input: ContentEditInput,
  editor: ContentEditor,
): ContentEditResult {
  const problems: ContentEditProblem[] = [];
  const before = indexClauses(previous);
  const sectionsBefore = new Map(previous.sections.map((section) => [section.id, section]));
  const seenSections = new Set<string>();
  const seenClauses = new Set<string>();
  const origin: ClauseOrigin = editor;
  const mayLock = editor === 'trust';

  const sections: PolicyContentSection[] = input.sections.map((sectionInput, s) => {
    const at = `sections.${s}`;
    if (seenSections.has(sectionInput.id))
      problems.push({ kind: 'invalid', field: `${at}.id`, message: `Two sections have the id "${sectionInput.id}".` });
    seenSections.add(sectionInput.id);
    const old = sectionsBefore.get(sectionInput.id);
    const heading = sectionInput.heading.trim();
    if (old?.locked && !mayLock && heading !== old.heading) {
      problems.push({
        kind: 'locked',
        field: `${at}.heading`,
        message: `The section "${old.heading}" is set by the trust and locked: its heading cannot be changed.`,
      });
    }
    const clauses: PolicyClause[] = sectionInput.clauses.map((clauseInput, c) => {
      const where = `${at}.clauses.${c}`;
      if (seenClauses.has(clauseInput.id))
        problems.push({
          kind: 'invalid',
          field: `${where}.id`,
          message: `Two clauses have the id "${clauseInput.id}".`,
        });
      seenClauses.add(clauseInput.id);
      const found = before.get(clauseInput.id);
      if (!found) {
        if (clauseInput.markdown === null || clauseInput.markdown.trim() === '') {
          problems.push({ kind: 'invalid', field: `${where}.markdown`, message: 'Write the words of the new clause.' });
        }
        return {
          id: clauseInput.id,
          status: 'guidance',
          rule: null,
          markdown: clauseInput.markdown ?? '',
          origin,
          locked: mayLock && clauseInput.locked === true,
        };
      }
      const { clause } = found;
      if (clause.status === 'enforced') {
        if (clauseInput.markdown !== clause.markdown) {
          problems.push({
            kind: 'locked',
            field: `${where}.markdown`,
            message: `${describeClause(clause)} is enforced by Schoolgate: its words are written from the settings (${clause.rule ?? 'the rule behind it'}). Change the settings instead.`,
          });
        }
        return { ...clause, locked: mayLock ? clauseInput.locked === true : clause.locked };
      }
      if (clause.locked && !mayLock) {
        if (clauseInput.markdown !== clause.markdown) {
          problems.push({
            kind: 'locked',
            field: `${where}.markdown`,
            message: `${describeClause(clause)} is set by the trust and locked: the school cannot change its words.`,
          });
        }
        if (found.sectionId !== sectionInput.id) {
          problems.push({
            kind: 'locked',
            field: `${where}.id`,
            message: `${describeClause(clause)} is set by the trust and locked: it stays in its section.`,
          });
        }
        return clause;
      }
      // A clause Schoolgate writes (markdown null) keeps its generated words when sent back as null; the school may
      // instead write its own words for one that is not enforced.
      const keepsGenerated = clause.markdown === null && clauseInput.markdown === null;
      if (!keepsGenerated && (clauseInput.markdown === null || clauseInput.markdown.trim() === '')) {
        problems.push({
          kind: 'invalid',
          field: `${where}.markdown`,
          message: `${describeClause(clause)} has no words: write them, or remove the clause.`,
        });
      }
      return {
        ...clause,
        markdown: keepsGenerated ? null : (clauseInput.markdown ?? ''),
        locked: mayLock ? clauseInput.locked === true : clause.locked,
      };
    });
    return {
      id: sectionInput.id,
      heading,
      clauses,
      origin: old?.origin ?? origin,
      locked: mayLock ? sectionInput.locked === true : (old?.locked ?? false),
    };
  });

  // What the request left out: enforced and locked clauses, and locked sections, must all still be there.
  for (const { clause } of before.values()) {
    if (seenClauses.has(clause.id)) continue;
    if (clause.status === 'enforced') {
      problems.push({
        kind: 'locked',
        field: 'sections',
        message: `${describeClause(clause)} is enforced by Schoolgate (${clause.rule ?? 'a rule of the system'}) and cannot be removed; change the settings instead.`,
      });
    } else if (clause.locked && !mayLock) {
      problems.push({
        kind: 'locked',
        field: 'sections',
        message: `${describeClause(clause)} is set by the trust and locked: the school cannot remove it.`,
      });
    }
  }
  if (!mayLock) {
    const lockedOrder = previous.sections.filter((section) => section.locked).map((section) => section.id);
    const keptOrder = sections.filter((section) => lockedOrder.includes(section.id)).map((section) => section.id);
    for (const id of lockedOrder) {
      if (!keptOrder.includes(id)) {
        problems.push({
          kind: 'locked',
          field: 'sections',
          message: `The section "${sectionsBefore.get(id)?.heading ?? id}" is set by the trust and locked: the school cannot remove it.`,
        });
      }
    }
    if (keptOrder.length === lockedOrder.length && keptOrder.some((id, index) => id !== lockedOrder[index])) {
      problems.push({
        kind: 'locked',
        field: 'sections',
        message: 'Sections locked by the trust keep their order; move the school’s own sections around them.',
      });
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    content: {
      sections,
      statementOfAcceptance: input.statementOfAcceptance.trim(),
      responsiblePerson: input.responsiblePerson
        ? { name: input.responsiblePerson.name.trim(), role: input.responsiblePerson.role.trim() }
        : null,
      history: previous.history,
    },
  };
}
