// Where a user may act, and as what: from their active staff records. A trust_admin record (no school)
// opens every school of the trust; a school record opens that school with its role.
import { acceptanceRepository, staffRepository, tenancyRepository, type Db } from '@schoolgate/db';
import { isRole, peopleSettingsOf, policyRequiresTwoFactor, requiresTwoFactor, type Role } from '@schoolgate/domain';

export interface Place {
  trustId: string;
  schoolId: string;
  schoolName: string;
  role: Role;
}

export interface Memberships {
  trustId: string | null;
  places: Place[];
  /**
   * True when any role held anywhere requires two-factor sign-in: a baseline role, or a role the published policy
   * of the school where it is held adds (people.twoFactorRoles).
   */
  needsTwoFactor: boolean;
}

type MembershipRow = { schoolId: string | null; role: string };

async function needsTwoFactorFor(db: Db, rows: MembershipRow[]): Promise<boolean> {
  // The baseline needs no database; only when it is silent is each school's policy read.
  if (rows.some((r) => requiresTwoFactor(r.role as Role))) return true;
  const schoolRows = rows.filter((r): r is MembershipRow & { schoolId: string } => r.schoolId !== null);
  const needs = await Promise.all(
    schoolRows.map(async ({ schoolId, role }) => {
      const version = await acceptanceRepository.currentPublishedVersion(db, schoolId);
      return version !== null && policyRequiresTwoFactor(role, peopleSettingsOf(version.settings).twoFactorRoles);
    }),
  );
  return needs.includes(true);
}

export async function loadMemberships(db: Db, userId: string): Promise<Memberships> {
  const rows = (await staffRepository.membershipsForUser(db, userId)).filter((r) => isRole(r.role));
  const places = new Map<string, Place>();
  for (const row of rows) {
    if (row.schoolId && row.schoolName) {
      places.set(row.schoolId, {
        trustId: row.trustId,
        schoolId: row.schoolId,
        schoolName: row.schoolName,
        role: row.role as Role,
      });
    }
  }
  for (const row of rows.filter((r) => r.role === 'trust_admin' && !r.schoolId)) {
    for (const school of await tenancyRepository.listSchools(db, row.trustId)) {
      // A role held in the school itself is more specific than the trust-wide one.
      if (!places.has(school.id)) {
        places.set(school.id, {
          trustId: row.trustId,
          schoolId: school.id,
          schoolName: school.name,
          role: 'trust_admin',
        });
      }
    }
  }
  const sorted = [...places.values()].sort((a, b) => a.schoolName.localeCompare(b.schoolName));
  return {
    trustId: rows[0]?.trustId ?? null,
    places: sorted,
    needsTwoFactor: await needsTwoFactorFor(db, rows),
  };
}
