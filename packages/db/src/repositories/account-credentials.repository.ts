// An account's own sign-in details, sealed (004). The repository never sees them in the clear.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { accountCredentials } from '../schema/index.ts';

export type AccountCredentialsRow = typeof accountCredentials.$inferSelect;

export const accountCredentialsRepository = {
  async find(db: Db, schoolId: string, accountId: string): Promise<AccountCredentialsRow | null> {
    const [row] = await db
      .select()
      .from(accountCredentials)
      .where(and(eq(accountCredentials.schoolId, schoolId), eq(accountCredentials.accountId, accountId)));
    return row ?? null;
  },
  async save(db: Db, values: typeof accountCredentials.$inferInsert): Promise<void> {
    await db
      .insert(accountCredentials)
      .values(values)
      .onConflictDoUpdate({
        target: accountCredentials.accountId,
        set: {
          sealed: values.sealed,
          storedFields: values.storedFields,
          updatedBy: values.updatedBy,
          updatedAt: values.updatedAt,
        },
      });
  },
};
