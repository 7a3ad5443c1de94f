import { describe, expect, it } from 'vitest';
import { contentSection, generatedClause, writtenClause } from './policy-content-builders.ts';
import type { PolicyClause, PolicyContent, PolicyContentSection } from './policy-content.ts';
import { checkSchoolContentAgainstTrust, mergeTrustAndSchoolContent } from './policy-content-trust.ts';

const lock = (clause: PolicyClause): PolicyClause => ({ ...clause, origin: 'trust', locked: true });
const trustClause = (clause: PolicyClause): PolicyClause => ({ ...clause, origin: 'trust' });
const lockSection = (section: PolicyContentSection): PolicyContentSection => ({ ...section, locked: true });

const trust: PolicyContent = {
  sections: [
    lockSection(
      contentSection('purpose', 'Purpose', [trustClause(writtenClause('purpose.aims', 'Our aims.'))], 'trust'),
    ),
    contentSection(
      'staff',
      'Staff',
      [
        lock(writtenClause('staff.harassment', 'Never harass anyone.')),
        trustClause(writtenClause('staff.privacy', 'Keep accounts private.')),
        lock(generatedClause('staff.two-factor')),
      ],
      'trust',
    ),
  ],
  statementOfAcceptance: 'I will follow the trust’s policy.',
  responsiblePerson: { name: '', role: 'Chief Operating Officer' },
  history: [],
};

const schoolFrom = (edit: (sections: PolicyContentSection[]) => PolicyContentSection[]): PolicyContent => {
  const start = mergeTrustAndSchoolContent(trust, null);
  return { ...start, sections: edit([...start.sections]) };
};
const staffOf = (content: PolicyContent) => content.sections.find((s) => s.id === 'staff') as PolicyContentSection;
const replaceStaff = (sections: PolicyContentSection[], clauses: PolicyClause[]) =>
  sections.map((s) => (s.id === 'staff' ? { ...s, clauses } : s));

