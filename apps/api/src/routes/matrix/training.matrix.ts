// Permission matrix rows for training records and their certificates.
import { staffRepository, storedFilesRepository, trainingRepository } from '@schoolgate/db';
import type { TestApp } from '../../testing/test-app.ts';
import { LEADERS, type Endpoint, type MatrixSchool } from './matrix-types.ts';

const trainee = async (t: TestApp, school: MatrixSchool) =>
  (
    await staffRepository.insert(t.ctx.db, {
      trustId: school.trustId,
      schoolId: school.id,
      firstName: 'Trainee',
      lastName: 'Person',
      role: 'staff',
    })
  ).id;

/** A record of someone else's training, with a certificate, so nobody in the matrix is reading their own. */
const recordWithCertificate = async (t: TestApp, school: MatrixSchool) => {
  const file = await storedFilesRepository.insert(t.ctx.db, {
    schoolId: school.id,
    fileName: 'certificate.pdf',
    contentType: 'application/pdf',
    sizeBytes: 8,
    sha256: '0'.repeat(64),
    content: Buffer.from('%PDF-1.4'),
  });
  return (
    await trainingRepository.insert(t.ctx.db, {
      schoolId: school.id,
      staffId: await trainee(t, school),
      kind: 'induction',
      completedOn: '2025-01-10',
      expiresOn: '2026-01-10',
      evidenceFileId: file.id,
    })
  ).id;
};

const TRAINING_READERS = { ...LEADERS, dsl: 200, deputy_dsl: 200 } as const;

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/training', anonymous: 401, signedIn: { ...TRAINING_READERS, other: 403 } },
  // Everyone sees their own records.
  { method: 'GET', url: '/api/training/me', anonymous: 401, signedIn: 200 },
  {
    method: 'POST',
    url: '/api/training/records',
    request: async (t, s) => ({
      payload: { staffId: await trainee(t, s), kind: 'induction', completedOn: '2025-01-10' },
    }),
    anonymous: 401,
    signedIn: { trust_admin: 201, head: 201, slt: 201, other: 403 },
  },
  {
    method: 'PATCH',
    url: '/api/training/records/:id',
    request: async (t, s) => ({
      url: `/api/training/records/${await recordWithCertificate(t, s)}`,
      payload: { title: 'Social media induction' },
    }),
    anonymous: 401,
    signedIn: { ...LEADERS, other: 403 },
  },
  {
    method: 'GET',
    url: '/api/training/records/:id/evidence',
    request: async (t, s) => ({ url: `/api/training/records/${await recordWithCertificate(t, s)}/evidence` }),
    anonymous: 401,
    signedIn: { ...TRAINING_READERS, other: 403 },
  },
  { method: 'POST', url: '/api/training/remind', anonymous: 401, signedIn: { ...LEADERS, other: 403 } },
];
