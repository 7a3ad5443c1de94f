import { describe, expect, it } from 'vitest';
import { applyContentEdit, type ContentEditInput } from './policy-content-edit.ts';
import type { PolicyClause, PolicyContent } from './policy-content.ts';

const clause = (id: string, overrides: Partial<PolicyClause> = {}): PolicyClause => ({
  id,
  status: 'guidance',
  rule: null,
  markdown: `Words of ${id}.`,
  origin: 'template',
  locked: false,
  ...overrides,
});

const stored: PolicyContent = {
  sections: [
    {
      id: 'official-accounts',
      heading: 'Official accounts',
      origin: 'template',
      locked: false,
      clauses: [clause('accounts.response', { status: 'enforced', rule: 'response.hours', markdown: null })],
    },
    {
      id: 'staff',
      heading: 'Staff',
      origin: 'trust',
      locked: true,
      clauses: [
        clause('staff.private', { origin: 'trust', locked: true }),
        clause('staff.training', { status: 'recorded', rule: 'people.training' }),
      ],
    },
  ],
  statementOfAcceptance: 'I have read the policy.',
  responsiblePerson: null,
  history: [{ version: '0.1', date: '2019-09-01', author: 'J Smith', reason: 'First issue' }],
};

/** The stored words as a request would send them back unchanged. */
const asInput = (content: PolicyContent): ContentEditInput => ({
  sections: content.sections.map((s) => ({
    id: s.id,
    heading: s.heading,
    clauses: s.clauses.map((c) => ({ id: c.id, markdown: c.markdown })),
  })),
  statementOfAcceptance: content.statementOfAcceptance,
  responsiblePerson: content.responsiblePerson,
});

describe('applyContentEdit', () => {
  it('adds a school clause as guidance in the school’s name, keeping history, whatever the caller claims', () => {
    const input = asInput(stored);
    const staff = input.sections[1]!;
    const added = { id: 'school.online-harassment', markdown: 'We do **not** tolerate harassment online.' };
    const result = applyContentEdit(
      stored,
      {
        ...input,
        sections: [input.sections[0]!, { ...staff, clauses: [...staff.clauses, { ...added, locked: true }] }],
        responsiblePerson: { name: ' Mrs A Patel ', role: 'Deputy Head' },
      },
      'school',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.sections[1]!.clauses[2]).toEqual({
      ...added,
      status: 'guidance',
      rule: null,
      origin: 'school',
      locked: false,
    });
    expect(result.content.responsiblePerson).toEqual({ name: 'Mrs A Patel', role: 'Deputy Head' });
    expect(result.content.history).toEqual(stored.history);
  });

  it('edits and reorders the school’s clauses, keeping what Schoolgate does about them', () => {
    const input = asInput(stored);
    const staff = input.sections[1]!;
    const result = applyContentEdit(
      stored,
      {
        ...input,
        sections: [
          input.sections[0]!,
          { ...staff, clauses: [{ id: 'staff.training', markdown: 'Trained *every* year.' }, staff.clauses[0]!] },
        ],
      },
      'school',
    );
    expect(result.ok && result.content.sections[1]!.clauses[0]).toMatchObject({
      id: 'staff.training',
      status: 'recorded',
      rule: 'people.training',
      markdown: 'Trained *every* year.',
    });
  });

  it('refuses changing or removing an enforced clause, naming the setting', () => {
    const input = asInput(stored);
    const changed = applyContentEdit(
      stored,
      {
        ...input,
        sections: [
          { ...input.sections[0]!, clauses: [{ id: 'accounts.response', markdown: 'Whenever.' }] },
          input.sections[1]!,
        ],
      },
      'school',
    );
    expect(changed).toMatchObject({
      ok: false,
      problems: [
        { kind: 'locked', field: 'sections.0.clauses.0.markdown', message: expect.stringContaining('response.hours') },
      ],
    });
    const removed = applyContentEdit(
      stored,
      { ...input, sections: [{ ...input.sections[0]!, clauses: [] }, input.sections[1]!] },
      'school',
    );
    expect(removed).toMatchObject({
      ok: false,
      problems: [{ kind: 'locked', message: expect.stringContaining('cannot be removed') }],
    });
  });

  it('refuses a school changing, removing or moving a trust-locked clause or section', () => {
    const input = asInput(stored);
    const staff = input.sections[1]!;
    const edited = applyContentEdit(
      stored,
      {
        ...input,
        sections: [
          input.sections[0]!,
          { ...staff, clauses: [{ id: 'staff.private', markdown: 'Mine now.' }, staff.clauses[1]!] },
        ],
      },
      'school',
    );
    expect(edited).toMatchObject({
      ok: false,
      problems: [{ kind: 'locked', message: expect.stringContaining('"staff.private"') }],
    });
    const renamed = applyContentEdit(
      stored,
      { ...input, sections: [input.sections[0]!, { ...staff, heading: 'People' }] },
      'school',
    );
    expect(renamed).toMatchObject({ ok: false, problems: [{ field: 'sections.1.heading' }] });
    const dropped = applyContentEdit(stored, { ...input, sections: [input.sections[0]!] }, 'school');
    expect(dropped.ok).toBe(false);
    if (!dropped.ok) expect(dropped.problems.map((p) => p.message).join(' ')).toMatch(/cannot remove/);
  });

  it('lets the trust change and unlock its own clauses', () => {
    const input = asInput(stored);
    const staff = input.sections[1]!;
    const result = applyContentEdit(
      stored,
      {
        ...input,
        sections: [
          input.sections[0]!,
          {
            ...staff,
            locked: false,
            clauses: [{ id: 'staff.private', markdown: 'Changed.', locked: false }, staff.clauses[1]!],
          },
        ],
      },
      'trust',
    );
    expect(result.ok && result.content.sections[1]).toMatchObject({
      locked: false,
      clauses: [{ markdown: 'Changed.', locked: false }, {}],
    });
  });

  it('refuses ids used twice and new clauses without words', () => {
    const input = asInput(stored);
    const staff = input.sections[1]!;
    const result = applyContentEdit(
      stored,
      {
        ...input,
        sections: [
          input.sections[0]!,
          {
            ...staff,
            clauses: [...staff.clauses, { id: 'staff.training', markdown: 'x' }, { id: 'new', markdown: ' ' }],
          },
        ],
      },
      'school',
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { kind: 'invalid', field: 'sections.1.clauses.2.id' },
        { kind: 'invalid', field: 'sections.1.clauses.3.markdown' },
      ],
    });
  });
});
