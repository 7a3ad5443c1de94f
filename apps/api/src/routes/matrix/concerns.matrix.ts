// Permission matrix rows for concerns. Anyone in the school raises one and sees their own; the list is for those who
// read some route (the DSL team, the head and the office here: the matrix's governor is not the chair); a concern
// raised by someone else answers 404 to everyone but its readers. Every endpoint of one concern is called on each
// route (safeguarding, a parent's complaint, an allegation about staff, one about the head), so the rows say who
// reads what: the office only complaints, the DSL team never allegations, the head never one about the head (the
// chair's own access is in concerns.int.test.ts). Every session has a fresh second-factor check, so these rows test
// who may, not when (the step-up has tests of its own in concerns.int.test.ts).
import { concernsRepository, signInFailuresRepository } from '@schoolgate/db';
import { aComment, aConcern, secondFactorEveryone } from '../../testing/concern-fixtures.ts';
import type { TestApp } from '../../testing/test-app.ts';
import type { ConcernRoute } from '@schoolgate/domain';
import type { Endpoint, Expect, MatrixSchool } from './matrix-types.ts';

/** Who reads a concern on each route (200); to everyone else it does not exist (404). */
const READERS_OF: Record<ConcernRoute, Expect> = {
  safeguarding: { head: 200, dsl: 200, deputy_dsl: 200, other: 404 },
  complaint: { head: 200, account_admin: 200, other: 404 },
  allegation_staff: { head: 200, other: 404 },
  allegation_head: { other: 404 },
};
const concern = async (t: TestApp, s: MatrixSchool, options: { withFile?: boolean; route?: ConcernRoute } = {}) => {
  await secondFactorEveryone(t);
  return aConcern(t, s, options);
};

/** The endpoints of one concern, called on a concern of this route. */
function oneConcernRows(route: ConcernRoute): Endpoint[] {
  const signedIn = READERS_OF[route];
  return [
    {
      method: 'GET',
      url: '/api/concerns/:id',
      request: async (t, s) => ({ url: `/api/concerns/${(await concern(t, s, { route })).id}` }),
      anonymous: 401,
      signedIn,
    },
    {
      method: 'POST',
      url: '/api/concerns/:id/entries',
      request: async (t, s) => ({
        url: `/api/concerns/${(await concern(t, s, { route })).id}/entries`,
        payload: { kind: 'note', text: 'Spoke to the teacher.' },
      }),
      anonymous: 401,
      signedIn,
    },
    {
      method: 'POST',
      url: '/api/concerns/:id/close',
      request: async (t, s) => ({
        url: `/api/concerns/${(await concern(t, s, { route })).id}/close`,
        payload: { outcome: 'handled_in_school', rationale: 'The request was declined and the pupil spoken to.' },
      }),
      anonymous: 401,
      signedIn,
    },
    {
      method: 'GET',
      url: '/api/concerns/:id/files/:fileId',
      request: async (t, s) => {
        const c = await concern(t, s, { withFile: true, route });
        return { url: `/api/concerns/${c.id}/files/${c.fileId}` };
      },
      anonymous: 401,
      signedIn,
    },
    {
      method: 'GET',
      url: '/api/concerns/:id/export.zip',
      request: async (t, s) => ({ url: `/api/concerns/${(await concern(t, s, { route })).id}/export.zip` }),
      anonymous: 401,
      signedIn,
    },
  ];
}
const publicToken = async (t: TestApp, s: MatrixSchool) => {
  return (await concernsRepository.publicTokenOf(t.ctx.db, s.id))!;
};

export const ENDPOINTS: Endpoint[] = [
  {
    method: 'POST',
    url: '/api/concerns',
    request: async () => ({
      payload: { type: 'pupil_contact', urgency: 'routine', whatHappened: 'A pupil sent me a friend request.' },
    }),
    anonymous: 401,
    signedIn: 201,
  },
  {
    method: 'GET',
    url: '/api/concerns',
    anonymous: 401,
    // The office reads parents' complaints; the matrix's governor is not the chair.
    signedIn: { head: 200, dsl: 200, deputy_dsl: 200, account_admin: 200, other: 403 },
  },
  {
    method: 'GET',
    url: '/api/concerns?status=all&page=2&pageSize=5',
    anonymous: 401,
    signedIn: { head: 200, dsl: 200, deputy_dsl: 200, account_admin: 200, other: 403 },
  },
  { method: 'GET', url: '/api/concerns/mine', anonymous: 401, signedIn: 200 },
  {
    method: 'GET',
    url: '/api/concerns/roster',
    request: async () => ({ url: '/api/concerns/roster?q=Pat' }),
    anonymous: 401,
    signedIn: 200,
  },
  { method: 'GET', url: '/api/concerns/public-link', anonymous: 401, signedIn: 200 },
  {
    method: 'POST',
    url: '/api/concerns/second-factor',
    request: async () => ({ payload: { code: '000000' } }),
    anonymous: 401,
    // Everyone may check; this code is wrong for everyone.
    signedIn: 400,
  },
  {
    method: 'POST',
    url: '/api/concerns/from-comment',
    request: async (t, s) => ({ payload: { commentId: (await aComment(t, s)).commentId } }),
    anonymous: 401,
    signedIn: { trust_admin: 201, head: 201, slt: 201, dsl: 201, deputy_dsl: 201, account_admin: 201, other: 403 },
  },
  ...oneConcernRows('safeguarding'),
  ...oneConcernRows('complaint'),
  ...oneConcernRows('allegation_staff'),
  ...oneConcernRows('allegation_head'),
  {
    method: 'GET',
    url: '/api/public/concerns/:token',
    request: async (t, s) => ({ url: `/api/public/concerns/${await publicToken(t, s)}` }),
    anonymous: 200,
    signedIn: 200,
  },
  {
    method: 'POST',
    url: '/api/public/concerns/:token',
    request: async (t, s) => {
      // The per-address limit is tested on its own; here every caller starts with a clean count.
      await signInFailuresRepository.clear(t.ctx.db, ['public_concern:127.0.0.1']);
      return {
        url: `/api/public/concerns/${await publicToken(t, s)}`,
        payload: { kind: 'complaint', name: 'A Parent', message: 'A post about my child.' },
      };
    },
    anonymous: 201,
    signedIn: 201,
  },
];
