// Tells the people a new concern is routed to, in the transaction that saved it (so a concern is never announced
// before it exists, and never saved without its notifications). The text says only that there is a new concern:
// notifications are emailed, and email is no place for safeguarding details.
import { notificationsRepository, type Db } from '@schoolgate/db';
import { rolesToldOf, type ConcernRoute } from '@schoolgate/domain';
import { notify } from '../../notifications/notify.ts';
import { chairOfGovernorsUserIds } from '../moderation/press-hold.ts';

export async function recipientsOf(
  db: Db,
  school: { id: string; trustId: string },
  route: ConcernRoute,
): Promise<string[]> {
  if (route === 'allegation_head') {
    const chairs = await chairOfGovernorsUserIds(db, school.id);
    // With no chair who can sign in, the trust's central team is told, so an allegation about the head reaches someone
    // other than the head.
    return chairs.length > 0 ? chairs : notificationsRepository.userIdsWithRoles(db, school, ['trust_admin']);
  }
  return notificationsRepository.userIdsWithRoles(db, school, rolesToldOf(route));
}

export async function tellAboutConcern(
  tx: Db,
  input: {
    school: { id: string; trustId: string };
    concern: { id: string; route: ConcernRoute; urgency: string };
    /** Not told of their own concern. */
    raisedBy: string | null;
    now: Date;
  },
): Promise<number> {
  const userIds = (await recipientsOf(tx, input.school, input.concern.route)).filter((id) => id !== input.raisedBy);
  const urgent = input.concern.urgency === 'urgent';
  return notify(tx, {
    school: input.school,
    userIds,
    kind: urgent ? 'concern-urgent' : 'concern',
    title: urgent ? 'URGENT: a new concern' : 'A new concern',
    body: urgent
      ? 'A new concern marked urgent has been raised in your school. Open Schoolgate to read it.'
      : 'A new concern has been raised in your school. Open Schoolgate to read it.',
    link: `/concerns/${input.concern.id}`,
    dedupeKey: `concern:${input.concern.id}`,
    now: input.now,
  });
}
