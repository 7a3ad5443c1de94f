// In-app notifications. A dedupe key makes reminders idempotent: a job that runs twice notifies once.
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { notifications, staff, users } from '../schema/index.ts';

export type NotificationRow = typeof notifications.$inferSelect;

export const notificationsRepository = {
  /** Inserts one notification per user, skipping users who already have one with the same dedupe key. */
  async insertMany(
    db: Db,
    rows: Array<
      Pick<NotificationRow, 'userId' | 'schoolId' | 'kind' | 'title' | 'body' | 'link' | 'dedupeKey'> &
        Partial<Pick<NotificationRow, 'createdAt'>>
    >,
  ): Promise<NotificationRow[]> {
    if (rows.length === 0) return [];
    return db.insert(notifications).values(rows).onConflictDoNothing().returning();
  },
  async listForUser(db: Db, userId: string, limit = 50) {
    const [items, [unread]] = await Promise.all([
      db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, userId))
        .orderBy(desc(notifications.createdAt))
        .limit(limit),
      db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
    ]);
    return { items, unread: unread?.n ?? 0 };
  },
  async markRead(db: Db, userId: string, ids: string[] | 'all', at: Date) {
    const mine = eq(notifications.userId, userId);
    await db
      .update(notifications)
      .set({ readAt: at })
      .where(ids === 'all' ? and(mine, isNull(notifications.readAt)) : and(mine, inArray(notifications.id, ids)));
  },
  /** Notifications not yet emailed, with the address to send to; for the mail job. */
  async pendingEmails(db: Db, limit = 100) {
    return db
      .select({ notification: notifications, email: users.email, displayName: users.displayName })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(isNull(notifications.emailedAt), eq(users.status, 'active')))
      .orderBy(notifications.createdAt)
      .limit(limit);
  },
  async markEmailed(db: Db, id: string, at: Date) {
    await db.update(notifications).set({ emailedAt: at }).where(eq(notifications.id, id));
  },
  /** Users holding any of these roles in the school (trust admins of its trust count when asked for). */
  async userIdsWithRoles(db: Db, school: { id: string; trustId: string }, roles: string[]): Promise<string[]> {
    if (roles.length === 0) return [];
    const rows = await db
      .selectDistinct({ userId: staff.userId })
      .from(staff)
      .innerJoin(users, eq(users.id, staff.userId))
      .where(
        and(
          eq(staff.status, 'active'),
          eq(users.status, 'active'),
          inArray(staff.role, roles),
          sql`(${staff.schoolId} = ${school.id} or (${staff.schoolId} is null and ${staff.trustId} = ${school.trustId}))`,
        ),
      );
    return rows.map((r) => r.userId).filter((id): id is string => id !== null);
  },

  /** The school's own active members with a role who can sign in, with their job titles (to pick out the chair). */
  async signInsWithRoleInSchool(
    db: Db,
    schoolId: string,
    role: string,
  ): Promise<Array<{ userId: string; jobTitle: string | null }>> {
    const rows = await db
      .select({ userId: staff.userId, jobTitle: staff.jobTitle })
      .from(staff)
      .innerJoin(users, eq(users.id, staff.userId))
      .where(
        and(eq(staff.schoolId, schoolId), eq(staff.role, role), eq(staff.status, 'active'), eq(users.status, 'active')),
      );
    return rows.flatMap((r) => (r.userId === null ? [] : [{ userId: r.userId, jobTitle: r.jobTitle }]));
  },
};
