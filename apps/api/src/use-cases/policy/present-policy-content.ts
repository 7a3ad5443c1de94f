// The words of a version (or of the trust) as the editor shows them: each clause with what Schoolgate does about it,
// and for a clause Schoolgate writes (every enforced one, some recorded) the words the settings generate in that
// version, taken from the stored document.
import type { PolicyContentResponse } from '@schoolgate/contracts';
import type { PolicyBlock, PolicyContent, PolicyDocument } from '@schoolgate/domain';

const wordsOf = (block: PolicyBlock): string[] => (block.kind === 'list' ? [...block.items] : [block.text]);

/** Each clause's generated words in the document, by clause id. */
function generatedWords(document: PolicyDocument | null): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const section of document?.sections ?? [])
    for (const block of section.blocks)
      if (block.clauseId) words.set(block.clauseId, [...(words.get(block.clauseId) ?? []), ...wordsOf(block)]);
  return words;
}

export function presentPolicyContent(
  content: PolicyContent,
  options: {
    scope: PolicyContentResponse['scope'];
    version: PolicyContentResponse['version'];
    readOnlyReason: string | null;
    document: PolicyDocument | null;
  },
): PolicyContentResponse {
  const generated = generatedWords(options.document);
  return {
    scope: options.scope,
    version: options.version,
    editable: options.readOnlyReason === null,
    readOnlyReason: options.readOnlyReason,
    content: {
      sections: content.sections.map((section) => ({
        id: section.id,
        heading: section.heading,
        origin: section.origin,
        locked: section.locked,
        clauses: section.clauses.map((clause) => ({
          id: clause.id,
          status: clause.status,
          rule: clause.rule,
          markdown: clause.markdown,
          origin: clause.origin,
          locked: clause.locked,
          generatedText: clause.markdown === null ? (generated.get(clause.id) ?? []) : null,
        })),
      })),
      statementOfAcceptance: content.statementOfAcceptance,
      responsiblePerson: content.responsiblePerson ? { ...content.responsiblePerson } : null,
    },
  };
}
