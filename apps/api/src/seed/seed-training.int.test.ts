// The demo opens with a believable spread of training: most staff in date, some expiring or expired, some with
// nothing recorded, and every DSL with DSL training (the signatures: seed-acceptance.int.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenancyRepository } from '@schoolgate/db';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { overviewRows } from '../use-cases/training/training-overview.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoIfEmpty(t.ctx.db, new Date('2026-09-01T09:00:00Z'));
});
afterAll(async () => t?.close());

describe('demo training', () => {
  it('gives each school a mix of statuses and DSL training for the DSL team', async () => {
    const [trust] = await t.ctx.db.query.trusts.findMany();
    for (const school of await tenancyRepository.listSchools(t.ctx.db, trust!.id)) {
      const rows = await overviewRows(t.ctx.db, school.id, '2026-09-01');
      const statuses = new Set(rows.map((r) => r.kinds.induction.status));
      expect(statuses).toEqual(new Set(['valid', 'expiring', 'expired', 'none']));
      for (const dsl of rows.filter((r) => r.role === 'dsl')) expect(dsl.kinds.dsl.status).not.toBe('none');
    }
  });
});
