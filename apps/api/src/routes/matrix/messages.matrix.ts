// Permission matrix rows for private messages (issue 10): whoever reads comments reads conversations; only the
// account's runners (the matrix's account administrator) and the head answer them. The matrix account has no
// credentials, so an answer is not sent (200, outcome not_sent) but the permission is what is checked here.
import {
  accountRunnersRepository,
  messagesRepository,
  socialAccountsRepository,
  staffRepository,
} from '@schoolgate/db';
import type { TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const READ = { trust_admin: 200, head: 200, slt: 200, dsl: 200, deputy_dsl: 200, account_admin: 200, other: 403 };
const ANSWER = { head: 200, account_admin: 200, other: 403 };

let counter = 0;
async function aConversation(t: TestApp, school: MatrixSchool): Promise<string> {
  counter += 1;
  const externalId = `matrix-messages-page-${school.id}`;
  const account =
    (await socialAccountsRepository.findByExternal(t.ctx.db, 'facebook', externalId)) ??
    (await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId,
      handle: 'matrix-messages',
      displayName: 'Matrix School',
    }));
  const runners = (await staffRepository.listForImport(t.ctx.db, school.id)).filter((s) => s.role === 'account_admin');
  await accountRunnersRepository.add(
    t.ctx.db,
    school.id,
    account.id,
    runners.map((s) => s.id),
  );
  const { conversation } = await messagesRepository.conversationFor(t.ctx.db, {
    schoolId: school.id,
    accountId: account.id,
    participantExternalId: `psid-${counter}`,
    participantName: 'A Parent',
    at: new Date(),
  });
  await messagesRepository.insertMessageIfNew(t.ctx.db, {
    schoolId: school.id,
    accountId: account.id,
    conversationId: conversation.id,
    externalId: `m-${counter}`,
    direction: 'in',
    text: 'Is there a uniform sale this term?',
    sentAt: new Date(),
    receivedAt: new Date(),
  });
  return conversation.id;
}

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/moderation/conversations', anonymous: 401, signedIn: READ },
  {
    method: 'GET',
    url: '/api/moderation/conversations/:id',
    request: async (t, s) => ({ url: `/api/moderation/conversations/${await aConversation(t, s)}` }),
    anonymous: 401,
    signedIn: READ,
  },
  {
    method: 'POST',
    url: '/api/moderation/conversations/:id/reply',
    request: async (t, s) => ({
      url: `/api/moderation/conversations/${await aConversation(t, s)}/reply`,
      payload: { text: 'Yes, on Friday after school.' },
    }),
    anonymous: 401,
    signedIn: ANSWER,
  },
  {
    method: 'POST',
    url: '/api/moderation/conversations/:id/reviewed',
    request: async (t, s) => ({ url: `/api/moderation/conversations/${await aConversation(t, s)}/reviewed` }),
    anonymous: 401,
    signedIn: ANSWER,
  },
];
