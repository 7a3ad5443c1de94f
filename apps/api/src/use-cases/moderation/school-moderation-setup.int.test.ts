// A comment whose delivery arrived two years before it was processed (a delivery replayed late, history brought in
// from before Schoolgate) still gets its deadline, counted with the bank holidays of its own time, instead of failing
// because the school's working-day calendar is built around today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsRepository, socialAccountsRepository } from '@schoolgate/db';
import { buildWorkingCalendar, computeResponseDeadline } from '@schoolgate/domain';
import { createSchool, createTestApp, type TestApp } from '../../testing/test-app.ts';
import { facebookCommentChange, facebookDelivery } from '../../testing/facebook-payloads.ts';
import { receiveDelivery } from './receive-delivery.ts';
import { processDelivery } from './process-delivery.ts';
import { forgetModerationSetup, schoolModerationSetup } from './school-moderation-setup.ts';

let clock = new Date('2026-03-18T10:00:00Z');
let t: TestApp;
let school: { id: string; trustId: string };
let accountId: string;
const PAGE = `page-late-${Date.now()}`;

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  school = await createSchool(t, 'Late Delivery Primary');
  accountId = (
    await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId: PAGE,
      handle: 'latedelivery',
      displayName: 'Late Delivery Primary',
    })
  ).id;
  forgetModerationSetup();
});
afterAll(async () => t?.close());

describe("a school's moderation calendar", () => {
  it('gives a comment received two years ago its deadline, counted over that Easter', async () => {
    // Received on Thursday 28 March 2024 at noon, the day before Good Friday...
    clock = new Date('2024-03-28T12:00:00Z');
    const change = facebookCommentChange({
      pageId: PAGE,
      commentId: '900_late',
      message: 'When is the Easter egg hunt? Nobody has answered my message.',
      createdTime: Math.floor(clock.getTime() / 1000),
    });
    const deliveryId = await receiveDelivery(t.ctx, {
      platform: 'facebook',
      rawBody: Buffer.from(facebookDelivery(PAGE, [change])),
    });

    // ...and processed only now, two years later.
    clock = new Date('2026-03-18T10:00:00Z');
    forgetModerationSetup();
    expect(await processDelivery(t.ctx, deliveryId)).toEqual([expect.objectContaining({ kind: 'stored' })]);

    const comment = (await commentsRepository.findByExternal(t.ctx.db, accountId, '900_late'))!;
    expect(comment.needsResponse).toBe(true);
    // No published policy: 48 hours, plain reading. They run into Good Friday, land on Saturday 30 March, and
    // Easter Monday is a bank holiday: due at the close of Tuesday 2 April 2024 (17:00 BST).
    expect(comment.responseDueAt?.toISOString()).toBe('2024-04-02T16:00:00.000Z');
  });

  it('answers for a far-future date as a calendar built around that date would', async () => {
    const setup = await schoolModerationSetup(t.ctx.db, school.id, clock);
    const aroundIt = buildWorkingCalendar({
      nation: setup.settings.calendar.nation,
      closures: setup.settings.calendar.closures,
      from: '2029-01-01',
      to: '2030-12-31',
    });
    const receivedAt = new Date('2029-12-24T10:00:00Z');
    const deadline = computeResponseDeadline(receivedAt, setup.settings.response, setup.calendar);
    expect(deadline).toEqual(computeResponseDeadline(receivedAt, setup.settings.response, aroundIt));
    expect(deadline.becauseOf?.name).toBe('Christmas Day');
  });
});
