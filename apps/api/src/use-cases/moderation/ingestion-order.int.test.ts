// Ingestion as the platforms really deliver: at least once, in no promised order, echoing the school's own actions,
// and sometimes never readable. Everything goes through the signed webhook route, as Meta sends it, and the
// platform simulator where the school acts on a comment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import pino from 'pino';
import { auditRepository, chainFor, commentsRepository, inboundDeliveriesRepository } from '@schoolgate/db';
import { TEST_META_APP_SECRET, type Person } from '../../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../../testing/moderation-fixture.ts';
import { facebookCommentChange, facebookDelivery, type FacebookCommentInput } from '../../testing/facebook-payloads.ts';
import { signMetaPayload } from '../../connectors/graph/webhook-signature.ts';
import { escalateOverdueComments } from '../../jobs/escalate-overdue-comments.job.ts';
import { deliveryRetryDelayMs, MAX_DELIVERY_ATTEMPTS, processPendingDeliveries } from './process-delivery.ts';

let f: ModerationFixture;
let t: ModerationFixture['t'];
let sim: ModerationFixture['sim'];
let school: ModerationFixture['school'];
let moderator: Person;
let head: Person;
let accountId: string;
let page: string;
// A Wednesday morning in term.
const START = new Date('2026-11-18T10:00:00Z');
const T0 = Math.floor(START.getTime() / 1000) - 3600;

beforeAll(async () => {
  f = await startModerationFixture({ now: START, schoolName: 'Orderly Lane Primary' });
  ({ t, sim, school } = f);
  moderator = f.people.account_admin!;
  head = f.people.head!;
  page = sim.accounts.facebook.id;
  accountId = f.accounts.facebook!;
}, 60_000);
afterAll(async () => {
  await f?.close();
});

const as = (p: Person, method: 'GET' | 'POST', url: string, payload?: object) => f.as(p, method, url, payload);

/** Posts a body to the webhook route signed as Meta signs it; answers the stored delivery's id. */
async function postSigned(body: string): Promise<number> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/webhooks/meta',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMetaPayload(body, TEST_META_APP_SECRET) },
    payload: body,
  });
  expect(res.statusCode).toBe(200);
  return res.json().delivery as number;
}

/** One feed change in a delivery of its own, with Meta's `entry.time` (seconds) as when it happened. */
const feed = (input: Omit<FacebookCommentInput, 'pageId'>, at: number) =>
  facebookDelivery(page, [facebookCommentChange({ pageId: page, createdTime: T0, ...input })], at);

const stored = async (externalId: string) =>
  (await commentsRepository.findByExternal(t.ctx.db, accountId, externalId))!;

async function commentOnFacebook(text: string, author?: { id: string; name: string }) {
  const { simComment, stored: comment } = await f.commentOn('facebook', text, author ? { author } : {});
  return { simComment, comment };
}

describe('the school’s delete, echoed back by the platform', () => {
  it('stays a delete: the comment is not recorded as removed by its author', async () => {
    const author = { id: 'fb-echo-author', name: 'Pat Angry' };
    const { comment } = await commentOnFacebook('You are all useless idiots', author);
    const res = await as(moderator, 'POST', `/api/moderation/comments/${comment.id}/actions`, { action: 'delete' });
    expect(res.json()).toMatchObject({ outcome: 'done', comment: { platformState: 'deleted' } });
    // Facebook (and the simulator) then sends `remove` for the comment, through the webhook.
    await sim.flush();
    const echoes = sim.deliveries.filter(
      (d) => d.body.includes('"verb":"remove"') && d.body.includes(comment.externalId),
    );
    expect(echoes).toHaveLength(1);
    expect(echoes[0]!.attempts.at(-1)?.status).toBe(200);
    await processPendingDeliveries(t.ctx);
    expect((await stored(comment.externalId)).platformState).toBe('deleted');
    // The author's record counts it as a removal by the school.
    const detail = (await as(moderator, 'GET', `/api/moderation/authors/${comment.authorId}`)).json();
    expect(detail.removals).toBe(1);
  });

  it('still records a removal by the author as one', async () => {
    const { simComment, comment } = await commentOnFacebook('Actually never mind');
    await sim.removeComment(simComment.id);
    await processPendingDeliveries(t.ctx);
    expect((await stored(comment.externalId)).platformState).toBe('removed_by_author');
  });
});

