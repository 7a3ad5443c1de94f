// The words a member of staff signs: the Statement of Acceptance stored with the version in force (the school's own
// words, issue 15), exactly as approved. Versions written before statements were stored with each version keep the
// fixed wording they were approved with, built from the school's name and the version number.
import type { PolicyDocumentBlock } from '@schoolgate/contracts';
import { parseClauseMarkdown, type PolicyContent } from '@schoolgate/domain';
import { presentPolicyDocument } from '../policy/present-policy-version.ts';

export function statementOfVersion(
  version: { number: number; content: Record<string, unknown> | null },
  schoolName: string,
): string {
  const stored = (version.content as unknown as PolicyContent | null)?.statementOfAcceptance;
  return stored && stored.trim() !== '' ? stored : acceptanceStatement(schoolName, version.number);
}

/** The statement as the document shows it; a statement that is not in the allowed Markdown shows as one paragraph. */
export function statementBlocks(statement: string): PolicyDocumentBlock[] {
  const parsed = parseClauseMarkdown(statement);
  const blocks = parsed.ok ? parsed.blocks : [{ kind: 'paragraph' as const, text: statement }];
  return presentPolicyDocument({ title: '', details: [], sections: [{ id: 's', heading: '', blocks }] }).sections[0]!
    .blocks;
}

/** The fixed wording of versions approved before issue 15. */
export function acceptanceStatement(schoolName: string, versionNumber: number): string {
  return [
    `I have read version ${versionNumber} of the social media policy of ${schoolName}.`,
    'I understand that it applies to me, in my work and in how I use social media in my own time,',
    'and I will follow it. If I am unsure what it asks of me, I will ask the headteacher.',
  ].join(' ');
}

/** Names compared as a person would: ignoring case, spaces and the style of apostrophe or hyphen. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLocaleLowerCase('en-GB')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, '');
}

export function namesMatch(typed: string, expected: string): boolean {
  return normaliseName(typed) === normaliseName(expected);
}
