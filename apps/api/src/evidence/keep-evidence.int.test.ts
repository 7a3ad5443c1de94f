// The "as received" evidence holds what the platform actually sent (the stored delivery, with the SHA-256 taken when
// it arrived, and the part of it about this comment) and the post's id, not a copy rebuilt from our own row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { commentsRepository, inboundDeliveriesRepository } from '@schoolgate/db';
import {
  act,
  commentOn,
  downloadPack,
  startEvidenceTestSchool,
  type EvidenceTestSchool,
} from '../testing/evidence-test-school.ts';
import type { DeliverySource } from './delivery-as-received.ts';

let s: EvidenceTestSchool;
beforeAll(async () => {
  s = await startEvidenceTestSchool();
});
afterAll(async () => {
  await s?.close();
});

interface AsReceived {
  postId: string | null;
  commentId: string;
  text: string;
  source: DeliverySource;
}

async function asReceivedOf(commentId: string): Promise<AsReceived> {
  const pack = await downloadPack(s, `/api/moderation/comments/${commentId}/evidence.zip`);
  const name = Object.keys(pack.files).find((n) => n.endsWith(`comment-${commentId}.json`));
  if (!name) throw new Error('no as-received file in the pack');
  return pack.json<AsReceived>(name);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the comment as received', () => {
  it('holds the Facebook webhook exactly as stored on arrival, its digest, and the post', async () => {
    const { stored, postExternalId, commentExternalId } = await commentOn(
      s,
      'facebook',
      'You are a useless bunch of idiots at that school',
    );
    await act(s, stored.id, 'hide');
    const evidence = await asReceivedOf(stored.id);
    const delivery = (await inboundDeliveriesRepository.find(s.t.ctx.db, stored.deliveryId!))!;

    expect(evidence.postId).toBe(postExternalId);
    expect(evidence.source).toMatchObject({
      kind: 'webhook',
      deliveryId: delivery.id,
      bodySha256: delivery.bodySha256,
      bodySha256Matches: true,
      body: delivery.body,
    });
    if (evidence.source.kind !== 'webhook') throw new Error('expected a webhook');
    // The digest recorded at receipt is the digest of the body in the evidence.
    expect(sha256(evidence.source.body)).toBe(delivery.bodySha256);
    // The platform's own object for this comment, with the platform's own field names and text.
    expect(evidence.source.partAboutThisComment).toEqual([
      {
        field: 'feed',
        value: expect.objectContaining({
          verb: 'add',
          comment_id: commentExternalId,
          post_id: postExternalId,
          message: 'You are a useless bunch of idiots at that school',
        }),
      },
    ]);
  });

  it('says an X comment came from Schoolgate’s poll, and holds what the poll stored', async () => {
    const { stored, postExternalId, commentExternalId } = await commentOn(s, 'x', 'rubbish school, idiots');
    await act(s, stored.id, 'hide');
    const evidence = await asReceivedOf(stored.id);
    const delivery = (await inboundDeliveriesRepository.find(s.t.ctx.db, stored.deliveryId!))!;

    expect(evidence.postId).toBe(postExternalId);
    expect(evidence.source).toMatchObject({ kind: 'x_poll', body: delivery.body, bodySha256Matches: true });
    if (evidence.source.kind !== 'x_poll') throw new Error('expected an X poll');
    expect(evidence.source.explanation).toMatch(/not signed by X/);
    expect(evidence.source.partAboutThisComment).toEqual([
      expect.objectContaining({ id: commentExternalId, text: 'rubbish school, idiots' }),
    ]);
  });

  it('says so plainly when no delivery is stored for the comment', async () => {
    const { stored } = await commentOn(s, 'facebook', 'What an awful lot of idiots run this place');
    await commentsRepository.update(s.t.ctx.db, stored.id, { deliveryId: null });
    await act(s, stored.id, 'hide');
    const evidence = await asReceivedOf(stored.id);
    expect(evidence.source).toMatchObject({ kind: 'not_stored', deliveryId: null });
    expect(evidence.source.explanation).toMatch(/No platform delivery is linked to this comment/);
    expect(evidence.text).toBe('What an awful lot of idiots run this place');
  });

  it('notices a delivery whose stored body no longer has the digest taken when it arrived', async () => {
    const { stored } = await commentOn(s, 'facebook', 'Idiots, the lot of you');
    const delivery = (await inboundDeliveriesRepository.find(s.t.ctx.db, stored.deliveryId!))!;
    await s.t.ctx.db.execute(
      sql`update inbound_deliveries set body = ${delivery.body.replace('Idiots', 'Friends')} where id = ${delivery.id}`,
    );
    await act(s, stored.id, 'hide');
    const evidence = await asReceivedOf(stored.id);
    expect(evidence.source).toMatchObject({ kind: 'webhook', bodySha256Matches: false });
  });
});
