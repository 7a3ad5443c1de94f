// Shows words in the policy's allowed Markdown as the document will print them, or says by line what is outside
// the allowed formatting, with the same parser that checks them when they are saved. Writes nothing.
import type { PolicyMarkdownPreviewResponse } from '@schoolgate/contracts';
import { parseClauseMarkdown, type PolicyDocument } from '@schoolgate/domain';
import type { Actor } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { presentPolicyDocument } from './present-policy-version.ts';

export function previewPolicyMarkdown(actor: Actor, markdown: string): PolicyMarkdownPreviewResponse {
  authorise(actor, 'read', 'policy');
  const parsed = parseClauseMarkdown(markdown);
  if (!parsed.ok) return { blocks: [], problems: parsed.problems.map((p) => ({ line: p.line, message: p.message })) };
  const document: PolicyDocument = {
    title: '',
    details: [],
    sections: [{ id: 'preview', heading: '', blocks: parsed.blocks }],
  };
  return { blocks: presentPolicyDocument(document).sections[0]!.blocks, problems: [] };
}
