// Every endpoint, called as every role (and as nobody), with the status each must get. A new endpoint
// that is not in this table fails the last test: every endpoint joins the matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@schoolgate/domain';
import { pupilsRepository } from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, type TestApp } from '../testing/test-app.ts';
import type { Endpoint, Expect } from './matrix/matrix-types.ts';
import { registeredRoutes } from '../server/build-server.ts';

// Every area's rows, gathered from ./matrix/*.matrix.ts.
const ENDPOINTS: Endpoint[] = Object.values(
  import.meta.glob<{ ENDPOINTS: Endpoint[] }>('./matrix/*.matrix.ts', { eager: true }),
).flatMap((m) => m.ENDPOINTS);

const expected = (e: Expect, role: Role) => (typeof e === 'number' ? e : (e[role] ?? e.other));

let t: TestApp;
let school: { id: string; trustId: string };
const people = new Map<Role, { cookie: string }>();

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  await pupilsRepository.insertMany(t.ctx.db, school.id, [
    {
      misId: 'P1',
      firstName: 'Pat',
      lastName: 'Pupil',
      preferredName: null,
      yearGroup: '3',
      className: '3B',
      doNotPublish: false,
    },
  ]);
  for (const role of ROLES) people.set(role, await createPerson(t, school, role));
});
afterAll(async () => t?.close());

describe('permission matrix', () => {
  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.method} ${endpoint.url} refuses or answers anonymous callers as expected`, async () => {
      const req = (await endpoint.request?.(t, school)) ?? {};
      const res = await t.app.inject({
        method: endpoint.method,
        url: req.url ?? endpoint.url,
        payload: req.payload as object,
      });
      expect(res.statusCode, res.body).toBe(endpoint.anonymous);
    });
    for (const role of ROLES) {
      it(`${endpoint.method} ${endpoint.url} as ${role} → ${expected(endpoint.signedIn, role)}`, async () => {
        // Sign-out ends the session, so it gets a person of its own.
        const person = endpoint.url === '/api/auth/sign-out' ? await createPerson(t, school, role) : people.get(role)!;
        const req = (await endpoint.request?.(t, school)) ?? {};
        const res = await t.app.inject({
          method: endpoint.method,
          url: req.url ?? endpoint.url,
          payload: req.payload as object,
          headers: { cookie: person.cookie },
        });
        expect(res.statusCode, res.body).toBe(expected(endpoint.signedIn, role));
      });
    }
  }

  it('covers every route the server registers', () => {
    const inMatrix = new Set(ENDPOINTS.map((e) => `${e.method} ${e.url}`));
    const missing = registeredRoutes(t.app)
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !inMatrix.has(r));
    expect(missing).toEqual([]);
  });
});