describe('repeated and out-of-order deliveries', () => {
  const id = `${page}_order`;
  const who = { fromId: 'fb-order', fromName: 'Jo Parent' };
  const added = () => feed({ ...who, commentId: id, message: 'When is the nativity?' }, T0);
  const firstEdit = () =>
    feed({ ...who, commentId: id, verb: 'edited', message: 'When is the nativity play?' }, T0 + 100);
  const secondEdit = () =>
    feed({ ...who, commentId: id, verb: 'edited', message: 'When is the nativity play, please?' }, T0 + 200);

  it('applies edits once, however often the same delivery arrives', async () => {
    const edit = firstEdit();
    await postSigned(added());
    await postSigned(edit);
    await postSigned(secondEdit());
    await processPendingDeliveries(t.ctx);
    const before = await stored(id);
    expect(before.text).toBe('When is the nativity play, please?');
    const history = async () =>
      (await commentsRepository.revisions(t.ctx.db, before.id)).map((r) => [r.text, r.editedAt.getTime() / 1000]);
    expect(await history()).toEqual([
      ['When is the nativity?', T0 + 100],
      ['When is the nativity play?', T0 + 200],
    ]);

    // Meta sends the first edit again, byte for byte, and the addition too.
    await postSigned(edit);
    await postSigned(added());
    const sweep = await processPendingDeliveries(t.ctx);
    expect(sweep).toMatchObject({ processed: 2, failed: 0 });
    const after = await stored(id);
    expect(after.text).toBe('When is the nativity play, please?');
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await history()).toEqual([
      ['When is the nativity?', T0 + 100],
      ['When is the nativity play?', T0 + 200],
    ]);
  });

  it('keeps an old edit that arrives late as history, not as the text', async () => {
    // An edit made between the two above, delivered only now.
    await postSigned(feed({ ...who, commentId: id, verb: 'edited', message: 'When is the nativity play??' }, T0 + 150));
    await processPendingDeliveries(t.ctx);
    const comment = await stored(id);
    expect(comment.text).toBe('When is the nativity play, please?');
    const revisions = await commentsRepository.revisions(t.ctx.db, comment.id);
    // Each wording, when it appeared and when it was replaced, in the order they were on Facebook.
    expect(revisions.map((r) => [r.text, r.writtenAt.getTime() / 1000, r.editedAt.getTime() / 1000])).toEqual([
      ['When is the nativity?', T0, T0 + 100],
      ['When is the nativity play?', T0 + 100, T0 + 150],
      ['When is the nativity play??', T0 + 150, T0 + 200],
    ]);
  });

  it('ignores an old hide or unhide that arrives after a newer one, and a replayed one', async () => {
    const hide = feed({ ...who, commentId: id, verb: 'hide' }, T0 + 300);
    await postSigned(hide);
    await processPendingDeliveries(t.ctx);
    expect((await stored(id)).platformState).toBe('hidden');
    // Someone unhid it earlier than that; the news arrives late.
    await postSigned(feed({ ...who, commentId: id, verb: 'unhide' }, T0 + 250));
    await processPendingDeliveries(t.ctx);
    expect((await stored(id)).platformState).toBe('hidden');
    // Unhidden later: that applies. Then the old hide is delivered again: it does not.
    await postSigned(feed({ ...who, commentId: id, verb: 'unhide' }, T0 + 400));
    await processPendingDeliveries(t.ctx);
    expect((await stored(id)).platformState).toBe('visible');
    await postSigned(hide);
    await processPendingDeliveries(t.ctx);
    expect((await stored(id)).platformState).toBe('visible');
  });
});

