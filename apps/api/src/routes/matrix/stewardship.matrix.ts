// Permission matrix rows for looking after official accounts: handovers, sign-in details, likes and follows.
// Everyone who reads the register sees these; only an account's runners and the head act on an account (004).
// The matrix's account administrator runs each account made here; nobody else in the matrix does.
import { accountCredentialsRepository, accountPageLinksRepository, staffRepository } from '@schoolgate/db';
import type { TestApp } from '../../testing/test-app.ts';
import { anAccount, anOpenHandover, aReadyRunner } from '../../testing/stewardship-factory.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const EVERYONE_READS = 200;
const STEWARDS = { head: 200, account_admin: 200, other: 403 };

/** An account run by the matrix's account administrator. */
async function runByModerator(t: TestApp, s: MatrixSchool) {
  const moderators = (await staffRepository.listForImport(t.ctx.db, s.id)).filter((p) => p.role === 'account_admin');
  return anAccount(
    t,
    s,
    moderators.map((p) => p.id),
  );
}

async function withCredentials(t: TestApp, s: MatrixSchool) {
  const accountId = await runByModerator(t, s);
  const head = (await staffRepository.listForImport(t.ctx.db, s.id)).find((p) => p.role === 'head')!;
  await accountCredentialsRepository.save(t.ctx.db, {
    accountId,
    schoolId: s.id,
    sealed: t.ctx.credentialsBox.seal(JSON.stringify({ username: 'school', password: 'correct horse' })),
    storedFields: ['username', 'password'],
    updatedBy: head.userId!,
    updatedAt: new Date(),
  });
  return accountId;
}

async function commercialPage(t: TestApp, s: MatrixSchool) {
  const accountId = await runByModerator(t, s);
  const head = (await staffRepository.listForImport(t.ctx.db, s.id)).find((p) => p.role === 'head')!;
  return (
    await accountPageLinksRepository.insert(t.ctx.db, {
      schoolId: s.id,
      accountId,
      kind: 'follow',
      pageName: 'Local sports shop',
      pageUrl: 'https://example.test/shop',
      reason: 'They sponsor the football kit.',
      commercial: true,
      status: 'awaiting_head',
      addedBy: head.userId!,
      addedAt: new Date(),
    })
  ).id;
}

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/accounts/handovers', anonymous: 401, signedIn: EVERYONE_READS },
  {
    method: 'POST',
    url: '/api/accounts/handovers/:id/new-runner',
    request: async (t, s) => {
      const handover = await anOpenHandover(t, s, await runByModerator(t, s));
      return {
        url: `/api/accounts/handovers/${handover}/new-runner`,
        payload: { staffId: (await aReadyRunner(t, s)).staffId },
      };
    },
    anonymous: 401,
    signedIn: STEWARDS,
  },
  {
    method: 'POST',
    url: '/api/accounts/handovers/:id/close-account',
    request: async (t, s) => ({
      url: `/api/accounts/handovers/${await anOpenHandover(t, s, await runByModerator(t, s))}/close-account`,
      payload: { reason: 'The club has ended.' },
    }),
    anonymous: 401,
    signedIn: STEWARDS,
  },
  {
    method: 'GET',
    url: '/api/accounts/:id/credentials',
    request: async (t, s) => ({ url: `/api/accounts/${await withCredentials(t, s)}/credentials` }),
    anonymous: 401,
    signedIn: EVERYONE_READS,
  },
  {
    method: 'PUT',
    url: '/api/accounts/:id/credentials',
    request: async (t, s) => ({
      url: `/api/accounts/${await runByModerator(t, s)}/credentials`,
      payload: { username: 'school_sport', password: 'a long passphrase' },
    }),
    anonymous: 401,
    signedIn: STEWARDS,
  },
  {
    method: 'POST',
    url: '/api/accounts/:id/credentials/reveal',
    request: async (t, s) => ({
      url: `/api/accounts/${await withCredentials(t, s)}/credentials/reveal`,
      payload: { reason: 'Resetting the profile picture on the phone app.' },
    }),
    anonymous: 401,
    signedIn: STEWARDS,
  },
  {
    method: 'GET',
    url: '/api/accounts/:id/pages',
    request: async (t, s) => ({ url: `/api/accounts/${await runByModerator(t, s)}/pages` }),
    anonymous: 401,
    signedIn: EVERYONE_READS,
  },
  {
    method: 'POST',
    url: '/api/accounts/:id/pages',
    request: async (t, s) => ({
      url: `/api/accounts/${await runByModerator(t, s)}/pages`,
      payload: {
        kind: 'follow',
        pageName: 'County Sports Partnership',
        pageUrl: 'https://example.test/csp',
        reason: 'They run the fixtures our teams play in.',
        commercial: false,
      },
    }),
    anonymous: 401,
    signedIn: { head: 201, account_admin: 201, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/accounts/pages/:id/decision',
    request: async (t, s) => ({
      url: `/api/accounts/pages/${await commercialPage(t, s)}/decision`,
      payload: { decision: 'approve', note: 'A sponsor we thank every term.' },
    }),
    anonymous: 401,
    signedIn: { head: 200, other: 403 },
  },
];
