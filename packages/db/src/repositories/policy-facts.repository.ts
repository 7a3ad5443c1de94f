// The people a policy document names: the head, the DSL and deputies, and the chair of governors.
// Read from the school's active staff records so the document follows the staff list.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { staff } from '../schema/index.ts';

export const policyFactsRepository = {
  async namedPeople(db: Db, schoolId: string) {
    return db
      .select({ role: staff.role, firstName: staff.firstName, lastName: staff.lastName, jobTitle: staff.jobTitle })
      .from(staff)
      .where(
        and(
          eq(staff.schoolId, schoolId),
          eq(staff.status, 'active'),
          inArray(staff.role, ['head', 'dsl', 'deputy_dsl', 'governor']),
        ),
      )
      .orderBy(asc(staff.lastName), asc(staff.firstName));
  },
};
