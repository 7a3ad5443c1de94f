import { describe, expect, it } from 'vitest';
import { parsePolicySettings, policySettingsFromTemplate, renderPolicyDocument } from '../index.ts';
import { RETENTION_DEFAULTS, retentionCutoffs } from './retention.ts';

const facts = {
  schoolName: 'Oak Hill Primary',
  trustName: null,
  headteacher: 'A Head',
  dsl: 'A Lead',
  deputyDsls: [],
  chairOfGovernors: null,
  version: '1',
  approvedOn: null,
  reviewDate: '2027-09-01',
} as const;

const base = () => {
  const settings = policySettingsFromTemplate('blank') as Record<string, unknown>;
  const { retention: _dropped, ...rest } = settings;
  return rest;
};

describe('retention settings', () => {
  it('fills the lawful defaults into settings stored before retention existed', () => {
    const parsed = parsePolicySettings(base());
    expect(parsed.ok && parsed.settings.retention).toEqual(RETENTION_DEFAULTS);
  });

  it('refuses a safeguarding period that would not reach the pupil’s 25th birthday, naming the field', () => {
    const parsed = parsePolicySettings({ ...base(), retention: { ...RETENTION_DEFAULTS, concernsYears: 7 } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toEqual([expect.objectContaining({ field: 'retention.concernsYears' })]);
      expect(parsed.problems[0]!.message).toMatch(/25/);
    }
  });

  it('refuses fractions, zero and unknown kinds of record', () => {
    const parsed = parsePolicySettings({
      ...base(),
      retention: { ...RETENTION_DEFAULTS, commentsMonths: 1.5, sessionsDays: 0, photos: 3 },
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map((p) => p.field).sort()).toEqual([
        'retention.commentsMonths',
        'retention.photos',
        'retention.sessionsDays',
      ]);
  });

  it('works out each cutoff from the clock it is given', () => {
    const cut = retentionCutoffs(RETENTION_DEFAULTS, new Date('2026-12-07T02:00:00Z'));
    expect(cut.comments.toISOString()).toBe('2024-12-07T02:00:00.000Z');
    expect(cut.concerns.toISOString()).toBe('2001-12-07T02:00:00.000Z');
    expect(cut.notifications.toISOString()).toBe('2026-06-07T02:00:00.000Z');
    expect(cut.sessions.toISOString()).toBe('2026-11-07T02:00:00.000Z');
  });

  it('prints the schedule in the policy document’s data section', () => {
    const parsed = parsePolicySettings({ ...base(), retention: { ...RETENTION_DEFAULTS, commentsMonths: 18 } });
    if (!parsed.ok) throw new Error('settings should parse');
    const markdown = renderPolicyDocument(parsed.settings, facts);
    expect(markdown).toContain('## Keeping information');
    expect(markdown).toContain('18 months after they arrived, then deleted');
    expect(markdown).toContain('25 years after the concern is closed');
  });
});
