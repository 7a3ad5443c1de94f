// Moderation as an account administrator meets it, against the platform simulator: comments arrive by signed
// webhook, sort themselves, and are hidden (evidence first), answered, escalated and reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { auditRepository, chainFor, commentsRepository } from '@schoolgate/db';
import type { Person, TestApp } from '../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import type { PlatformSimulator } from '../platform-simulator/index.ts';
import { processPendingDeliveries } from '../use-cases/moderation/process-delivery.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';
import { escalateOverdueComments } from '../jobs/escalate-overdue-comments.job.ts';
import { pollXAccounts } from '../use-cases/moderation/poll-x-accounts.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';

let f: ModerationFixture;
let t: TestApp;
let sim: PlatformSimulator;
let school: { id: string; trustId: string };
let moderator: Person;
let head: Person;

beforeAll(async () => {
  f = await startModerationFixture({ roles: ['account_admin', 'head'], accounts: ['facebook', 'x'] });
  ({ t, sim, school } = f);
  moderator = f.people.account_admin!;
  head = f.people.head!;
}, 60_000);
afterAll(async () => {
  await f?.close();
});

const commentOnFacebook = (text: string, author?: { id: string; name: string }) =>
  f.commentOn('facebook', text, author ? { author } : {});

describe('moderation queue and actions', () => {
  it('puts the worst comment first and explains why', async () => {
    await commentOnFacebook('Lovely photos from the fair, thank you!');
    await commentOnFacebook('I know where you live and I am going to hurt you');
    await commentOnFacebook('What time does the fair start on Saturday?');
    const queue = (await f.as(moderator, 'GET', '/api/moderation/queue?view=all')).json();
    expect(queue.items[0].labels.map((l: { category: string }) => l.category)).toContain('threat');
    expect(queue.items[0].labels[0].evidence.length).toBeGreaterThan(0);
    const toReview = (await f.as(moderator, 'GET', '/api/moderation/queue')).json();
    expect(toReview.items.every((i: { reviewState: string }) => i.reviewState === 'to_review')).toBe(true);
    const awaiting = (await f.as(moderator, 'GET', '/api/moderation/queue?view=awaiting_response')).json();
    expect(awaiting.items.map((i: { text: string }) => i.text)).toContain('What time does the fair start on Saturday?');
  });

  it('keeps the evidence, then hides the comment on the platform', async () => {
    const { simComment, stored } = await commentOnFacebook('You are a useless bunch of idiots at that school');
    const res = await f.as(moderator, 'POST', `/api/moderation/comments/${stored.id}/actions`, { action: 'hide' });
    expect(res.json()).toMatchObject({ outcome: 'done', comment: { platformState: 'hidden' } });
    expect(sim.state.comments.get(simComment.id)?.hidden).toBe(true);
    const detail = res.json().comment;
    expect(detail.evidence.map((e: { kind: string }) => e.kind).sort()).toEqual(['as_received', 'image', 'timeline']);
    // The evidence digests are in the audit chain, and the chain is intact.
    const chain = chainFor(school.trustId, school.id);
    const { items } = await auditRepository.list(t.ctx.db, chain, { page: 1, pageSize: 50, action: 'evidence.kept' });
    expect(items[0]!.details).toMatchObject({ before: 'hide' });
    expect((await auditRepository.verify(t.ctx.db, chain)).firstBroken).toBeNull();
  });

  it('gives an evidence pack whose files match the digests recorded when they were kept', async () => {
    const { stored } = await commentOnFacebook('Ring me on 07700 900123 about Jayden in 4B, he hit my son');
    await f.as(moderator, 'POST', `/api/moderation/comments/${stored.id}/actions`, { action: 'delete' });
    const res = await f.as(moderator, 'GET', `/api/moderation/comments/${stored.id}/evidence.zip`);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="evidence-comment-/);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.files).toHaveLength(3);
    for (const entry of manifest.files) {
      expect(createHash('sha256').update(files[entry.file]!).digest('hex')).toBe(entry.recordedSha256);
    }
    expect(strFromU8(files['SHA256SUMS']!)).toContain(manifest.files[0].sha256);
  });

  it('falls back to manual steps when the platform refuses, and records them when done', async () => {
    const { simComment, stored } = await commentOnFacebook('Buy cheap trainers at www.example-shoes.test, DM me');
    sim.failNext({ api: 'graph', operation: 'hide', failure: { type: 'http-status', status: 503 } });
    const refused = (
      await f.as(moderator, 'POST', `/api/moderation/comments/${stored.id}/actions`, { action: 'hide' })
    ).json();
    expect(refused.outcome).toBe('manual_needed');
    expect(refused.manualSteps.length).toBeGreaterThan(0);
    expect(sim.state.comments.get(simComment.id)?.hidden).toBe(false);
    const recorded = (
      await f.as(moderator, 'POST', `/api/moderation/comments/${stored.id}/actions`, {
        action: 'record_manual',
        manualAction: 'hide',
        text: 'Hidden from the Page by hand',
      })
    ).json();
    expect(recorded.comment).toMatchObject({ platformState: 'hidden' });
    expect(recorded.comment.actions.at(-1)).toMatchObject({ action: 'hide', manual: true });
  });

  it('replies as the page and counts the reply as the response', async () => {
    const { stored } = await commentOnFacebook('Is the fair cash only?');
    const res = (
      await f.as(moderator, 'POST', `/api/moderation/comments/${stored.id}/actions`, {
        action: 'reply',
        text: 'Cards and cash are both fine. See you there!',
      })
    ).json();
    expect(res).toMatchObject({ outcome: 'done', comment: { respondedAt: expect.any(String) } });
    expect(
      [...sim.state.comments.values()].some((c) => c.text === 'Cards and cash are both fine. See you there!'),
    ).toBe(true);
  });

  it('holds a reply to a journalist until the head approves it', async () => {
    const journalist = { id: 'fb-journalist', name: 'Alex Reporter' };
    const { stored } = await commentOnFacebook(
      'I write for the Evening Post. Can the school comment on the staffing story?',
      journalist,
    );
    await f.as(moderator, 'POST', `/api/moderation/authors/${stored.authorId}/press`, { isPress: true });
    // No policy published yet: the cautious defaults hold press contact for the head alone.
    const held = (await f.as(moderator, 'GET', `/api/moderation/comments/${stored.id}`)).json();
    expect(held.pressHold).toBe('head');
    const pending = (
      await f.as(moderator, 'POST', `/api/moderation/comments/${stored.id}/actions`, {
        action: 'reply',
        text: 'Please email the head teacher.',
      })
    ).json();
    expect(pending.outcome).toBe('pending_approval');
    expect([...sim.state.comments.values()].some((c) => c.text === 'Please email the head teacher.')).toBe(false);
    const notes = (await f.as(head, 'GET', '/api/notifications')).json();
    expect(notes.items.map((n: { title: string }) => n.title)).toContain('A reply to a journalist needs your approval');
    expect(
      (
        await f.as(moderator, 'POST', `/api/moderation/comments/${stored.id}/actions`, {
          action: 'approve_press_reply',
        })
      ).statusCode,
    ).toBe(403);
    const sent = (
      await f.as(head, 'POST', `/api/moderation/comments/${stored.id}/actions`, { action: 'approve_press_reply' })
    ).json();
    expect(sent.outcome).toBe('done');
    expect([...sim.state.comments.values()].some((c) => c.text === 'Please email the head teacher.')).toBe(true);
  });

  it('suggests the next rung of the ladder once an author passes the threshold', async () => {
    const troll = { id: 'fb-troll', name: 'Repeat Offender' };
    for (const text of ['You lot are idiots', 'Pathetic useless school', 'Total morons running this place']) {
      const { stored } = await commentOnFacebook(text, troll);
      await f.as(moderator, 'POST', `/api/moderation/comments/${stored.id}/actions`, { action: 'hide' });
    }
    const authorId = (
      await commentsRepository.upsertAuthor(t.ctx.db, {
        schoolId: school.id,
        platform: 'facebook',
        externalId: 'fb-troll',
        name: null,
        handle: null,
      })
    ).id;
    const author = (await f.as(moderator, 'GET', `/api/moderation/authors/${authorId}`)).json();
    expect(author.removals).toBe(3);
    expect(author.suggestedNextStep).toBe(author.ladder[0]);
    const police = await f.as(moderator, 'POST', `/api/moderation/authors/${authorId}/steps`, { step: 'police' });
    expect(police.statusCode).toBe(400);
    const done = (
      await f.as(moderator, 'POST', `/api/moderation/authors/${authorId}/steps`, {
        step: author.ladder[0],
        note: 'Spoke to the parent',
      })
    ).json();
    expect(done.steps[0]).toMatchObject({ action: author.ladder[0] });
    expect(done.suggestedNextStep).toBe(author.ladder[1] ?? null);
  });

  it('cannot delete a reply on X through the API, and says what to do instead', async () => {
    const xPost = sim.addPost('x', 'Well done to our netball team!');
    const { comment } = await sim.comment({
      platform: 'x',
      postId: xPost.id,
      author: { id: 'x-user-1', name: 'Someone', handle: 'someone' },
      text: 'rubbish team lol',
    });
    // X has no webhooks: the poll stores what it finds as a delivery.
    expect(await pollXAccounts(t.ctx)).toMatchObject({ polled: 1, stored: 1 });
    await processPendingDeliveries(t.ctx);
    const queue = (await f.as(moderator, 'GET', '/api/moderation/queue?view=all&pageSize=200')).json();
    const onX = queue.items.find((i: { text: string }) => i.text === comment.text);
    expect(onX).toBeDefined();
    const res = (
      await f.as(moderator, 'POST', `/api/moderation/comments/${onX.id}/actions`, { action: 'delete' })
    ).json();
    expect(res.outcome).toBe('manual_needed');
    expect(res.comment.capabilities.delete.viaApi).toBe(false);
  });

  it('escalates an unanswered question once its deadline passes, once', async () => {
    const { stored } = await commentOnFacebook('When do we find out about secondary school places?');
    expect(stored.responseDueAt).not.toBeNull();
    f.clock.set(new Date(stored.responseDueAt!.getTime() + 60_000));
    expect(await escalateOverdueComments(t.ctx, f.clock.now())).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdueComments(t.ctx, f.clock.now())).toBe(0);
    const notes = (await f.as(moderator, 'GET', '/api/notifications')).json();
    expect(notes.items.some((n: { title: string }) => /response deadline/.test(n.title))).toBe(true);
    const compliance = (await f.as(moderator, 'GET', '/api/moderation/compliance?weeks=2')).json();
    expect(compliance.weeks.at(-1).openOverdue + compliance.weeks.at(-2).openOverdue).toBeGreaterThanOrEqual(1);
  });
});

