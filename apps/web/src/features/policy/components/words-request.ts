// The editor's changes as whole requests: the words read from the server, changed in one place, sent back entire.
// Pure functions, so each change (add, edit, remove, move) is tested without a browser.
import type { PolicyContentResponse, UpdatePolicyContentRequest } from '@schoolgate/contracts';

export type WordsRequest = UpdatePolicyContentRequest;

export function requestOf(body: PolicyContentResponse): WordsRequest {
  return {
    sections: body.content.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      locked: s.locked,
      clauses: s.clauses.map((c) => ({ id: c.id, markdown: c.markdown, locked: c.locked })),
    })),
    statementOfAcceptance: body.content.statementOfAcceptance,
    responsiblePerson: body.content.responsiblePerson,
  };
}

/** A new id from the words it starts with, unique enough to never meet another: "school.online-harassment-k3f9". */
export function newId(prefix: string, words: string): string {
  const slug = words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 4)
    .join('-');
  const tail =
    Math.random()
      .toString(36)
      .slice(2, 6)
      .replace(/[^a-z0-9]/g, '') || 'x1';
  return `${prefix}${slug ? `${slug}-` : ''}${tail}`;
}

const move = <T>(items: readonly T[], from: number, to: number): T[] => {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
};

type Sections = WordsRequest['sections'];
const mapSection = (sections: Sections, s: number, change: (section: Sections[number]) => Sections[number]) =>
  sections.map((section, index) => (index === s ? change(section) : section));

export const words = {
  addClause: (r: WordsRequest, s: number, markdown: string): WordsRequest => ({
    ...r,
    sections: mapSection(r.sections, s, (section) => ({
      ...section,
      clauses: [...section.clauses, { id: newId('school.', markdown), markdown }],
    })),
  }),
  editClause: (r: WordsRequest, s: number, c: number, markdown: string, locked?: boolean): WordsRequest => ({
    ...r,
    sections: mapSection(r.sections, s, (section) => ({
      ...section,
      clauses: section.clauses.map((clause, i) =>
        i === c ? { ...clause, markdown, ...(locked !== undefined ? { locked } : {}) } : clause,
      ),
    })),
  }),
  lockClause: (r: WordsRequest, s: number, c: number, locked: boolean): WordsRequest => ({
    ...r,
    sections: mapSection(r.sections, s, (section) => ({
      ...section,
      clauses: section.clauses.map((clause, i) => (i === c ? { ...clause, locked } : clause)),
    })),
  }),
  removeClause: (r: WordsRequest, s: number, c: number): WordsRequest => ({
    ...r,
    sections: mapSection(r.sections, s, (section) => ({
      ...section,
      clauses: section.clauses.filter((_, i) => i !== c),
    })),
  }),
  moveClause: (r: WordsRequest, s: number, c: number, by: -1 | 1): WordsRequest => ({
    ...r,
    sections: mapSection(r.sections, s, (section) => ({ ...section, clauses: move(section.clauses, c, c + by) })),
  }),
  addSection: (r: WordsRequest, heading: string): WordsRequest => ({
    ...r,
    sections: [...r.sections, { id: newId('school-', heading), heading, clauses: [] }],
  }),
  removeSection: (r: WordsRequest, s: number): WordsRequest => ({
    ...r,
    sections: r.sections.filter((_, i) => i !== s),
  }),
  moveSection: (r: WordsRequest, s: number, by: -1 | 1): WordsRequest => ({
    ...r,
    sections: move(r.sections, s, s + by),
  }),
};
