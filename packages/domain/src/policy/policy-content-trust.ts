// A trust's words and a school's (issue 15). A school inherits its trust's PolicyContent and keeps a whole copy of
// its own; a clause or section the trust LOCKS must stay exactly as the trust wrote it, where the trust put it. The
// school may edit or remove what is not locked, and add its own sections and clauses anywhere.
//
// - mergeTrustAndSchoolContent: the school's content with the trust's locked parts brought up to date (a trust that
//   rewords a locked clause changes it in every school), missing locked parts put back after their trust
//   neighbours. A school with no content of its own starts from the trust's.
// - checkSchoolContentAgainstTrust: what a school's edit did to the trust's locked parts, for refusing the edit.
import type { PolicyClause, PolicyContent, PolicyContentSection } from './policy-content.ts';

export interface TrustLockProblem {
  readonly sectionId: string;
  readonly clauseId: string | null;
  readonly message: string;
}

const sameClause = (a: PolicyClause, b: PolicyClause) =>
  a.status === b.status && a.rule === b.rule && a.markdown === b.markdown;

const asTrust = <T extends { origin: string }>(part: T): T => ({ ...part, origin: 'trust' });

/** Where `id` sits among `ids` that are also in `among`, so relative order can be compared. */
const orderAmong = (ids: readonly string[], among: ReadonlySet<string>) => ids.filter((id) => among.has(id));

function lockedClauses(trust: PolicyContent): Map<string, { sectionId: string; clause: PolicyClause }> {
  const found = new Map<string, { sectionId: string; clause: PolicyClause }>();
  for (const section of trust.sections)
    for (const clause of section.clauses)
      if (clause.locked || section.locked) found.set(clause.id, { sectionId: section.id, clause });
  return found;
}

export function checkSchoolContentAgainstTrust(trust: PolicyContent, school: PolicyContent): TrustLockProblem[] {
  const problems: TrustLockProblem[] = [];
  const schoolSections = new Map(school.sections.map((section) => [section.id, section]));
  const schoolClauses = new Map(
    school.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, { section, clause }] as const)),
  );

  const lockedSections = trust.sections.filter((section) => section.locked);
  for (const section of lockedSections) {
    const mine = schoolSections.get(section.id);
    if (!mine)
      problems.push({
        sectionId: section.id,
        clauseId: null,
        message: `The trust's section "${section.heading}" is locked and cannot be removed.`,
      });
    else if (mine.heading !== section.heading)
      problems.push({
        sectionId: section.id,
        clauseId: null,
        message: `The trust's section "${section.heading}" is locked and cannot be renamed.`,
      });
  }
  const lockedSectionIds = new Set(lockedSections.map((section) => section.id));
  const trustOrder = orderAmong(
    trust.sections.map((s) => s.id),
    lockedSectionIds,
  );
  const schoolOrder = orderAmong(
    school.sections.map((s) => s.id),
    lockedSectionIds,
  );
  if (schoolOrder.length === trustOrder.length && schoolOrder.join() !== trustOrder.join()) {
    problems.push({
      sectionId: schoolOrder.find((id, i) => id !== trustOrder[i]) ?? '',
      clauseId: null,
      message: "The trust's locked sections must stay in the trust's order.",
    });
  }

  const locked = lockedClauses(trust);
  for (const [id, { sectionId, clause }] of locked) {
    const mine = schoolClauses.get(id);
    if (!mine)
      problems.push({ sectionId, clauseId: id, message: 'This clause is locked by the trust and cannot be removed.' });
    else if (mine.section.id !== sectionId)
      problems.push({
        sectionId,
        clauseId: id,
        message: 'This clause is locked by the trust and must stay in its section.',
      });
    else if (!sameClause(mine.clause, clause))
      problems.push({ sectionId, clauseId: id, message: 'This clause is locked by the trust and cannot be changed.' });
  }
  for (const section of trust.sections) {
    const mine = schoolSections.get(section.id);
    if (!mine) continue;
    const ids = new Set(section.clauses.filter((clause) => locked.has(clause.id)).map((clause) => clause.id));
    const want = orderAmong(
      section.clauses.map((c) => c.id),
      ids,
    );
    const have = orderAmong(
      mine.clauses.map((c) => c.id),
      ids,
    );
    if (have.length === want.length && have.join() !== want.join())
      problems.push({
        sectionId: section.id,
        clauseId: have.find((id, i) => id !== want[i]) ?? null,
        message: "The trust's locked clauses must stay in the trust's order.",
      });
    if (section.locked) {
      const extra = mine.clauses.filter((clause) => !ids.has(clause.id));
      for (const clause of extra)
        problems.push({
          sectionId: section.id,
          clauseId: clause.id,
          message: 'The trust has locked this section: clauses cannot be added to it.',
        });
    }
  }

  // Only a trust locks, and only the trust's own parts carry its name.
  const trustIds = new Set(trust.sections.flatMap((s) => [s.id, ...s.clauses.map((c) => c.id)]));
  for (const section of school.sections) {
    if (section.locked && !lockedSectionIds.has(section.id))
      problems.push({ sectionId: section.id, clauseId: null, message: 'Only the trust can lock a section.' });
    for (const clause of section.clauses) {
      if (clause.locked && !locked.has(clause.id))
        problems.push({ sectionId: section.id, clauseId: clause.id, message: 'Only the trust can lock a clause.' });
      if (clause.origin === 'trust' && !trustIds.has(clause.id))
        problems.push({
          sectionId: section.id,
          clauseId: clause.id,
          message: 'This clause is not the trust’s: mark it as the school’s own.',
        });
    }
  }
  return problems;
}

