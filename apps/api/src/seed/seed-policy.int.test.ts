// The demo opens with a policy in force: trust defaults from a template, one school's own deadline, version 1
// published in each school with its named people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyVersionsRepository, tenancyRepository } from '@schoolgate/db';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { getEnforcedPolicy } from '../use-cases/policy/get-enforced-policy.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoIfEmpty(t.ctx.db, new Date('2026-09-01T09:00:00Z'));
});
afterAll(async () => t?.close());

describe('demo policy', () => {
  it('publishes version 1 in each school, with Hollins Park answering in 24 hours and Meadowbank in 48', async () => {
    const [trust] = await t.ctx.db.query.trusts.findMany();
    const schools = await tenancyRepository.listSchools(t.ctx.db, trust!.id);
    const hours = Object.fromEntries(
      await Promise.all(
        schools.map(async (s) => [s.name, (await getEnforcedPolicy(t.ctx.db, s.id))?.response.hours] as const),
      ),
    );
    expect(hours).toEqual({ 'Hollins Park Academy': 24, 'Meadowbank Primary School': 48 });
    const [version] = await policyVersionsRepository.listForSchool(t.ctx.db, schools[0]!.id);
    // The multi-academy trust template reviews every two years.
    expect(version).toMatchObject({
      number: 1,
      status: 'published',
      approvedOn: '2026-09-01',
      reviewDue: '2028-09-01',
    });
    expect(version!.documentMarkdown).toMatch(/Chair of governors, \w+/);
  });
});