describe('an edit for a comment Schoolgate never saw', () => {
  it('stores the comment from the edit, and its first wording as history when that arrives', async () => {
    const id = `${page}_edit_first`;
    const who = { fromId: 'fb-edit-first', fromName: 'Lee Parent' };
    await postSigned(
      feed({ ...who, commentId: id, verb: 'edited', message: 'Why was my son kept in at lunch today?' }, T0 + 500),
    );
    await processPendingDeliveries(t.ctx);
    const comment = await stored(id);
    expect(comment).toMatchObject({ text: 'Why was my son kept in at lunch today?', platformState: 'visible' });
    expect(comment.needsResponse).toBe(true);
    expect((await commentsRepository.author(t.ctx.db, school.id, comment.authorId))?.name).toBe('Lee Parent');
    const queue = (await as(moderator, 'GET', '/api/moderation/queue?view=all&pageSize=200')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(comment.id);
    const { items } = await auditRepository.list(t.ctx.db, chainFor(school.trustId, school.id), {
      page: 1,
      pageSize: 200,
      action: 'comment.received',
    });
    expect(items.find((e) => e.entityId === comment.id)?.details).toMatchObject({ from: 'edit' });

    // The addition, delayed, arrives after the edit: the text stays, the first wording goes into the history.
    await postSigned(feed({ ...who, commentId: id, message: 'Why was my son kept in?' }, T0));
    await processPendingDeliveries(t.ctx);
    expect((await stored(id)).text).toBe('Why was my son kept in at lunch today?');
    expect((await commentsRepository.revisions(t.ctx.db, comment.id)).map((r) => r.text)).toEqual([
      'Why was my son kept in?',
    ]);
  });
});

describe('a comment that no longer needs a reply', () => {
  it('is not escalated, not shown as overdue, and counts as closed in compliance', async () => {
    const hidden = (await commentOnFacebook('When do the spring term reports come out?')).comment;
    const open = (await commentOnFacebook('When does the school close for Christmas?')).comment;
    expect(hidden.needsResponse && open.needsResponse).toBe(true);
    const hide = await as(moderator, 'POST', `/api/moderation/comments/${hidden.id}/actions`, { action: 'hide' });
    expect(hide.json()).toMatchObject({ outcome: 'done', comment: { platformState: 'hidden' } });
    await sim.flush();
    await processPendingDeliveries(t.ctx);

    f.clock.set(new Date(Math.max(hidden.responseDueAt!.getTime(), open.responseDueAt!.getTime()) + 60_000));
    await escalateOverdueComments(t.ctx, f.clock.now());
    expect((await stored(hidden.externalId)).escalatedAt).toBeNull();
    expect((await stored(open.externalId)).escalatedAt).not.toBeNull();
    const notes = (await as(head, 'GET', '/api/notifications')).json();
    const overdueLinks = notes.items
      .filter((n: { kind: string }) => n.kind === 'comment-overdue')
      .map((n: { link: string }) => n.link);
    expect(overdueLinks).toContain(`/moderation/comments/${open.id}`);
    expect(overdueLinks).not.toContain(`/moderation/comments/${hidden.id}`);

    const queue = (await as(moderator, 'GET', '/api/moderation/queue?view=all&pageSize=200')).json();
    const item = (id: string) => queue.items.find((i: { id: string }) => i.id === id);
    expect(item(hidden.id)).toMatchObject({ platformState: 'hidden', overdue: false });
    expect(item(open.id)).toMatchObject({ overdue: true });

    const weeks = (await as(moderator, 'GET', '/api/moderation/compliance?weeks=2')).json().weeks as Array<{
      due: number;
      openOverdue: number;
      closedWithoutReply: number;
    }>;
    const total = (k: 'due' | 'openOverdue' | 'closedWithoutReply') => weeks.reduce((n, w) => n + w[k], 0);
    expect(total('closedWithoutReply')).toBeGreaterThanOrEqual(1);
    // Every question asked in this file that is still up and unanswered is overdue; the hidden one is not among them.
    const visibleUnanswered = (await as(moderator, 'GET', '/api/moderation/queue?view=awaiting_response&pageSize=200'))
      .json()
      .items.filter((i: { platformState: string; responseDueAt: string }) => i.platformState === 'visible');
    expect(total('openOverdue')).toBe(visibleUnanswered.length);
  });
});

describe('a delivery that cannot be processed', () => {
  const failing = {
    beforeCommit: async () => {
      throw new Error('simulated fault: the disk is full');
    },
  };

  it('is given up after its last attempt, and the account administrators and the head are told', async () => {
    await sim.flush();
    await processPendingDeliveries(t.ctx);
    const id = await postSigned(feed({ commentId: `${page}_poison`, message: 'Hello from a poison delivery' }, T0));
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect(await processPendingDeliveries(t.ctx, failing)).toMatchObject({ failed: 1 });
      f.clock.set(new Date(f.clock.now().getTime() + deliveryRetryDelayMs(attempt)));
    }
    expect(await inboundDeliveriesRepository.find(t.ctx.db, id)).toMatchObject({
      status: 'abandoned',
      attempts: MAX_DELIVERY_ATTEMPTS,
    });
    // Not tried again, and nobody told twice.
    expect(await processPendingDeliveries(t.ctx, failing)).toEqual({ processed: 0, failed: 0 });
    for (const person of [moderator, head]) {
      const notes = (await as(person, 'GET', '/api/notifications')).json();
      const told = notes.items.filter((n: { kind: string }) => n.kind === 'delivery-abandoned');
      expect(told).toHaveLength(1);
      expect(told[0].body).toContain('Orderly Lane Primary');
      expect(told[0].body).not.toContain('poison delivery');
    }
  });

  it('waits out its back-off: neither the next sweep nor a burst of new deliveries re-runs it early', async () => {
    await sim.flush();
    await processPendingDeliveries(t.ctx);
    const id = await postSigned(feed({ commentId: `${page}_flaky`, message: 'Hello from a flaky delivery' }, T0));
    expect(await processPendingDeliveries(t.ctx, failing)).toMatchObject({ failed: 1 });
    const failed = (await inboundDeliveriesRepository.find(t.ctx.db, id))!;
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.nextAttemptAt!.getTime()).toBe(f.clock.now().getTime() + deliveryRetryDelayMs(1));

    // A burst of new deliveries, each followed by the sweep its arrival triggers, a second before the back-off ends.
    f.clock.set(new Date(failed.nextAttemptAt!.getTime() - 1000));
    for (let i = 0; i < 8; i++) {
      await postSigned(feed({ commentId: `${page}_burst_${i}`, message: `Burst comment ${i}` }, T0 + i));
      expect(await processPendingDeliveries(t.ctx, failing)).toMatchObject({ failed: 1 }); // the new one fails
    }
    expect(await inboundDeliveriesRepository.find(t.ctx.db, id)).toMatchObject({ status: 'failed', attempts: 1 });

    // Once the back-off has passed it is tried again, and this time it goes through.
    f.clock.set(new Date(failed.nextAttemptAt!.getTime()));
    await processPendingDeliveries(t.ctx);
    expect(await inboundDeliveriesRepository.find(t.ctx.db, id)).toMatchObject({ status: 'processed', attempts: 2 });
    // The second failure waits twice as long as the first.
    expect(deliveryRetryDelayMs(2)).toBe(2 * deliveryRetryDelayMs(1));
  });

  it('logs an error, without what the delivery said, when no school can be told', async () => {
    const lines: string[] = [];
    const log = t.ctx.log;
    t.ctx.log = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    try {
      const body = facebookDelivery('page-of-nobody', [
        facebookCommentChange({
          pageId: 'page-of-nobody',
          fromName: 'Jane Private',
          message: 'Call me on 07700 900456',
        }),
      ]);
      const id = await postSigned(body);
      for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
        await processPendingDeliveries(t.ctx, failing);
        f.clock.set(new Date(f.clock.now().getTime() + deliveryRetryDelayMs(attempt)));
      }
      expect(await inboundDeliveriesRepository.find(t.ctx.db, id)).toMatchObject({ status: 'abandoned' });
      const records = lines.map((l) => JSON.parse(l) as { level: number; msg: string; deliveryId?: number });
      const abandoned = records.filter((r) => r.level === 50 && r.deliveryId === id);
      expect(abandoned).toHaveLength(1);
      expect(abandoned[0]!.msg).toMatch(/abandoned/);
      expect(lines.join('\n')).not.toMatch(/Jane|07700|Call me/);
    } finally {
      t.ctx.log = log;
    }
  });

  it('logs the parts of a delivery it skips, by reason only', async () => {
    const lines: string[] = [];
    const log = t.ctx.log;
    t.ctx.log = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    try {
      const reaction = {
        field: 'feed',
        value: { item: 'reaction', verb: 'add', from: { id: 'u-react', name: 'Robin Reacts' }, post_id: `${page}_900` },
      };
      const id = await postSigned(
        JSON.stringify({ object: 'page', entry: [{ id: page, time: T0, changes: [reaction] }] }),
      );
      await processPendingDeliveries(t.ctx);
      const skipped = lines
        .map((l) => JSON.parse(l) as { msg: string; deliveryId?: number; reasons?: Record<string, number> })
        .find((r) => r.msg === 'delivery parts skipped' && r.deliveryId === id);
      expect(skipped?.reasons).toEqual({ 'feed item "reaction" is not a comment': 1 });
      expect(lines.join('\n')).not.toContain('Robin');
    } finally {
      t.ctx.log = log;
    }
  });
});
