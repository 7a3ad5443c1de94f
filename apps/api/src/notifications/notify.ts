// Tells people something in the app (and by email when SMTP is configured: the mail job sends what is
// pending). Call it inside the transaction of the change that causes it.
import { notificationsRepository, type Db } from '@schoolgate/db';
import type { Role } from '@schoolgate/domain';

export interface NotifyInput {
  school: { id: string; trustId: string };
  /** Who: named users, people holding roles in the school, or both. */
  userIds?: string[];
  roles?: Role[];
  kind: string;
  title: string;
  body: string;
  /** A path in the web app. */
  link?: string;
  /** Same key, same user: written once (for reminders that a job may compute again). */
  dedupeKey?: string;
  /**
   * The caller's clock (ctx.now(), or the `now` a job was run with). The mail job measures a notification's age
   * on that clock, so one stamped by the database's clock instead could look stale and be skipped unsent.
   */
  now: Date;
}

export async function notify(db: Db, input: NotifyInput): Promise<number> {
  const byRole = await notificationsRepository.userIdsWithRoles(db, input.school, input.roles ?? []);
  const userIds = [...new Set([...(input.userIds ?? []), ...byRole])];
  const written = await notificationsRepository.insertMany(
    db,
    userIds.map((userId) => ({
      userId,
      schoolId: input.school.id,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
      dedupeKey: input.dedupeKey ?? null,
      createdAt: input.now,
    })),
  );
  return written.length;
}
