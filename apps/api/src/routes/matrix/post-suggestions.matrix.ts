// Permission matrix rows for suggestions of posts (issue 11). Everyone on the staff reads the list (their own
// suggestions at least); the DSL team, account administrators and staff suggest (senior staff draft posts
// themselves); the head, senior leaders and the trust team decide any suggestion, an account's runners those for
// their accounts or for any: in the matrix school only the account administrator runs the matrix account, so of
// the runners' roles they decide and staff are refused. Suggestions in these rows name no account, so the answers
// do not depend on which rows ran first.
import { postSuggestionsRepository } from '@schoolgate/db';
import { createPerson, type TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';
import { anAccount } from './posts.matrix.ts';

const EVERY_STAFF = { governor: 403, other: 200 };
const DECIDERS = { trust_admin: 200, head: 200, slt: 200, account_admin: 200, other: 403 };

async function aSuggestion(t: TestApp, s: MatrixSchool) {
  const by = await createPerson(t, s, 'staff');
  const row = await postSuggestionsRepository.create(t.ctx.db, {
    schoolId: s.id,
    byUserId: by.userId,
    text: 'The choir sang at the care home today.',
    accountIds: [],
    createdAt: new Date(),
  });
  return row.id;
}

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/posts/options', anonymous: 401, signedIn: EVERY_STAFF },
  { method: 'GET', url: '/api/post-suggestions', anonymous: 401, signedIn: EVERY_STAFF },
  { method: 'GET', url: '/api/post-suggestions?status=open&page=2&pageSize=5', anonymous: 401, signedIn: EVERY_STAFF },
  {
    method: 'POST',
    url: '/api/post-suggestions',
    request: async () => ({ payload: { text: 'Year 6 won the quiz.', accountIds: [], note: '' } }),
    anonymous: 401,
    signedIn: { dsl: 201, deputy_dsl: 201, account_admin: 201, staff: 201, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/post-suggestions/:id/draft',
    request: async (t, s) => ({
      url: `/api/post-suggestions/${await aSuggestion(t, s)}/draft`,
      payload: {
        text: 'The choir sang at the care home today.',
        category: 'event',
        accountIds: [await anAccount(t, s)],
        tagged: [],
      },
    }),
    anonymous: 401,
    signedIn: { trust_admin: 201, head: 201, slt: 201, account_admin: 201, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/post-suggestions/:id/decline',
    request: async (t, s) => ({
      url: `/api/post-suggestions/${await aSuggestion(t, s)}/decline`,
      payload: { reason: 'We posted about the choir last week.' },
    }),
    anonymous: 401,
    signedIn: DECIDERS,
  },
];
