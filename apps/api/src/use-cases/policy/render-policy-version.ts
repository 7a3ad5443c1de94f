// Renders a version's document and hash from its settings snapshot and the school's facts. One place, so a
// draft, a refreshed draft and an approved version are all rendered and hashed the same way.
import { createHash } from 'node:crypto';
import type { Db } from '@schoolgate/db';
import { buildPolicyDocument, hashPolicyVersion, renderPolicyMarkdown, type PolicySettings } from '@schoolgate/domain';
import { loadDocumentFacts } from './policy-document-facts.ts';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export async function renderPolicyVersion(
  db: Db,
  schoolId: string,
  settings: PolicySettings,
  version: { number: number; approvedOn: string | null; reviewDate: string },
): Promise<{ documentMarkdown: string; contentHash: string }> {
  const facts = await loadDocumentFacts(db, schoolId, version);
  const documentMarkdown = renderPolicyMarkdown(buildPolicyDocument(settings, facts));
  return { documentMarkdown, contentHash: hashPolicyVersion(settings, documentMarkdown, sha256Hex) };
}