describe('blocking', () => {
  it('blocks the author on the platform and records it as a rung of their ladder', async () => {
    const { stored } = await commentOnFacebook('Spam spam buy now', { id: 'fb-spammer', name: 'Spam Account' });
    const res = (
      await f.as(moderator, 'POST', `/api/moderation/comments/${stored.id}/actions`, { action: 'block' })
    ).json();
    expect(res.outcome).toBe('done');
    expect(res.message).toBe('The author was blocked on the platform.');
    const author = (await f.as(moderator, 'GET', `/api/moderation/authors/${stored.authorId}`)).json();
    expect(author.steps.map((s: { action: string }) => s.action)).toContain('block');
  });
});

describe('on arrival, with a published policy', () => {
  it('hides at once what the policy says to hide, keeping the evidence first', async () => {
    await publishTestVersion(t.ctx.db, school);
    forgetModerationSetup(school.id);
    const { simComment, stored } = await commentOnFacebook('I know where you live and I am going to hurt you');
    expect(stored.decision).toBe('hide');
    const after = (await commentsRepository.findByExternal(t.ctx.db, f.accounts.facebook!, simComment.id))!;
    expect(after.platformState).toBe('hidden');
    expect(sim.state.comments.get(simComment.id)?.hidden).toBe(true);
    const detail = (await f.as(moderator, 'GET', `/api/moderation/comments/${stored.id}`)).json();
    expect(detail.evidence).toHaveLength(3);
    expect(detail.actions[0]).toMatchObject({ action: 'hide', by: null });
  });

  it('marks a journalist as press on arrival and tells the head', async () => {
    const { stored } = await commentOnFacebook(
      "Hello, I'm a reporter at the Northshire Echo. Could the head teacher contact me for a comment?",
      { id: 'fb-echo', name: 'Rob Kendal' },
    );
    const detail = (await f.as(moderator, 'GET', `/api/moderation/comments/${stored.id}`)).json();
    expect(detail).toMatchObject({ author: { isPress: true }, reviewState: 'to_review', needsResponse: true });
    const notes = (await f.as(head, 'GET', '/api/notifications')).json();
    expect(notes.items.some((n: { kind: string }) => n.kind === 'press-contact')).toBe(true);
    expect(detail.responseDueAt).not.toBeNull();
    // Hidden, it is still held (the published policy routes press to the head and the chair), not closed.
    expect(detail.pressHold).toBe('head_and_chair');
    await f.as(head, 'POST', `/api/moderation/comments/${stored.id}/actions`, { action: 'hide' });
    const hidden = (await f.as(moderator, 'GET', '/api/moderation/queue?view=all&platformState=hidden')).json();
    expect(hidden.items.find((i: { id: string }) => i.id === stored.id)).toMatchObject({
      platformState: 'hidden',
      pressHold: 'head_and_chair',
    });
    // Only the head may take the press mark off (it would release replies that wait for them).
    expect(
      (await f.as(moderator, 'POST', `/api/moderation/authors/${stored.authorId}/press`, { isPress: false }))
        .statusCode,
    ).toBe(403);
    expect(
      (await f.as(head, 'POST', `/api/moderation/authors/${stored.authorId}/press`, { isPress: false })).statusCode,
    ).toBe(200);
    expect((await f.as(moderator, 'GET', `/api/moderation/comments/${stored.id}`)).json().pressHold).toBeNull();
  });

  it('hides a comment edited into something the policy hides, with the earlier wording in the evidence', async () => {
    const { simComment, stored } = await commentOnFacebook('Lovely photos from the trip!');
    expect(stored.platformState).toBe('visible');
    await sim.editComment(simComment.id, 'I know where you live and I am going to hurt you');
    await processPendingDeliveries(t.ctx);
    expect(sim.state.comments.get(simComment.id)?.hidden).toBe(true);
    const pack = await f.as(moderator, 'GET', `/api/moderation/comments/${stored.id}/evidence.zip`);
    const files = unzipSync(new Uint8Array(pack.rawPayload));
    const asReceived = Object.entries(files).find(([name]) => name.endsWith(`comment-${stored.id}.json`))!;
    expect(JSON.parse(strFromU8(asReceived[1])).earlierVersions).toEqual([
      expect.objectContaining({ text: 'Lovely photos from the trip!' }),
    ]);
  });
});
