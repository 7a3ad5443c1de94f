import { describe, expect, it } from 'vitest';
import { parseClauseMarkdown } from '../clause-markdown.ts';
import { policyContentFromTemplate, POLICY_TEMPLATE_IDS } from '../templates/index.ts';
import { newClauseId } from '../policy-content-builders.ts';
import { libraryClause, libraryClauseIdsFor, RECORDED_RULES, WRITTEN_CLAUSES } from './index.ts';

describe('the clause library', () => {
  it('every written clause parses in the clause Markdown subset', () => {
    for (const [id, markdown] of Object.entries(WRITTEN_CLAUSES))
      expect(parseClauseMarkdown(markdown).ok, id).toBe(true);
  });

  it('a clause is guidance unless Schoolgate records it, and generated ones keep their generator’s status', () => {
    expect(libraryClause('staff.harassment')).toMatchObject({ status: 'guidance', rule: null, locked: false });
    expect(libraryClause('roles.board-approves')).toMatchObject({
      status: 'recorded',
      rule: RECORDED_RULES['roles.board-approves'],
    });
    expect(libraryClause('comments.moderation')).toMatchObject({ status: 'enforced', markdown: null });
    expect(() => libraryClause('comments.moderation', 'Other words')).toThrow(RangeError);
    expect(() => libraryClause('no.such-clause')).toThrow(RangeError);
  });

  it('offers the harassment clause for the staff section of every template that lacks it', () => {
    for (const id of POLICY_TEMPLATE_IDS) {
      const content = policyContentFromTemplate(id);
      const used = content.sections.flatMap((s) => s.clauses.map((c) => c.id));
      const offered = libraryClauseIdsFor('staff', used);
      expect(
        content.sections.some((s) => s.id === 'staff'),
        id,
      ).toBe(true);
      if (!used.includes('staff.harassment')) expect(offered, id).toContain('staff.harassment');
      expect(offered.every((clause) => !used.includes(clause))).toBe(true);
    }
  });

  it('gives a school’s own clause an id not yet used', () => {
    const content = policyContentFromTemplate('blank');
    const first = newClauseId(content, 'staff');
    expect(first).toBe('staff.own-1');
    const withIt = {
      ...content,
      sections: content.sections.map((s) =>
        s.id === 'staff' ? { ...s, clauses: [...s.clauses, { ...libraryClause('staff.harassment'), id: first }] } : s,
      ),
    };
    expect(newClauseId(withIt, 'staff')).toBe('staff.own-2');
  });

  it('never copies a seed policy sentence: no long run of words from the seeds', async () => {
    const { readdirSync, readFileSync, existsSync } = await import('node:fs');
    // The seeds sit beside the repository (../shared); a worktree is one level further down.
    const dir = ['../../../../../../shared/seed-policies/', '../../../../../../../shared/seed-policies/']
      .map((path) => new URL(path, import.meta.url))
      .find((url) => existsSync(url));
    if (!dir) return;
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^a-z0-9' ]+/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    const seedRuns = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const w = words(readFileSync(new URL(file, dir), 'utf8'));
      for (let i = 0; i + 9 <= w.length; i += 1) seedRuns.add(w.slice(i, i + 9).join(' '));
    }
    const copied: string[] = [];
    for (const [id, markdown] of Object.entries(WRITTEN_CLAUSES)) {
      const w = words(markdown);
      for (let i = 0; i + 9 <= w.length; i += 1)
        if (seedRuns.has(w.slice(i, i + 9).join(' '))) copied.push(`${id}: ${w.slice(i, i + 9).join(' ')}`);
    }
    expect(copied).toEqual([]);
  });
});
