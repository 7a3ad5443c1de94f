import { schema, type Db } from '@schoolgate/db';
import { eq, ilike, or } from 'drizzle-orm';
import { CliError } from './main.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a school by its id or its exact name (case ignored), for commands typed by an administrator. */
export async function findSchool(db: Db, nameOrId: string) {
  const where = UUID.test(nameOrId)
    ? or(eq(schema.schools.id, nameOrId))
    : ilike(schema.schools.name, nameOrId.replace(/[\\%_]/g, '\\$&'));
  const rows = await db.select().from(schema.schools).where(where);
  if (rows.length !== 1)
    throw new CliError(
      rows.length === 0 ? `No school called "${nameOrId}".` : `More than one school matches "${nameOrId}"; use its id.`,
    );
  return rows[0]!;
}
