// The demo primary school's connected accounts (on the platform simulator), and eight weeks of answered and
// unanswered questions on its Facebook Page, so the response-times page and the queue have a history to show.
// Deterministic: the same comments, times and answers on every new demo.
import {
  accountRunnersRepository,
  commentsRepository,
  socialAccountsRepository,
  staffRepository,
  tenancyRepository,
  type Db,
} from '@schoolgate/db';
import { DEMO_ACCOUNTS } from '../platform-simulator/demo-accounts.ts';
import { createRandom, seedFrom } from './demo-data-random.ts';

const QUESTIONS = [
  'What time does the Christmas fair open on Saturday?',
  'Is there after-school club on the last day of term?',
  'When do we find out about the Year 6 residential?',
  'Has the photo order deadline been extended?',
  'Are the Reception parents invited to the harvest assembly?',
  'Does anyone know if the swimming lessons are still on this week?',
  'Could you remind us of the date for parents evening?',
  'Is the school open for the INSET day crafts club?',
];
const THANKS = [
  'Lovely photos, thank you!',
  'Well done to the football team!',
  'What a brilliant nativity, thank you all',
  'Thank you to the staff for a great trip',
];

export async function seedDemoModeration(tx: Db, trustId: string, now: Date): Promise<void> {
  const school = await tenancyRepository.firstSchoolNameContaining(tx, 'primary', { trustId });
  if (!school) return;
  const accounts = [];
  for (const platform of ['facebook', 'instagram', 'x'] as const)
    accounts.push(
      await socialAccountsRepository.create(tx, {
        schoolId: school.id,
        platform,
        externalId: DEMO_ACCOUNTS[platform].id,
        handle: DEMO_ACCOUNTS[platform].handle ?? DEMO_ACCOUNTS[platform].name,
        displayName: DEMO_ACCOUNTS[platform].name,
      }),
    );
  // Each account is run by the account administrator and the head, so the register has two runners per account and
  // the demo's moderator moderates them all (only runners and the head act on an account). The assistant head also
  // runs Instagram, so the demo can show the handover a runner's leaving opens.
  const everyone = await staffRepository.listForImport(tx, school.id);
  const runnerIds = everyone
    .filter((s) => s.status === 'active' && (s.role === 'account_admin' || s.role === 'head'))
    .map((s) => s.id);
  const assistantHead = everyone.find((s) => s.status === 'active' && s.jobTitle === 'Assistant Headteacher');
  for (const account of accounts)
    await accountRunnersRepository.add(tx, school.id, account.id, [
      ...runnerIds,
      ...(account.platform === 'instagram' && assistantHead ? [assistantHead.id] : []),
    ]);
  const facebook = accounts.find((a) => a.platform === 'facebook')!;
  const postId = await commentsRepository.upsertPost(tx, {
    schoolId: school.id,
    accountId: facebook.id,
    externalId: `${facebook.externalId}_history`,
  });
  const random = createRandom(seedFrom('moderation-history'));
  for (let i = 0; i < 56; i++) {
    const daysAgo = 56 - i + random.int(0, 1);
    const postedAt = new Date(now.getTime() - daysAgo * 86_400_000 - random.int(8, 20) * 3_600_000);
    const asks = i % 3 !== 2;
    const author = await commentsRepository.upsertAuthor(tx, {
      schoolId: school.id,
      platform: 'facebook',
      externalId: `history-parent-${i % 23}`,
      name: `Parent ${String.fromCharCode(65 + (i % 23))}. (demo)`,
      handle: null,
    });
    // 48 hours, as the trust's policy says; most answered within a day, some late, a few never.
    const due = new Date(postedAt.getTime() + 48 * 3_600_000);
    const answerAfterHours = [6, 20, 30, 60, 12, 40, 70, 3][i % 8]!;
    const responded = asks && i % 11 !== 5 ? new Date(postedAt.getTime() + answerAfterHours * 3_600_000) : null;
    await commentsRepository.insertIfNew(tx, {
      schoolId: school.id,
      accountId: facebook.id,
      postId,
      authorId: author.id,
      externalId: `history_${i}`,
      text: asks ? QUESTIONS[i % QUESTIONS.length]! : THANKS[i % THANKS.length]!,
      postedAt,
      receivedAt: postedAt,
      decision: 'leave',
      decisionReason: 'No category reached the school’s thresholds.',
      reviewState: 'reviewed',
      needsResponse: asks,
      responseDueAt: asks ? due : null,
      respondedAt: responded && responded < now ? responded : null,
      escalatedAt: asks && !responded ? due : null,
    });
  }
}