/** Puts `item` after the nearest earlier neighbour (in `reference` order) that `into` already has, else first. */
function insertAfterNeighbour<T extends { id: string }>(
  into: T[],
  item: T,
  reference: readonly { id: string }[],
): void {
  const index = reference.findIndex((r) => r.id === item.id);
  for (let i = index - 1; i >= 0; i -= 1) {
    const at = into.findIndex((existing) => existing.id === reference[i]?.id);
    if (at >= 0) {
      into.splice(at + 1, 0, item);
      return;
    }
  }
  into.unshift(item);
}

const trustSection = (section: PolicyContentSection): PolicyContentSection => ({
  ...asTrust(section),
  clauses: section.clauses.map((clause) => ({ ...asTrust(clause), locked: clause.locked || section.locked })),
});

export function mergeTrustAndSchoolContent(trust: PolicyContent, school: PolicyContent | null): PolicyContent {
  if (!school) return { ...trust, sections: trust.sections.map(trustSection) };
  const locked = lockedClauses(trust);
  const sections: PolicyContentSection[] = school.sections.map((section) => {
    const fromTrust = trust.sections.find((t) => t.id === section.id);
    if (fromTrust?.locked) return trustSection(fromTrust);
    // Locked clauses of this section: the trust's words, then any the school lost put back.
    const clauses = section.clauses
      .filter((clause) => !locked.has(clause.id) || locked.get(clause.id)?.sectionId === section.id)
      .map((clause) => {
        const lockedClause = locked.get(clause.id)?.clause;
        return lockedClause ? { ...asTrust(lockedClause), locked: true } : clause;
      });
    for (const t of fromTrust?.clauses ?? []) {
      if (locked.has(t.id) && !clauses.some((clause) => clause.id === t.id))
        insertAfterNeighbour(clauses, { ...asTrust(t), locked: true }, fromTrust?.clauses ?? []);
    }
    return { ...section, clauses };
  });
  for (const t of trust.sections) {
    const hasLocked = t.locked || t.clauses.some((clause) => clause.locked);
    if (hasLocked && !sections.some((section) => section.id === t.id)) {
      const kept = t.locked
        ? trustSection(t)
        : { ...asTrust(t), clauses: t.clauses.filter((c) => c.locked).map(asTrust) };
      insertAfterNeighbour(sections, kept, trust.sections);
    }
  }
  return { ...school, sections };
}
