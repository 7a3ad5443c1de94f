// "Can this staff record sign in?" as SQL, for queries that left-join users onto staff.
import { sql } from 'drizzle-orm';
import { staff, users } from '../schema/index.ts';

export const canSignInSql = sql<boolean>`(${staff.userId} is not null and ${users.status} = 'active' and (${users.passwordHash} is not null or ${users.providerSignInAt} is not null))`;
