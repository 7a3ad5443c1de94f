// The press hold (004): nothing is said to a journalist before the head approves it, and their contact goes to the
// head and the chair of governors. Here: who may count a press comment as answered, what marking an author as press
// does to their comments already in Schoolgate, and who is told.
import { commentsRepository, notificationsRepository, type AuthorRow, type Db } from '@schoolgate/db';
import {
  AppError,
  can,
  computeResponseDeadline,
  isChairOfGovernors,
  policySettingsFromTemplate,
  type PolicySettings,
  type Role,
} from '@schoolgate/domain';
import type { Actor } from '../../app-context.ts';
import { notify } from '../../notifications/notify.ts';
import type { SchoolModerationSetup } from './school-moderation-setup.ts';
import type { PressRouting } from './present-comment.ts';

export const PRESS_REASON = 'Contact from the press: the head approves any reply.';
const GONE = new Set(['deleted', 'removed_by_author']);

/**
 * Whether the published policy sends press contact to the chair of governors as well as the head; before one is
 * published, the cautious defaults ingestion uses (schoolModerationSetup).
 */
export function pressRoutingOf(enforced: PolicySettings | null): PressRouting {
  const settings = enforced ?? policySettingsFromTemplate('blank');
  return { chairOfGovernorsToo: settings.moderation.journalistContactGoesTo.includes('chair_of_governors') };
}

/**
 * Marking a press author's comment as answered (a reply recorded as made by hand, "mark as responded") would close
 * it without the head's approval, so it needs the same permission as approving a press reply.
 */
export function requirePressApproval(actor: Actor, author: AuthorRow, what: string): void {
  if (!author.isPress || can(actor.role, 'approve', 'press')) return;
  throw new AppError(
    'FORBIDDEN',
    `${author.name ?? 'This author'} is marked as press, so only the head can ${what}. Draft the reply in Schoolgate instead: it waits for the head's approval.`,
  );
}

/**
 * Puts the author's unanswered comments that are still on the platform back in the head's queue, each needing an
 * answer: the same hold a comment from the press gets on arrival. A deadline is counted from now for those that had
 * none. Answers how many went back.
 */
export async function returnToReviewForPress(
  tx: Db,
  author: AuthorRow,
  setup: SchoolModerationSetup,
  now: Date,
): Promise<number> {
  const open = (await commentsRepository.byAuthor(tx, author.id, 500)).filter(
    (c) => c.respondedAt === null && !GONE.has(c.platformState),
  );
  let dueFromNow: Date | null = null;
  for (const comment of open) {
    dueFromNow ??= computeResponseDeadline(now, setup.settings.response, setup.calendar).dueAt;
    await commentsRepository.update(tx, comment.id, {
      reviewState: 'to_review',
      needsResponse: true,
      responseDueAt: comment.responseDueAt ?? dueFromNow,
      decisionReason: comment.decisionReason?.startsWith(PRESS_REASON)
        ? comment.decisionReason
        : `${PRESS_REASON} ${comment.decisionReason ?? ''}`.trim(),
    });
  }
  return open.length;
}

/** The chair of governors (see isChairOfGovernors), if they can sign in: only they can be told in the app. */
export async function chairOfGovernorsUserIds(db: Db, schoolId: string): Promise<string[]> {
  const governors = await notificationsRepository.signInsWithRoleInSchool(db, schoolId, 'governor' satisfies Role);
  return governors.filter((g) => isChairOfGovernors(g.jobTitle)).map((g) => g.userId);
}

/**
 * Tells the chair of governors about press contact when the school's policy routes it to them (004). Answers what the
 * head's own notification should add: that the chair was told, or that the head must tell the chair. Nothing when
 * the policy does not involve the chair.
 */
export async function tellChairAboutPress(
  tx: Db,
  input: { school: { id: string; trustId: string }; setup: SchoolModerationSetup; who: string; now: Date },
): Promise<string> {
  if (!input.setup.settings.moderation.journalistContactGoesTo.includes('chair_of_governors')) return '';
  const chairs = await chairOfGovernorsUserIds(tx, input.school.id);
  if (chairs.length === 0)
    return ' The policy asks for the chair of governors to be told, and no chair with a Schoolgate sign-in is recorded, so please tell the chair yourself.';
  // Governors do not read comments in Schoolgate, so the chair's note carries no link to them.
  await notify(tx, {
    school: input.school,
    userIds: chairs,
    kind: 'press-contact',
    title: 'A journalist has contacted the school',
    body: `${input.who} has been identified as a journalist writing to the school on its social media. The school's policy routes press contact to the headteacher and the chair of governors; the headteacher approves any reply before it is sent.`,
    now: input.now,
  });
  return ' The chair of governors has been told.';
}

/** Tells the head, and the chair of governors where the policy asks, that an author was marked as press. */
export async function notifyPressMarked(
  tx: Db,
  input: {
    school: { id: string; trustId: string };
    setup: SchoolModerationSetup;
    author: AuthorRow;
    markedBy: string;
    waiting: number;
    now: Date;
  },
): Promise<void> {
  const who = input.author.name ?? input.author.handle ?? 'An author';
  const waiting =
    input.waiting === 0
      ? 'They have no unanswered comments at the moment.'
      : input.waiting === 1
        ? 'Their unanswered comment is back in the queue for you.'
        : `Their ${input.waiting} unanswered comments are back in the queue for you.`;
  const chair = await tellChairAboutPress(tx, { school: input.school, setup: input.setup, who, now: input.now });
  await notify(tx, {
    school: input.school,
    roles: ['head'],
    kind: 'press-contact',
    title: 'An author has been marked as press',
    body: `${input.markedBy} marked ${who} as a journalist. ${waiting} Nothing is sent to them until you approve the reply.${chair}`,
    link: `/moderation/authors/${input.author.id}`,
    now: input.now,
  });
}
