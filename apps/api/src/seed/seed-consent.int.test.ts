// The demo's consent register looks like a real school's in March: mostly granted from September's form, some
// refusals, a few withdrawals, some forms missing, a few consents left over from last year and now expired; every
// do-not-publish pupil has a reason; and the same every time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consentRepository,
  publicationRestrictionsRepository,
  pupilsRepository,
  tenancyRepository,
} from '@schoolgate/db';
import { consentAllows, currentConsentState } from '@schoolgate/domain';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

const NOW = new Date('2026-03-10T09:00:00Z');

async function photoStatuses(t: TestApp) {
  const [trust] = await t.ctx.db.query.trusts.findMany();
  const [school] = await tenancyRepository.listSchools(t.ctx.db, trust!.id);
  const pupils = await pupilsRepository.listForImport(t.ctx.db, school!.id);
  const latest = await consentRepository.latestForSchool(t.ctx.db, school!.id);
  const counts: Record<string, number> = {};
  let publishable = 0;
  for (const pupil of pupils) {
    const state = currentConsentState(
      latest.filter((r) => r.pupilId === pupil.id),
      '2026-03-10',
      pupil.doNotPublish,
    );
    const status = state.uses.social_media_photo.status;
    counts[status] = (counts[status] ?? 0) + 1;
    if (consentAllows(state, 'social_media_photo', '2026-03-10')) publishable += 1;
  }
  return { school: school!, pupils, counts, publishable };
}

let first: TestApp;
let second: TestApp;
beforeAll(async () => {
  [first, second] = await Promise.all([createTestApp(), createTestApp()]);
  await seedDemoIfEmpty(first.ctx.db, NOW);
  await seedDemoIfEmpty(second.ctx.db, NOW);
});
afterAll(async () => Promise.all([first?.close(), second?.close()]));

describe('demo consent register', () => {
  it('holds every kind of answer, most of them yes', async () => {
    const { pupils, counts, publishable } = await photoStatuses(first);
    for (const status of ['granted', 'refused', 'withdrawn', 'expired', 'not_recorded']) {
      expect(counts[status], status).toBeGreaterThan(0);
    }
    expect(counts.granted! / pupils.length).toBeGreaterThan(0.6);
    expect(publishable).toBeLessThan(counts.granted!);
  });

  it('gives every do-not-publish pupil a general reason', async () => {
    const { school, pupils } = await photoStatuses(first);
    const flagged = pupils.filter((p) => p.doNotPublish);
    expect(flagged.length).toBeGreaterThan(0);
    for (const pupil of flagged) {
      const restriction = await publicationRestrictionsRepository.find(first.ctx.db, school.id, pupil.id);
      expect(restriction?.reason).toMatch(/^(Court order|Looked-after child|Adoption|Family request)/);
    }
  });

  it('is the same on every start', async () => {
    expect((await photoStatuses(second)).counts).toEqual((await photoStatuses(first)).counts);
  });
});
