// Two people publishing (or drafting) a school's policy at the same moment: the school ends with one version in
// force and one open draft, and whoever came second is told so with a conflict, not a server error.
// On PostgreSQL the two requests are made to overlap for certain: the audit table is locked while they run, so each
// gets as far as its audit entry (after its change to the versions) before either can commit. PGlite runs one
// transaction at a time, so there the second request meets the first one's finished work instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { policyVersionsRepository, schema } from '@schoolgate/db';
import { policySettingsFromTemplate } from '@schoolgate/domain';
import { API, type ErrorResponse } from '@schoolgate/contracts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../../testing/test-app.ts';
import { DRAFTED_AT_THE_SAME_MOMENT, PUBLISHED_AT_THE_SAME_MOMENT } from './concurrent-version-change.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date('2026-03-02T09:00:00Z') });
});
afterAll(async () => t?.close());

async function schoolWithLeaders() {
  const school = await createSchool(t);
  return {
    school,
    head: await createPerson(t, school, 'head'),
    trustAdmin: await createPerson(t, school, 'trust_admin'),
  };
}

const approvedVersion = async (schoolId: string, number: number) =>
  policyVersionsRepository.insert(t.ctx.db, {
    schoolId,
    number,
    status: 'approved',
    settings: policySettingsFromTemplate('blank') as unknown as Record<string, unknown>,
    documentMarkdown: `# Policy version ${number}\n`,
    contentHash: String(number).repeat(64).slice(0, 64),
    createdAt: new Date('2026-01-05T09:00:00Z'),
    approvedOn: '2026-01-15',
  });

const post = (person: Person, url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: person.headers, payload });

/** Waits until `count` sessions of this database wait for a lock, or fails after ten seconds. */
async function untilWaiting(count: number) {
  for (let tries = 0; tries < 200; tries++) {
    const { rows } = await t.handle.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.n ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${count} transactions never waited together; the test did not make them overlap`);
}

/** Sends the requests together; on PostgreSQL, holds their commits until every one has made its change. */
async function together<T>(requests: (() => Promise<T>)[]): Promise<T[]> {
  if (t.handle.kind === 'pglite') return Promise.all(requests.map((send) => send()));
  let answers: Promise<T[]> | undefined;
  await t.ctx.db.transaction(async (tx) => {
    await tx.execute(sql`lock table audit_entries in exclusive mode`);
    answers = Promise.all(requests.map((send) => send()));
    await untilWaiting(requests.length);
  });
  return answers!;
}

const versionsIn = async (schoolId: string, status: string) =>
  t.ctx.db
    .select()
    .from(schema.policyVersions)
    .where(and(eq(schema.policyVersions.schoolId, schoolId), eq(schema.policyVersions.status, status)));

const auditCount = async (schoolId: string, action: string) =>
  (
    await t.ctx.db
      .select()
      .from(schema.auditEntries)
      .where(and(eq(schema.auditEntries.schoolId, schoolId), eq(schema.auditEntries.action, action)))
  ).length;

describe('two publishes at the same moment', () => {
  it('put one version in force when the school has none yet, and tell the other publisher to reload', async () => {
    const { school, head, trustAdmin } = await schoolWithLeaders();
    const first = await approvedVersion(school.id, 1);
    const second = await approvedVersion(school.id, 2);

    const answers = await together([
      () => post(head, API.policyVersionPublish(first.id)),
      () => post(trustAdmin, API.policyVersionPublish(second.id)),
    ]);

    expect(await versionsIn(school.id, 'published')).toHaveLength(1);
    const refused = answers.filter((a) => a.statusCode !== 200);
    for (const answer of refused) {
      expect(answer.statusCode, answer.body).toBe(409);
      expect((answer.json() as ErrorResponse).error).toEqual({
        code: 'CONFLICT',
        message: PUBLISHED_AT_THE_SAME_MOMENT,
      });
    }
    // Run one after the other (PGlite), the later version simply replaces the earlier one; run together, one loses.
    if (t.handle.kind === 'postgres') expect(refused).toHaveLength(1);
    expect(await auditCount(school.id, 'policy.version_published')).toBe(answers.length - refused.length);
  });

  it('publish the same version once, superseding the version in force once', async () => {
    const { school, head, trustAdmin } = await schoolWithLeaders();
    const inForce = await approvedVersion(school.id, 1);
    expect((await post(head, API.policyVersionPublish(inForce.id))).statusCode).toBe(200);
    const next = await approvedVersion(school.id, 2);

    const answers = await together([
      () => post(head, API.policyVersionPublish(next.id)),
      () => post(trustAdmin, API.policyVersionPublish(next.id)),
    ]);

    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!.json() as ErrorResponse;
    expect(refused.error.code).toBe('CONFLICT');
    if (t.handle.kind === 'postgres') expect(refused.error.message).toBe(PUBLISHED_AT_THE_SAME_MOMENT);
    expect((await versionsIn(school.id, 'published')).map((v) => v.number)).toEqual([2]);
    expect((await versionsIn(school.id, 'superseded')).map((v) => v.number)).toEqual([1]);
    expect(await auditCount(school.id, 'policy.version_published')).toBe(2);
  });
});

describe('two drafts at the same moment', () => {
  it('leave one open draft, and tell the other person to reload', async () => {
    const { school, head, trustAdmin } = await schoolWithLeaders();

    const answers = await together([
      () => post(head, API.policyVersions, { summaryOfChanges: 'Deadline to 24 hours' }),
      () => post(trustAdmin, API.policyVersions, { summaryOfChanges: 'Add Instagram' }),
    ]);

    expect(await versionsIn(school.id, 'draft')).toHaveLength(1);
    const refused = answers.filter((a) => a.statusCode !== 200);
    for (const answer of refused) {
      expect(answer.statusCode, answer.body).toBe(409);
      expect((answer.json() as ErrorResponse).error).toEqual({ code: 'CONFLICT', message: DRAFTED_AT_THE_SAME_MOMENT });
    }
    // One after the other, the second request refreshes the first one's draft.
    if (t.handle.kind === 'postgres') expect(refused).toHaveLength(1);
  });
});

describe('the database itself', () => {
  it('refuses a second published version or a second draft for one school, whatever the use cases check', async () => {
    const { school } = await schoolWithLeaders();
    const one = await approvedVersion(school.id, 1);
    const two = await approvedVersion(school.id, 2);
    await policyVersionsRepository.update(t.ctx.db, school.id, one.id, { status: 'published' });
    await expect(
      policyVersionsRepository.update(t.ctx.db, school.id, two.id, { status: 'published' }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ constraint: 'policy_versions_one_published_key' }) });
    await policyVersionsRepository.update(t.ctx.db, school.id, two.id, { status: 'draft' });
    const three = await approvedVersion(school.id, 3);
    await expect(
      policyVersionsRepository.update(t.ctx.db, school.id, three.id, { status: 'draft' }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ constraint: 'policy_versions_one_draft_key' }) });
  });
});
