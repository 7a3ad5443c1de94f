// Whether the database answers at all, for the health check.
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';

export const databaseHealthRepository = {
  async ping(db: Db): Promise<void> {
    await db.execute(sql`select 1`);
  },
};
