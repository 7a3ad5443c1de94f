// Comments arrive and are never lost: stored once however often they are delivered, classified and decided on
// arrival, edits kept as revisions, and a crash between receipt and processing loses nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsRepository, inboundDeliveriesRepository, socialAccountsRepository } from '@schoolgate/db';
import { createSchool, createTestApp, type TestApp } from '../../testing/test-app.ts';
import { facebookCommentChange, facebookDelivery } from '../../testing/facebook-payloads.ts';
import { receiveDelivery } from './receive-delivery.ts';
import { deliveryRetryDelayMs, processDelivery, processPendingDeliveries } from './process-delivery.ts';
import { forgetModerationSetup } from './school-moderation-setup.ts';

let t: TestApp;
let school: { id: string; trustId: string };
let accountId: string;
// A Wednesday afternoon in term: deadlines are 48 hours on.
let clock = new Date('2026-11-18T14:00:00Z');
const PAGE = `page-${Date.now()}`;

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  school = await createSchool(t, 'Ingest Primary');
  accountId = (
    await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId: PAGE,
      handle: 'ingestprimary',
      displayName: 'Ingest Primary',
    })
  ).id;
  forgetModerationSetup();
});
afterAll(async () => t?.close());

const deliver = async (body: string) => receiveDelivery(t.ctx, { platform: 'facebook', rawBody: Buffer.from(body) });

describe('ingestion', () => {
  it('stores a comment once when the same delivery arrives twice', async () => {
    const change = facebookCommentChange({
      pageId: PAGE,
      commentId: '900_dup',
      message: 'What time does the Christmas fair start?',
    });
    const body = facebookDelivery(PAGE, [change]);
    const first = await deliver(body);
    const second = await deliver(body);
    expect(await processDelivery(t.ctx, first)).toEqual([
      expect.objectContaining({ kind: 'stored', decision: 'leave' }),
    ]);
    expect(await processDelivery(t.ctx, second)).toEqual([expect.objectContaining({ kind: 'duplicate' })]);
    const comment = (await commentsRepository.findByExternal(t.ctx.db, accountId, '900_dup'))!;
    expect(comment.needsResponse).toBe(true);
    // Received Wednesday 14:00, 48 hours: due Friday 14:00.
    expect(comment.responseDueAt?.toISOString()).toBe('2026-11-20T14:00:00.000Z');
  });

  it('classifies on arrival and, with no published policy, queues what it flags for a person', async () => {
    const id = await deliver(
      facebookDelivery(PAGE, [
        facebookCommentChange({
          pageId: PAGE,
          commentId: '900_abuse',
          message: 'You are all useless idiots, ring me on 07700 900123',
        }),
      ]),
    );
    const [outcome] = (await processDelivery(t.ctx, id)) as Array<{ kind: string; decision: string }>;
    expect(outcome).toMatchObject({ kind: 'stored', decision: 'queue' });
    const comment = (await commentsRepository.findByExternal(t.ctx.db, accountId, '900_abuse'))!;
    expect(comment.labels.map((l) => l.category)).toEqual(expect.arrayContaining(['abuse', 'personal_data']));
    expect(comment.reviewState).toBe('to_review');
    expect(comment.severity).toBeGreaterThan(0.5);
  });

  it('keeps the old text as a revision when a comment is edited', async () => {
    await processDelivery(
      t.ctx,
      await deliver(
        facebookDelivery(PAGE, [
          facebookCommentChange({ pageId: PAGE, commentId: '900_edit', message: 'Lovely assembly today' }),
        ]),
      ),
    );
    await processDelivery(
      t.ctx,
      await deliver(
        facebookDelivery(
          PAGE,
          [
            facebookCommentChange({
              pageId: PAGE,
              commentId: '900_edit',
              verb: 'edited',
              message: 'Lovely assembly today, thank you',
            }),
          ],
          1_795_300_500,
        ),
      ),
    );
    const comment = (await commentsRepository.findByExternal(t.ctx.db, accountId, '900_edit'))!;
    expect(comment.text).toBe('Lovely assembly today, thank you');
    expect((await commentsRepository.revisions(t.ctx.db, comment.id)).map((r) => r.text)).toEqual([
      'Lovely assembly today',
    ]);
  });

  it('loses nothing when processing crashes between receipt and commit', async () => {
    const id = await deliver(
      facebookDelivery(PAGE, [
        facebookCommentChange({ pageId: PAGE, commentId: '900_crash', message: 'Is school open on Monday?' }),
      ]),
    );
    await expect(
      processDelivery(t.ctx, id, {
        beforeCommit: async () => {
          throw new Error('process killed');
        },
      }),
    ).rejects.toThrow('process killed');
    // Nothing half-written, the delivery still there and waiting.
    expect(await commentsRepository.findByExternal(t.ctx.db, accountId, '900_crash')).toBeNull();
    expect(await inboundDeliveriesRepository.find(t.ctx.db, id)).toMatchObject({ status: 'failed', attempts: 1 });
    // The next sweep after its back-off processes it, once.
    clock = new Date(clock.getTime() + deliveryRetryDelayMs(1));
    const sweep = await processPendingDeliveries(t.ctx);
    expect(sweep.failed).toBe(0);
    expect(await commentsRepository.findByExternal(t.ctx.db, accountId, '900_crash')).not.toBeNull();
    expect(await inboundDeliveriesRepository.find(t.ctx.db, id)).toMatchObject({ status: 'processed' });
    expect((await processPendingDeliveries(t.ctx)).processed).toBe(0);
  });

  it('records a delivery for an unknown page without failing', async () => {
    const id = await deliver(
      facebookDelivery('someone-elses-page', [facebookCommentChange({ pageId: 'someone-elses-page', message: 'hi' })]),
    );
    expect(await processDelivery(t.ctx, id)).toEqual([{ kind: 'unknown_account' }]);
  });
});
