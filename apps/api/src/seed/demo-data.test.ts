import { parsePupilsCsv, SCHOOL_ROLES } from '@schoolgate/domain';
import { describe, expect, it } from 'vitest';
import { buildDemoTrust, demoSignIns, type DemoSchool } from './demo-data.ts';
import { createRandom } from './demo-data-random.ts';

const demo = buildDemoTrust();
const school = (key: string): DemoSchool => {
  const found = demo.schools.find((s) => s.key === key);
  if (!found) throw new Error(`no ${key} school`);
  return found;
};
const VALID_YEARS = new Set(['N', 'R', ...Array.from({ length: 13 }, (_, i) => String(i + 1))]);

describe('buildDemoTrust', () => {
  it('is deterministic: two calls give equal data', () => {
    expect(buildDemoTrust()).toEqual(demo);
  });

  it('has a fictional trust with one primary and one secondary in England and Wales', () => {
    expect(demo.trust.name).toBe('Riverside Learning Trust');
    expect(demo.schools.map((s) => [s.key, s.nation])).toEqual([
      ['primary', 'england_wales'],
      ['secondary', 'england_wales'],
    ]);
    expect(new Set(demo.schools.map((s) => s.urn)).size).toBe(2);
  });

  it('has pupils in the expected numbers and year groups', () => {
    const primary = school('primary').pupils;
    const secondary = school('secondary').pupils;
    expect(primary.length).toBeGreaterThanOrEqual(200);
    expect(primary.length).toBeLessThanOrEqual(230);
    expect(secondary.length).toBeGreaterThanOrEqual(300);
    expect(secondary.length).toBeLessThanOrEqual(400);
    expect([...new Set(primary.map((p) => p.yearGroup))]).toEqual(['R', '1', '2', '3', '4', '5', '6']);
    expect([...new Set(secondary.map((p) => p.yearGroup))]).toEqual(['7', '8', '9', '10', '11', '12', '13']);
    for (const year of ['R', '1', '6']) {
      expect(new Set(primary.filter((p) => p.yearGroup === year).map((p) => p.className)).size).toBe(2);
    }
    expect(secondary.filter((p) => p.yearGroup === '7').every((p) => /^7[A-C]$/.test(p.className))).toBe(true);
  });

  it.each(['primary', 'secondary'])('%s: every school role is held, by the right numbers', (key) => {
    const staff = school(key).staff;
    const count = (role: string) => staff.filter((s) => s.role === role).length;
    for (const role of SCHOOL_ROLES) expect(count(role), role).toBeGreaterThan(0);
    expect(count('trust_admin')).toBe(0);
    expect([count('head'), count('slt'), count('dsl'), count('deputy_dsl'), count('account_admin')]).toEqual([
      1, 2, 1, 1, 1,
    ]);
    expect(count('governor')).toBe(2);
    expect(count('staff')).toBeGreaterThanOrEqual(15);
    expect(count('staff')).toBeLessThanOrEqual(30);
  });

  it.each(['primary', 'secondary'])('%s: role holders sign in, one leaver is inactive', (key) => {
    const staff = school(key).staff;
    expect(staff.filter((s) => s.role !== 'staff').every((s) => s.signsIn)).toBe(true);
    const signingStaff = staff.filter((s) => s.role === 'staff' && s.signsIn);
    expect(signingStaff.length).toBeGreaterThanOrEqual(2);
    expect(signingStaff.length).toBeLessThan(staff.filter((s) => s.role === 'staff').length / 2);
    const inactive = staff.filter((s) => s.status === 'inactive');
    expect(inactive).toHaveLength(1);
    expect(inactive[0]?.signsIn).toBe(false);
  });

  it('has one trust admin in the central team who signs in', () => {
    expect(demo.trustStaff).toHaveLength(1);
    expect(demo.trustStaff[0]).toMatchObject({
      role: 'trust_admin',
      signsIn: true,
      email: 'admin@trust.schoolgate.test',
    });
  });

  it('gives staff unique emails across the trust, and unique MIS ids per school', () => {
    const all = [...demo.trustStaff, ...demo.schools.flatMap((s) => s.staff)];
    expect(new Set(all.map((s) => s.email)).size).toBe(all.length);
    for (const s of demo.schools) {
      expect(new Set(s.staff.map((p) => p.misId)).size).toBe(s.staff.length);
      expect(new Set(s.pupils.map((p) => p.misId)).size).toBe(s.pupils.length);
    }
    expect(all.every((s) => /^[a-z0-9._-]+@(primary|secondary|trust)\.schoolgate\.test$/.test(s.email))).toBe(true);
  });

  it('gives pupils UPN-like ids, valid year groups, a few preferred names and about 3% not to publish', () => {
    const pupils = demo.schools.flatMap((s) => s.pupils);
    expect(pupils.every((p) => /^[A-Z]\d{12}$/.test(p.misId))).toBe(true);
    expect(pupils.every((p) => VALID_YEARS.has(p.yearGroup))).toBe(true);
    const preferred = pupils.filter((p) => p.preferredName !== null).length;
    expect(preferred).toBeGreaterThan(2);
    expect(preferred).toBeLessThan(pupils.length * 0.1);
    const share = pupils.filter((p) => p.doNotPublish).length / pupils.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.04);
  });

  it('rarely repeats a full name', () => {
    const names = demo.schools.flatMap((s) => s.pupils.map((p) => `${p.firstName} ${p.lastName}`));
    expect(names.length - new Set(names).size).toBeLessThan(5);
  });

  it('round-trips through the pupil CSV importer', () => {
    const pupils = school('secondary').pupils;
    const csv = ['UPN,Legal Forename,Legal Surname,Preferred Forename,Year,Reg Group,Do Not Publish']
      .concat(
        pupils.map((p) =>
          [
            p.misId,
            p.firstName,
            `"${p.lastName}"`,
            p.preferredName ?? '',
            p.yearGroup,
            p.className,
            p.doNotPublish ? 'Y' : 'N',
          ].join(','),
        ),
      )
      .join('\r\n');
    const result = parsePupilsCsv(csv);
    expect(result.errors).toEqual([]);
    expect(result.rows.map(({ line: _line, ...row }) => row)).toEqual(pupils);
  });
});

describe('demoSignIns', () => {
  const signIns = demoSignIns();

  it('lists the trust admin and one predictable address per role in each school', () => {
    expect(signIns[0]).toEqual({
      email: 'admin@trust.schoolgate.test',
      role: 'trust_admin',
      school: 'Riverside Learning Trust',
    });
    for (const key of ['primary', 'secondary']) {
      const name = school(key).name;
      const forSchool = signIns.filter((s) => s.school === name);
      expect(forSchool.map((s) => s.role).sort()).toEqual([...SCHOOL_ROLES].sort());
      for (const s of forSchool) expect(s.email).toBe(`${s.role}@${key}.schoolgate.test`);
    }
    expect(signIns).toContainEqual({
      email: 'head@primary.schoolgate.test',
      role: 'head',
      school: 'Meadowbank Primary School',
    });
    expect(signIns).toContainEqual({
      email: 'dsl@secondary.schoolgate.test',
      role: 'dsl',
      school: 'Hollins Park Academy',
    });
  });

  it('lists only people who can sign in', () => {
    const signers = new Set(
      [...demo.trustStaff, ...demo.schools.flatMap((s) => s.staff)].filter((s) => s.signsIn).map((s) => s.email),
    );
    expect(signIns.every((s) => signers.has(s.email))).toBe(true);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});
