// A visitor to the demo can try the posts flow at once: every runner of the demo accounts has signed the policy in
// force and has training in date, so no account shows a lapsed runner and two runners can draft and approve. Most
// people who sign in have signed; a few have not, and the `staff@` member a visitor signs in as never has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRunnersRepository, socialAccountsRepository, tenancyRepository, usersRepository } from '@schoolgate/db';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { coverageOf } from '../use-cases/acceptance/acceptance-coverage.ts';
import { accountRulesFor, runnerStatuses } from '../use-cases/accounts/runner-readiness.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

const NOW = new Date('2026-09-01T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoIfEmpty(t.ctx.db, NOW);
});
afterAll(async () => t?.close());

const schools = async () => {
  const [trust] = await t.ctx.db.query.trusts.findMany();
  return tenancyRepository.listSchools(t.ctx.db, trust!.id);
};

describe('demo signatures', () => {
  it('leaves no runner of a demo account lapsed, and gives every account two ready runners', async () => {
    const primary = (await schools()).find((s) => s.name.includes('Primary'))!;
    const accounts = await socialAccountsRepository.listForSchool(t.ctx.db, primary.id);
    expect(accounts).toHaveLength(3);
    const rules = await accountRulesFor(t.ctx.db, primary.id);
    const runners = await accountRunnersRepository.listForAccounts(
      t.ctx.db,
      primary.id,
      accounts.map((a) => a.id),
    );
    for (const account of accounts) {
      const ids = runners.filter((r) => r.accountId === account.id).map((r) => r.staffId);
      const statuses = await runnerStatuses(t.ctx.db, primary.id, ids, NOW, rules);
      expect(statuses.length).toBeGreaterThanOrEqual(2);
      expect(statuses.filter((s) => s.missing.length > 0)).toEqual([]);
    }
  });

  it('has most people who sign in signed, a few not, and never the staff member a visitor signs in as', async () => {
    for (const school of await schools()) {
      const { rows } = await coverageOf(t.ctx.db, school.id);
      const canSign = rows.filter((r) => r.canSignIn);
      const signed = canSign.filter((r) => r.acceptedAt !== null);
      expect(signed.length).toBeGreaterThan(canSign.length / 2);
      expect(canSign.length - signed.length).toBeGreaterThanOrEqual(2);
      const visitor = await usersRepository.findByEmail(
        t.ctx.db,
        `staff@${school.name.includes('Primary') ? 'primary' : 'secondary'}.schoolgate.test`,
      );
      const visitorRow = rows.find((r) => r.userId === visitor!.id);
      expect(visitorRow?.acceptedAt).toBeNull();
    }
  });
});
