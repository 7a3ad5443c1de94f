// Hiding on arrival happens once per comment, however many workers reach it at the same moment (the delivery job
// and the catch-up sweep, or two processes): one set of evidence, one hide on the platform, one audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditRepository, chainFor, commentsRepository, inboundDeliveriesRepository, schema } from '@schoolgate/db';
import type { TestApp } from '../../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../../testing/moderation-fixture.ts';
import type { PlatformSimulator } from '../../platform-simulator/index.ts';
import { MAX_DELIVERY_ATTEMPTS, processDelivery } from './process-delivery.ts';
import { HIDE_CLAIM_STALE_MS, hideOnArrival } from './hide-on-arrival.ts';

let f: ModerationFixture;
let t: TestApp;
let sim: PlatformSimulator;
let school: { id: string; trustId: string };
let accountId: string;

beforeAll(async () => {
  f = await startModerationFixture({ schoolName: 'Claim Street Primary', roles: [], accounts: ['facebook'] });
  ({ t, sim, school } = f);
  accountId = f.accounts.facebook!;
}, 60_000);
afterAll(async () => {
  await f?.close();
});

/** A comment arrives by signed webhook and is stored (processed without the job's own hide, which is under test). */
async function arrives(text: string) {
  const post = [...sim.state.posts.values()][0] ?? sim.addPost('facebook', 'Our school trip photos');
  const { comment } = await sim.comment({
    platform: 'facebook',
    postId: post.id,
    author: { id: `fb-${Math.random().toString(36).slice(2)}`, name: 'Drew Troll' },
    text,
  });
  for (const id of await inboundDeliveriesRepository.listPendingIds(t.ctx.db, MAX_DELIVERY_ATTEMPTS, t.ctx.now())) {
    await processDelivery(t.ctx, id);
  }
  return { simComment: comment, stored: (await commentsRepository.findByExternal(t.ctx.db, accountId, comment.id))! };
}

async function traces(commentId: string) {
  const evidence = await t.ctx.db
    .select()
    .from(schema.evidenceItems)
    .where(eq(schema.evidenceItems.commentId, commentId));
  const actions = await t.ctx.db
    .select()
    .from(schema.moderationActions)
    .where(eq(schema.moderationActions.commentId, commentId));
  const { items } = await auditRepository.list(t.ctx.db, chainFor(school.trustId, school.id), {
    page: 1,
    pageSize: 200,
  });
  const audit = items.filter((e) => e.entityId === commentId).map((e) => e.action);
  return { evidence, actions, audit };
}

describe('hide on arrival', () => {
  it('hides once, with one set of evidence, when two workers try at the same moment', async () => {
    const { simComment, stored } = await arrives('You are all useless idiots at that school');
    const outcomes = await Promise.all([hideOnArrival(t.ctx, stored.id), hideOnArrival(t.ctx, stored.id)]);
    expect(outcomes.sort()).toEqual(['already_in_hand', 'hidden']);

    const hides = sim.state.actions.filter((a) => a.action === 'hide' && a.targetId === simComment.id);
    expect(hides).toHaveLength(1);
    const { evidence, actions, audit } = await traces(stored.id);
    expect(evidence.map((e) => e.kind).sort()).toEqual(['as_received', 'image', 'timeline']);
    expect(actions.map((a) => a.action)).toEqual(['hide']);
    expect(audit.filter((a) => a === 'evidence.kept')).toHaveLength(1);
    expect(audit.filter((a) => a === 'comment.hide')).toHaveLength(1);
    expect((await commentsRepository.findByIdAnySchool(t.ctx.db, stored.id))?.platformState).toBe('hidden');
    // A third call later finds it hidden and does nothing.
    expect(await hideOnArrival(t.ctx, stored.id)).toBe('left_for_a_person');
    expect((await traces(stored.id)).evidence).toHaveLength(3);
  });

  it('leaves a comment claimed by a worker alone, until that claim is stale (the worker died)', async () => {
    const { stored } = await arrives('Pathetic useless idiots running this place');
    // A worker claimed it and stopped before keeping any evidence.
    await commentsRepository.claimAutomaticHide(t.ctx.db, stored.id, f.clock.now(), new Date(0));
    await commentsRepository.update(t.ctx.db, stored.id, { decision: 'hide' });
    const staleBefore = () => new Date(f.clock.now().getTime() - HIDE_CLAIM_STALE_MS);
    expect(await commentsRepository.awaitingAutomaticHide(t.ctx.db, staleBefore())).not.toContain(stored.id);
    expect(await hideOnArrival(t.ctx, stored.id)).toBe('already_in_hand');
    expect((await traces(stored.id)).evidence).toHaveLength(0);

    f.clock.set(new Date(f.clock.now().getTime() + HIDE_CLAIM_STALE_MS + 1000));
    expect(await commentsRepository.awaitingAutomaticHide(t.ctx.db, staleBefore())).toContain(stored.id);
    expect(await hideOnArrival(t.ctx, stored.id)).toBe('hidden');
    expect((await traces(stored.id)).evidence).toHaveLength(3);
  });
});
