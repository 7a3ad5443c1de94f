// Shorthand for a template's default PolicyContent: sections as [id, heading, clauses], a clause as its library
// id, or [id, words] where the template phrases a library clause its own way.
import { libraryClause } from '../../clause-library/index.ts';
import { contentSection } from '../../policy-content-builders.ts';
import type { PolicyContent, PolicyContentSection } from '../../policy-content.ts';

export type ClauseRef = string | readonly [id: string, words: string];
export type SectionDefinition = readonly [id: string, heading: string, clauses: readonly ClauseRef[]];

export interface TemplateContentDefinition {
  readonly sections: readonly SectionDefinition[];
  readonly statementOfAcceptance: string;
  readonly responsiblePerson: PolicyContent['responsiblePerson'];
}

function sectionFrom([id, heading, clauses]: SectionDefinition): PolicyContentSection {
  return contentSection(
    id,
    heading,
    clauses.map((ref) => (typeof ref === 'string' ? libraryClause(ref) : libraryClause(ref[0], ref[1]))),
  );
}

export function contentFrom(definition: TemplateContentDefinition): PolicyContent {
  return {
    sections: definition.sections.map(sectionFrom),
    statementOfAcceptance: definition.statementOfAcceptance,
    responsiblePerson: definition.responsiblePerson,
    history: [],
  };
}

/** The lines most Statements of Acceptance share; templates add their own. */
export const STATEMENT_OPENING = 'I have read this social media policy, I understand it, and I will keep to it.';
