// The document's sections from a school's PolicyContent (issue 15): each clause in the order the school set,
// generated from the settings when its markdown is null, otherwise parsed from the school's words; every block
// says which clause it came from and what Schoolgate does about it. Then the Statement of Acceptance (in the
// "acceptance" section when there is one, else a section of its own) and the imported version history.
import { AppError } from '../errors.ts';
import { clauseGenerator } from './clause-generators.ts';
import { parseClauseMarkdown } from './clause-markdown.ts';
import type { PolicyClause, PolicyContent } from './policy-content.ts';
import type { PolicyBlock, PolicyDocumentFacts, PolicySection } from './policy-document.ts';
import { longDate } from './policy-document-text.ts';
import type { PolicySettings } from './policy-settings.schema.ts';

/** The section the Statement of Acceptance is printed in, and the id its blocks carry. */
export const ACCEPTANCE_SECTION_ID = 'acceptance';
export const ACCEPTANCE_CLAUSE_ID = 'acceptance.statement';
export const HISTORY_SECTION_ID = 'history';

const tag = (blocks: readonly PolicyBlock[], clause: Pick<PolicyClause, 'id' | 'status'>): PolicyBlock[] =>
  blocks.map((block) => ({ ...block, clauseId: clause.id, status: clause.status }));

function parsedOrThrow(markdown: string, where: string): PolicyBlock[] {
  const parsed = parseClauseMarkdown(markdown);
  if (parsed.ok) return parsed.blocks;
  throw new AppError(
    'VALIDATION_FAILED',
    `The policy text of ${where} cannot be used.`,
    parsed.problems.map((p) => ({ field: `${where}.line${p.line}`, message: p.message })),
  );
}

export function clauseBlocks(
  clause: PolicyClause,
  settings: PolicySettings,
  facts: PolicyDocumentFacts,
): PolicyBlock[] {
  if (clause.markdown !== null) return tag(parsedOrThrow(clause.markdown, clause.id), clause);
  const generator = clauseGenerator(clause.id);
  if (!generator) throw new AppError('VALIDATION_FAILED', `No wording is generated for the clause ${clause.id}.`);
  return tag(generator.generate(settings, facts), clause);
}

export function historyItem(entry: PolicyContent['history'][number]): string {
  return `Version ${entry.version}, ${longDate(entry.date)}, ${entry.author}: ${entry.reason}`;
}

export function buildContentSections(
  settings: PolicySettings,
  facts: PolicyDocumentFacts,
  content: PolicyContent,
): PolicySection[] {
  const statement = tag(parsedOrThrow(content.statementOfAcceptance, ACCEPTANCE_CLAUSE_ID), {
    id: ACCEPTANCE_CLAUSE_ID,
    status: 'recorded',
  });
  const sections: PolicySection[] = content.sections.map((section) => ({
    id: section.id,
    heading: section.heading,
    blocks: [
      ...section.clauses.flatMap((clause) => clauseBlocks(clause, settings, facts)),
      ...(section.id === ACCEPTANCE_SECTION_ID ? statement : []),
    ],
  }));
  if (!content.sections.some((section) => section.id === ACCEPTANCE_SECTION_ID)) {
    sections.push({ id: ACCEPTANCE_SECTION_ID, heading: 'Statement of Acceptance', blocks: statement });
  }
  if (content.history.length > 0) {
    sections.push({
      id: HISTORY_SECTION_ID,
      heading: 'Version history',
      blocks: [{ kind: 'list', items: content.history.map(historyItem) }],
    });
  }
  return sections;
}

/** "Mrs A Patel, Deputy Head", or the role alone while a template's placeholder has no name yet. */
export function responsiblePersonLine(person: PolicyContent['responsiblePerson']): string | null {
  if (!person) return null;
  const name = person.name.trim();
  return name ? `${name}, ${person.role}` : person.role;
}
