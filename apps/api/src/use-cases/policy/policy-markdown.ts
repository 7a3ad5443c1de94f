// Reads a version's stored Markdown back into the structured document, so the page and the PDF show exactly the
// text that was hashed and approved (a later change to a name or to the wording code cannot alter an old version).
// The Markdown is always written by the domain's renderPolicyMarkdown, whose shape this mirrors.
import type { PolicyBlock, PolicyDocument, PolicySection } from '@schoolgate/domain';

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
const DETAIL = /^- \*\*(.*?):\*\* (.*)$/;

export function parsePolicyMarkdown(markdown: string): PolicyDocument {
  const lines = markdown.split('\n');
  let title = '';
  const details: { label: string; value: string }[] = [];
  const sections: PolicySection[] = [];
  let section: { id: string; heading: string; blocks: PolicyBlock[] } | null = null;
  let list: string[] | null = null;

  for (const line of lines) {
    if (line.startsWith('# ')) {
      title = unescape(line.slice(2));
    } else if (line.startsWith('## ')) {
      const heading = unescape(line.slice(3));
      section = { id: `section-${sections.length + 1}`, heading, blocks: [] };
      sections.push(section);
      list = null;
    } else if (line === '') {
      list = null;
    } else if (!section) {
      // Before the first section, list lines are the cover details ("- **Label:** value").
      const match = DETAIL.exec(line);
      if (match) details.push({ label: unescape(match[1]!), value: unescape(match[2]!) });
    } else if (line.startsWith('- ')) {
      if (!list) {
        list = [];
        section.blocks.push({ kind: 'list', items: list });
      }
      list.push(unescape(line.slice(2)));
    } else {
      section.blocks.push({ kind: 'paragraph', text: unescape(line) });
    }
  }
  return { title, details, sections };
}
