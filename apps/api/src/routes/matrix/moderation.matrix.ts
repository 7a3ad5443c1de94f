// Permission matrix rows for moderation: moderators and leaders act, the DSL team reads, others see nothing.
import {
  accountRunnersRepository,
  commentsRepository,
  socialAccountsRepository,
  staffRepository,
} from '@schoolgate/db';
import type { TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const READ = { trust_admin: 200, head: 200, slt: 200, dsl: 200, deputy_dsl: 200, account_admin: 200, other: 403 };
// Only an account's runners and the head act on it (004): the matrix's account administrator runs the matrix
// account; the trust team and senior leaders, who do not, are refused (moderation-stewardship.int.test.ts).
const MODERATE = { head: 200, account_admin: 200, other: 403 };
// Roles that do moderation work: bulk actions answer them, refusing each comment on an account they do not run;
// marking an author as press only adds a hold, so every moderating role may.
const MODERATING_ROLES = { trust_admin: 200, head: 200, slt: 200, account_admin: 200, other: 403 };

let counter = 0;
async function aComment(t: TestApp, school: MatrixSchool) {
  counter += 1;
  const externalId = `matrix-page-${school.id}`;
  const account =
    (await socialAccountsRepository.findByExternal(t.ctx.db, 'facebook', externalId)) ??
    (await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId,
      handle: 'matrix',
      displayName: 'Matrix School',
    }));
  const moderators = (await staffRepository.listForImport(t.ctx.db, school.id)).filter(
    (s) => s.role === 'account_admin',
  );
  await accountRunnersRepository.add(
    t.ctx.db,
    school.id,
    account.id,
    moderators.map((s) => s.id),
  );
  const author = await commentsRepository.upsertAuthor(t.ctx.db, {
    schoolId: school.id,
    platform: 'facebook',
    externalId: `author-${counter}`,
    name: 'A Parent',
    handle: null,
  });
  const comment = await commentsRepository.insertIfNew(t.ctx.db, {
    schoolId: school.id,
    accountId: account.id,
    authorId: author.id,
    externalId: `c-${counter}`,
    text: 'A comment',
    postedAt: new Date(),
    receivedAt: new Date(),
    reviewState: 'to_review',
  });
  return { commentId: comment!.id, authorId: author.id };
}

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/moderation/queue', anonymous: 401, signedIn: READ },
  {
    method: 'GET',
    url: '/api/moderation/comments/:id',
    request: async (t, s) => ({ url: `/api/moderation/comments/${(await aComment(t, s)).commentId}` }),
    anonymous: 401,
    signedIn: READ,
  },
  {
    method: 'POST',
    url: '/api/moderation/comments/:id/actions',
    request: async (t, s) => ({
      url: `/api/moderation/comments/${(await aComment(t, s)).commentId}/actions`,
      payload: { action: 'approve' },
    }),
    anonymous: 401,
    signedIn: MODERATE,
  },
  {
    method: 'GET',
    url: '/api/moderation/comments/:id/evidence.zip',
    request: async (t, s) => ({ url: `/api/moderation/comments/${(await aComment(t, s)).commentId}/evidence.zip` }),
    anonymous: 401,
    signedIn: READ,
  },
  {
    method: 'POST',
    url: '/api/moderation/bulk',
    request: async (t, s) => ({ payload: { ids: [(await aComment(t, s)).commentId], action: 'approve' } }),
    anonymous: 401,
    signedIn: MODERATING_ROLES,
  },
  {
    method: 'GET',
    url: '/api/moderation/authors/:id',
    request: async (t, s) => ({ url: `/api/moderation/authors/${(await aComment(t, s)).authorId}` }),
    anonymous: 401,
    signedIn: READ,
  },
  {
    method: 'POST',
    url: '/api/moderation/authors/:id/steps',
    request: async (t, s) => ({
      url: `/api/moderation/authors/${(await aComment(t, s)).authorId}/steps`,
      payload: { step: 'discuss', note: 'Spoke to them' },
    }),
    anonymous: 401,
    signedIn: MODERATE,
  },
  {
    method: 'POST',
    url: '/api/moderation/authors/:id/press',
    request: async (t, s) => ({
      url: `/api/moderation/authors/${(await aComment(t, s)).authorId}/press`,
      payload: { isPress: true },
    }),
    anonymous: 401,
    signedIn: MODERATING_ROLES,
  },
  {
    method: 'GET',
    url: '/api/moderation/authors/:id/evidence.zip',
    request: async (t, s) => ({ url: `/api/moderation/authors/${(await aComment(t, s)).authorId}/evidence.zip` }),
    anonymous: 401,
    signedIn: READ,
  },
  { method: 'GET', url: '/api/moderation/compliance', anonymous: 401, signedIn: READ },
];
