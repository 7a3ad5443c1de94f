// Permission matrix rows for the consent register and the do-not-publish list (issue 4).
import { consentRepository, pupilsRepository } from '@schoolgate/db';
import type { TestApp } from '../../testing/test-app.ts';
import { READERS, type Endpoint, type MatrixSchool } from './matrix-types.ts';

const anyPupil = async (t: TestApp, school: MatrixSchool) => {
  const { items } = await pupilsRepository.list(t.ctx.db, school.id, { page: 1, pageSize: 1 });
  return items[0]!.id;
};
/** A pupil with photo consent standing, so each withdrawal in the matrix has something to withdraw. */
const grantedPupil = async (t: TestApp, school: MatrixSchool) => {
  const pupilId = await anyPupil(t, school);
  await consentRepository.insertMany(t.ctx.db, [
    {
      schoolId: school.id,
      pupilId,
      use: 'social_media_photo',
      decision: 'granted',
      source: 'consent_form',
      decidedOn: '2024-09-02',
      recordedAt: new Date(),
    },
  ]);
  return pupilId;
};

const WRITERS = { trust_admin: 200, head: 200, slt: 200, account_admin: 200, other: 403 } as const;
const SAFEGUARDING = { head: 200, dsl: 200, deputy_dsl: 200, other: 403 } as const;
const decision = {
  uses: ['social_media_photo', 'website'],
  decision: 'granted',
  source: 'consent_form',
  decidedOn: '2024-09-02',
  expiresOn: '2099-08-31',
};

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/consent', anonymous: 401, signedIn: { ...READERS, other: 403 } },
  {
    method: 'GET',
    url: '/api/consent/pupils/:id',
    request: async (t, s) => ({ url: `/api/consent/pupils/${await anyPupil(t, s)}` }),
    anonymous: 401,
    signedIn: { ...READERS, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/consent/pupils/:id/decisions',
    request: async (t, s) => ({ url: `/api/consent/pupils/${await anyPupil(t, s)}/decisions`, payload: decision }),
    anonymous: 401,
    signedIn: WRITERS,
  },
  {
    method: 'POST',
    url: '/api/consent/pupils/:id/withdrawals',
    request: async (t, s) => ({
      url: `/api/consent/pupils/${await grantedPupil(t, s)}/withdrawals`,
      payload: { uses: ['social_media_photo'], source: 'email', decidedOn: '2024-10-01' },
    }),
    anonymous: 401,
    signedIn: WRITERS,
  },
  {
    method: 'GET',
    url: '/api/consent/pupils/:id/restriction',
    request: async (t, s) => ({ url: `/api/consent/pupils/${await anyPupil(t, s)}/restriction` }),
    anonymous: 401,
    signedIn: SAFEGUARDING,
  },
  {
    method: 'POST',
    url: '/api/consent/pupils/:id/restriction',
    request: async (t, s) => ({
      url: `/api/consent/pupils/${await anyPupil(t, s)}/restriction`,
      payload: { doNotPublish: false, reason: 'Checked with the family: no restriction applies.' },
    }),
    anonymous: 401,
    signedIn: SAFEGUARDING,
  },
];
