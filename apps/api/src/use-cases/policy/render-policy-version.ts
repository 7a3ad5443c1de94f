// Renders a version's document and hash from its settings snapshot, its words (content) and the school's facts. One
// place, so a draft, a changed or refreshed draft and an approved version are all rendered and hashed the same way.
// The structured document is kept beside its Markdown so the page and the PDF keep the school's formatting.
import { createHash } from 'node:crypto';
import type { Db } from '@schoolgate/db';
import {
  buildPolicyDocument,
  hashPolicyVersion,
  renderPolicyMarkdown,
  type PolicyContent,
  type PolicySettings,
} from '@schoolgate/domain';
import { loadDocumentFacts } from './policy-document-facts.ts';
import { contentRecord } from './policy-content-source.ts';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface RenderedVersion {
  content: Record<string, unknown>;
  document: Record<string, unknown>;
  documentMarkdown: string;
  contentHash: string;
}

export async function renderPolicyVersion(
  db: Db,
  schoolId: string,
  settings: PolicySettings,
  version: { number: number; approvedOn: string | null; reviewDate: string },
  content: PolicyContent,
): Promise<RenderedVersion> {
  const facts = await loadDocumentFacts(db, schoolId, version);
  const document = buildPolicyDocument(settings, facts, content);
  const documentMarkdown = renderPolicyMarkdown(document);
  return {
    content: contentRecord(content),
    document: document as unknown as Record<string, unknown>,
    documentMarkdown,
    contentHash: hashPolicyVersion(settings, documentMarkdown, sha256Hex, content),
  };
}