describe('checkSchoolContentAgainstTrust', () => {
  it('a school may edit unlocked clauses and add its own sections and clauses', () => {
    const school = schoolFrom((sections) => {
      const staff = staffOf({ ...trust, sections });
      const clauses = staff.clauses.map((c) =>
        c.id === 'staff.privacy' ? { ...c, markdown: 'Our own words.', origin: 'school' as const } : c,
      );
      return [
        ...replaceStaff(sections, [...clauses, writtenClause('staff.parking', 'Park at the back.', null, 'school')]),
        contentSection('parents', 'Parents', [writtenClause('parents.respect', 'Be kind.', null, 'school')], 'school'),
      ];
    });
    expect(checkSchoolContentAgainstTrust(trust, school)).toEqual([]);
  });

  it('a school may remove an unlocked clause but not a locked one', () => {
    const school = schoolFrom((sections) =>
      replaceStaff(
        sections,
        staffOf({ ...trust, sections }).clauses.filter((c) => c.id !== 'staff.privacy' && c.id !== 'staff.harassment'),
      ),
    );
    expect(checkSchoolContentAgainstTrust(trust, school)).toEqual([
      {
        sectionId: 'staff',
        clauseId: 'staff.harassment',
        message: 'This clause is locked by the trust and cannot be removed.',
      },
    ]);
  });

  it('refuses a locked clause reworded, moved to another section, or put out of the trust’s order', () => {
    const reworded = schoolFrom((sections) =>
      replaceStaff(
        sections,
        staffOf({ ...trust, sections }).clauses.map((c) =>
          c.id === 'staff.harassment' ? { ...c, markdown: 'Softer.' } : c,
        ),
      ),
    );
    expect(checkSchoolContentAgainstTrust(trust, reworded)[0]?.message).toMatch(/cannot be changed/);

    const reordered = schoolFrom((sections) =>
      replaceStaff(sections, [...staffOf({ ...trust, sections }).clauses].reverse()),
    );
    expect(checkSchoolContentAgainstTrust(trust, reordered)[0]?.message).toMatch(/trust's order/);

    const moved = schoolFrom((sections) => {
      const harassment = staffOf({ ...trust, sections }).clauses[0] as PolicyClause;
      return replaceStaff(sections, staffOf({ ...trust, sections }).clauses.slice(1)).map((s) =>
        s.id === 'purpose' ? { ...s, clauses: [...s.clauses, harassment] } : s,
      );
    });
    const problems = checkSchoolContentAgainstTrust(trust, moved).map((p) => p.message);
    expect(problems).toContain('This clause is locked by the trust and must stay in its section.');
  });

  it('refuses a locked section removed, renamed, reordered or added to', () => {
    const removed = schoolFrom((sections) => sections.filter((s) => s.id !== 'purpose'));
    expect(checkSchoolContentAgainstTrust(trust, removed).map((p) => p.message)).toContain(
      'The trust\'s section "Purpose" is locked and cannot be removed.',
    );
    const renamed = schoolFrom((sections) => sections.map((s) => (s.id === 'purpose' ? { ...s, heading: 'Aims' } : s)));
    expect(checkSchoolContentAgainstTrust(trust, renamed)[0]?.message).toMatch(/cannot be renamed/);
    const added = schoolFrom((sections) =>
      sections.map((s) =>
        s.id === 'purpose'
          ? { ...s, clauses: [...s.clauses, writtenClause('purpose.extra', 'More.', null, 'school')] }
          : s,
      ),
    );
    expect(checkSchoolContentAgainstTrust(trust, added)[0]?.message).toMatch(/clauses cannot be added/);
    const twoLocked: PolicyContent = { ...trust, sections: trust.sections.map(lockSection) };
    const swapped = { ...twoLocked, sections: [...twoLocked.sections].reverse() };
    expect(checkSchoolContentAgainstTrust(twoLocked, swapped).map((p) => p.message)).toContain(
      "The trust's locked sections must stay in the trust's order.",
    );
  });

  it('only the trust locks, and a school’s own clause cannot pose as the trust’s', () => {
    const school = schoolFrom((sections) =>
      replaceStaff(sections, [
        ...staffOf({ ...trust, sections }).clauses,
        { ...writtenClause('staff.mine', 'Mine.'), locked: true, origin: 'trust' },
      ]),
    );
    expect(checkSchoolContentAgainstTrust(trust, school).map((p) => p.message)).toEqual([
      'Only the trust can lock a clause.',
      'This clause is not the trust’s: mark it as the school’s own.',
    ]);
  });
});

describe('mergeTrustAndSchoolContent', () => {
  it('a school without its own content starts from the trust’s, marked as the trust’s', () => {
    const merged = mergeTrustAndSchoolContent(trust, null);
    expect(merged.sections.flatMap((s) => s.clauses.map((c) => [c.id, c.origin, c.locked]))).toEqual([
      ['purpose.aims', 'trust', true],
      ['staff.harassment', 'trust', true],
      ['staff.privacy', 'trust', false],
      ['staff.two-factor', 'trust', true],
    ]);
    expect(merged.statementOfAcceptance).toBe(trust.statementOfAcceptance);
  });

  it('keeps the school’s own words and brings locked clauses up to date with the trust', () => {
    const school = schoolFrom((sections) =>
      replaceStaff(sections, [
        ...staffOf({ ...trust, sections }).clauses.map((c) =>
          c.id === 'staff.privacy' ? { ...c, markdown: 'Ours.', origin: 'school' as const } : c,
        ),
        writtenClause('staff.parking', 'Park at the back.', null, 'school'),
      ]),
    );
    const reworded: PolicyContent = {
      ...trust,
      sections: trust.sections.map((s) =>
        s.id === 'staff'
          ? {
              ...s,
              clauses: s.clauses.map((c) => (c.id === 'staff.harassment' ? { ...c, markdown: 'New words.' } : c)),
            }
          : s,
      ),
    };
    const merged = mergeTrustAndSchoolContent(reworded, { ...school, statementOfAcceptance: 'The school’s own.' });
    const staff = staffOf(merged);
    expect(staff.clauses.map((c) => [c.id, c.markdown])).toEqual([
      ['staff.harassment', 'New words.'],
      ['staff.privacy', 'Ours.'],
      ['staff.two-factor', null],
      ['staff.parking', 'Park at the back.'],
    ]);
    expect(merged.statementOfAcceptance).toBe('The school’s own.');
    expect(checkSchoolContentAgainstTrust(reworded, merged)).toEqual([]);
  });

  it('puts back a locked clause or section the school lost, after its trust neighbour', () => {
    const school: PolicyContent = {
      ...trust,
      sections: [contentSection('staff', 'Staff', [writtenClause('staff.own', 'Ours.', null, 'school')], 'school')],
    };
    const merged = mergeTrustAndSchoolContent(trust, school);
    expect(merged.sections.map((s) => s.id)).toEqual(['purpose', 'staff']);
    expect(staffOf(merged).clauses.map((c) => c.id)).toEqual(['staff.harassment', 'staff.two-factor', 'staff.own']);
    expect(checkSchoolContentAgainstTrust(trust, merged)).toEqual([]);
  });
});
