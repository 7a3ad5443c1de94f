// Creating a school and, for the first school of a trust, the trust's policy defaults from the chosen template.
// Shared by the set-up page, the trust team's "add a school" and `schoolgate create-school`.
import { policySettingsRepository, tenancyRepository, type Db } from '@schoolgate/db';
import { AppError, policySettingsFromTemplate, type PolicyTemplateId, type UkNation } from '@schoolgate/domain';
import type { NewSchool, SchoolSummary } from '@schoolgate/contracts';

export const presentSchool = (row: {
  id: string;
  name: string;
  urn: string | null;
  nation: string;
}): SchoolSummary => ({
  id: row.id,
  name: row.name,
  urn: row.urn,
  nation: row.nation as UkNation,
});

export async function assertUrnFree(db: Db, urn: string): Promise<void> {
  if (await tenancyRepository.findSchoolByUrn(db, urn)) {
    throw new AppError('CONFLICT', 'A school with this URN is already set up.', [
      { field: 'school.urn', message: 'Already in use by another school here.' },
    ]);
  }
}

/** The trust's defaults start from the template, with the school's bank-holiday region. */
export async function saveTrustDefaultsFromTemplate(
  tx: Db,
  trustId: string,
  templateId: PolicyTemplateId,
  nation: UkNation,
  updatedBy: string | null,
): Promise<void> {
  const settings = policySettingsFromTemplate(templateId);
  settings.calendar.nation = nation;
  await policySettingsRepository.saveTrustDefaults(tx, {
    trustId,
    settings: settings as unknown as Record<string, unknown>,
    templateId,
    updatedBy,
  });
}

/** A further school of a trust follows the trust's defaults, except for its own bank-holiday region. */
export async function createSchoolInTrust(tx: Db, trustId: string, input: NewSchool, updatedBy: string | null) {
  await assertUrnFree(tx, input.urn);
  const school = await tenancyRepository.createSchool(tx, { trustId, ...input });
  const defaults = await policySettingsRepository.findTrustDefaults(tx, trustId);
  const trustNation = (defaults?.settings as { calendar?: { nation?: string } } | undefined)?.calendar?.nation;
  if (trustNation && trustNation !== input.nation) {
    await policySettingsRepository.saveSchoolOverrides(tx, {
      schoolId: school.id,
      overrides: { 'calendar.nation': input.nation },
      updatedBy,
    });
  }
  return school;
}
