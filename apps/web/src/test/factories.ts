// Builders for API answers, so each test states only what matters to it.
import type { ImportResponse, MeResponse } from '@schoolgate/contracts';

export function makeMe(overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    user: {
      id: '6f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a11',
      email: 'head@primary.schoolgate.test',
      displayName: 'Sam Head',
    },
    stage: 'signed_in',
    trust: { id: '0b7e2b0e-8a57-4a53-9f57-2a4a6f0f7c01', name: 'Oakfield Trust' },
    school: { id: '1a2b3c4d-1111-4222-8333-444455556666', name: 'Oakfield Primary School' },
    role: 'head',
    schools: [{ id: '1a2b3c4d-1111-4222-8333-444455556666', name: 'Oakfield Primary School', role: 'head' }],
    twoFactor: { enabled: true, required: true },
    permissions: [
      'read:staff',
      'create:staff',
      'update:staff',
      'deactivate:staff',
      'import:staff',
      'read:pupil',
      'import:pupil',
      'update:pupil',
      'read:audit',
      'verify:audit',
      'read:policy',
      'update:policy',
      'approve:policy',
      'publish:policy',
      'read:comment',
      'moderate:comment',
      'approve:press',
      'escalate:author',
      'read:account',
      'create:account',
      'approve:account',
      'sign:account',
      'read:report',
      // Posts (issue 11)
      'read:post',
      'create:post',
      'approve:post',
      'publish:post',
      'update:publishing',
      'read:post_archive',
    ],
    ...overrides,
  };
}

export function makeImportResponse(overrides: Partial<ImportResponse> = {}): ImportResponse {
  return { kind: 'pupils', created: 0, updated: 0, unchanged: 0, errors: [], unknownColumns: [], ...overrides };
}

/** A fetch stand-in that answers one JSON response and records what it was asked. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
