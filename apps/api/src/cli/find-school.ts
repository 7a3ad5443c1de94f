import { tenancyRepository, type Db } from '@schoolgate/db';
import { CliError } from './cli-options.ts';

/** Finds a school by its id or its exact name (case ignored), for commands typed by an administrator. */
export async function findSchool(db: Db, nameOrId: string) {
  const rows = await tenancyRepository.findSchoolsByIdOrName(db, nameOrId);
  if (rows.length !== 1)
    throw new CliError(
      rows.length === 0 ? `No school called "${nameOrId}".` : `More than one school matches "${nameOrId}"; use its id.`,
    );
  return rows[0]!;
}
