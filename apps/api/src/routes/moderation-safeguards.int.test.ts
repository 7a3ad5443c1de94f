// The safeguards around moderation actions, against the platform simulator: a reply to a journalist goes out once
// and only with the head's approval, X replies are never recorded as deleted, the author's ladder shows blocks and
// reports with their references, refusals are audited, and marking an author as press holds their comments for the
// head and tells the chair of governors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditRepository, chainFor, commentsRepository, schema } from '@schoolgate/db';
import { createPerson, createSchool, type Person, type TestApp } from '../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import type { PlatformSimulator } from '../platform-simulator/index.ts';
import { processPendingDeliveries } from '../use-cases/moderation/process-delivery.ts';
import { pollXAccounts } from '../use-cases/moderation/poll-x-accounts.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';

let f: ModerationFixture;
let t: TestApp;
let sim: PlatformSimulator;
let school: { id: string; trustId: string };
let moderator: Person;
let head: Person;
let secondHead: Person;
let chair: Person;
let governor: Person;
let xAccountId: string;
let seq = 0;

beforeAll(async () => {
  f = await startModerationFixture({
    schoolName: 'Hillside Test Academy',
    // A head and a trust colleague can both approve press replies: two people at once.
    roles: ['account_admin', 'head', 'trust_admin'],
    accounts: ['facebook', 'x'],
  });
  ({ t, sim, school } = f);
  moderator = f.people.account_admin!;
  head = f.people.head!;
  secondHead = f.people.trust_admin!;
  chair = await f.person('governor');
  governor = await f.person('governor');
  await t.ctx.db.update(schema.staff).set({ jobTitle: 'Chair of Governors' }).where(eq(schema.staff.id, chair.staffId));
  await t.ctx.db
    .update(schema.staff)
    .set({ jobTitle: 'Vice-Chair of Governors' })
    .where(eq(schema.staff.id, governor.staffId));
  // The template modelled on 004 routes press contact to the head and the chair of governors.
  await publishTestVersion(t.ctx.db, school);
  xAccountId = f.accounts.x!;
  sim.addPost('facebook', 'Sports day is on Friday!');
});
afterAll(async () => {
  await f?.close();
});

const act = (p: Person, commentId: string, payload: object) =>
  f.as(p, 'POST', `/api/moderation/comments/${commentId}/actions`, payload);

const commentOnFacebook = (text: string, author = { id: `fb-${(seq += 1)}`, name: 'Sam Parent' }) =>
  f.commentOn('facebook', text, { author });

async function replyOnX(text: string, author = { id: `x-${(seq += 1)}`, name: 'Someone', handle: `someone${seq}` }) {
  const post = sim.addPost('x', 'Congratulations to our choir!');
  const { comment } = await sim.comment({ platform: 'x', postId: post.id, author, text });
  await pollXAccounts(t.ctx);
  await processPendingDeliveries(t.ctx);
  return (await commentsRepository.findByExternal(t.ctx.db, xAccountId, comment.id))!;
}

async function auditActions(entityId: string): Promise<string[]> {
  const { items } = await auditRepository.list(t.ctx.db, chainFor(school.trustId, school.id), {
    page: 1,
    pageSize: 200,
  });
  return items.filter((i) => i.entityId === entityId).map((i) => i.action);
}

const postedWithText = (text: string) => [...sim.state.comments.values()].filter((c) => c.text === text).length;

async function pressComment(text: string) {
  const { stored } = await commentOnFacebook(text, { id: `fb-press-${(seq += 1)}`, name: 'Jo Reporter' });
  await f.as(moderator, 'POST', `/api/moderation/authors/${stored.authorId}/press`, { isPress: true });
  return stored;
}

describe('a reply to a journalist', () => {
  it('is sent once when two people approve it at the same moment', async () => {
    const stored = await pressComment('Could the school comment on the new car park for the Gazette?');
    const reply = 'Thank you for asking. Please email the school office and the head will reply.';
    expect((await act(moderator, stored.id, { action: 'reply', text: reply })).json().outcome).toBe('pending_approval');
    // The platform takes a moment to answer, so both approvals are in flight together.
    sim.failNext({ api: 'graph', operation: 'reply', failure: { type: 'delay', ms: 300 }, times: 2 });

    const answers = await Promise.all([
      act(head, stored.id, { action: 'approve_press_reply' }),
      act(secondHead, stored.id, { action: 'approve_press_reply' }),
    ]);

    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!.json();
    expect(refused.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already sent by Test .* It has not been sent again\./),
    });
    expect(postedWithText(reply)).toBe(1);
    const detail = (await f.as(head, 'GET', `/api/moderation/comments/${stored.id}`)).json();
    expect(detail.actions.filter((a: { action: string }) => a.action === 'reply')).toHaveLength(1);
    expect(detail.pendingPressReply).toBeNull();

    // A retry later is refused the same way and sends nothing.
    const retry = await act(head, stored.id, { action: 'approve_press_reply' });
    expect(retry.statusCode).toBe(409);
    expect(postedWithText(reply)).toBe(1);
  });

  it('cannot be counted as answered by a moderator, only by the head', async () => {
    const stored = await pressComment('I am a reporter at the Echo. Is the school closing its nursery?');
    const marked = await act(moderator, stored.id, { action: 'mark_responded' });
    expect(marked.statusCode).toBe(403);
    expect(marked.json().error.message).toMatch(/marked as press, so only the head can mark their comment as answered/);
    const byHand = await act(moderator, stored.id, {
      action: 'record_manual',
      manualAction: 'reply',
      text: 'Rang them',
    });
    expect(byHand.statusCode).toBe(403);
    const bulk = (
      await f.as(moderator, 'POST', '/api/moderation/bulk', { ids: [stored.id], action: 'mark_responded' })
    ).json();
    expect(bulk).toMatchObject({
      done: 0,
      failed: [{ id: stored.id, message: expect.stringMatching(/only the head/) }],
    });
    const untouched = (await f.as(moderator, 'GET', `/api/moderation/comments/${stored.id}`)).json();
    expect(untouched).toMatchObject({ respondedAt: null, reviewState: 'to_review' });

    const byHead = await act(head, stored.id, { action: 'mark_responded' });
    expect(byHead.statusCode).toBe(200);
    expect(byHead.json().comment.respondedAt).not.toBeNull();
  });
});

describe('a reply on X', () => {
  it('is never recorded as deleted; the steps X allows are recorded, and reach the author’s ladder', async () => {
    const reply = await replyOnX('this school is a joke');
    const deleted = await act(moderator, reply.id, { action: 'record_manual', manualAction: 'delete' });
    expect(deleted.statusCode).toBe(400);
    expect(deleted.json().error.message).toMatch(/X does not let anyone delete replies to the school's posts/);

    const noReference = await act(moderator, reply.id, { action: 'record_manual', manualAction: 'report_platform' });
    expect(noReference.statusCode).toBe(400);
    expect(noReference.json().error.fields).toEqual([
      { field: 'reference', message: "Enter the platform's report reference." },
    ]);

    const reported = await act(moderator, reply.id, {
      action: 'record_manual',
      manualAction: 'report_platform',
      reference: 'X-REPORT-4471',
    });
    expect(reported.statusCode).toBe(200);
    await act(moderator, reply.id, { action: 'record_manual', manualAction: 'ask_to_delete', text: 'Emailed them' });
    const after = (await act(moderator, reply.id, { action: 'record_manual', manualAction: 'block' })).json();
    expect(after.comment.platformState).toBe('visible');
    expect(after.comment.evidence).toHaveLength(3);

    const author = (await f.as(moderator, 'GET', `/api/moderation/authors/${reply.authorId}`)).json();
    const steps = Object.fromEntries(
      author.steps.map((s: { action: string; detail: Record<string, unknown> }) => [s.action, s.detail]),
    );
    expect(steps.report_to_platform).toMatchObject({ reference: 'X-REPORT-4471', fromComment: reply.id });
    expect(steps.ask_to_delete).toMatchObject({ note: 'Emailed them' });
    expect(steps.block).toMatchObject({ via: 'by hand' });
  });
});

describe('the ladder on the author’s page', () => {
  it('blocks on the platform where its API can, after auditing the request', async () => {
    const { stored } = await commentOnFacebook('You are all useless', { id: 'fb-ladder-block', name: 'Angry Parent' });
    const res = (
      await f.as(moderator, 'POST', `/api/moderation/authors/${stored.authorId}/steps`, {
        step: 'block',
        note: 'Third time',
      })
    ).json();
    expect(res.stepOutcome).toEqual({ outcome: 'done', message: 'Blocked on Hillside Test Academy.', manualSteps: [] });
    expect(sim.state.isBlocked(sim.accounts.facebook.id, 'fb-ladder-block')).toBe(true);
    expect(res.steps[0]).toMatchObject({ action: 'block', manual: false, detail: { via: 'api', note: 'Third time' } });
    expect(await auditActions(stored.authorId)).toEqual(
      expect.arrayContaining(['author.block_requested', 'author.block']),
    );
  });

  it('gives the manual steps when the platform refuses, audits the refusal, and records the block done by hand', async () => {
    const { stored } = await commentOnFacebook('Rubbish school', { id: 'fb-ladder-refused', name: 'Another Parent' });
    sim.failNext({ api: 'graph', operation: 'block', failure: { type: 'http-status', status: 503 } });
    const refused = (
      await f.as(moderator, 'POST', `/api/moderation/authors/${stored.authorId}/steps`, { step: 'block' })
    ).json();
    expect(refused.stepOutcome.outcome).toBe('manual_needed');
    expect(refused.stepOutcome.manualSteps.length).toBeGreaterThan(0);
    expect(refused.steps).toEqual([]);
    expect(await auditActions(stored.authorId)).toContain('author.block_refused');

    const byHand = (
      await f.as(moderator, 'POST', `/api/moderation/authors/${stored.authorId}/steps`, {
        step: 'block',
        doneByHand: true,
      })
    ).json();
    expect(byHand.stepOutcome).toBeUndefined();
    expect(byHand.steps[0]).toMatchObject({ action: 'block', manual: true });
  });

  it('records a block on Instagram as the guided step done by hand, since its API cannot block', async () => {
    const author = await commentsRepository.upsertAuthor(t.ctx.db, {
      schoolId: school.id,
      platform: 'instagram',
      externalId: 'ig-ladder',
      name: 'Insta Person',
      handle: 'insta',
    });
    const before = (await f.as(moderator, 'GET', `/api/moderation/authors/${author.id}`)).json();
    expect(before.blocking).toMatchObject({ viaApi: false, note: expect.stringMatching(/Instagram app/) });
    // The school runs no Instagram account here, so no runner acts about this author: the head does (004).
    const res = (await f.as(head, 'POST', `/api/moderation/authors/${author.id}/steps`, { step: 'block' })).json();
    expect(res.steps[0]).toMatchObject({ action: 'block', manual: true });
  });

  it('audits a platform that refuses an action on a comment', async () => {
    const { stored } = await commentOnFacebook('Buy followers cheap at example.test');
    sim.failNext({ api: 'graph', operation: 'hide', failure: { type: 'http-status', status: 503 } });
    expect((await act(moderator, stored.id, { action: 'hide' })).json().outcome).toBe('manual_needed');
    expect(await auditActions(stored.id)).toContain('comment.hide_refused');
  });
});

describe('marking an author as press', () => {
  it('puts their unanswered comments back in the queue for the head and tells the head and the chair', async () => {
    const writer = { id: 'fb-late-press', name: 'Pat Columnist' };
    const { stored: open } = await commentOnFacebook('Lovely sports day photos!', writer);
    const { stored: answered } = await commentOnFacebook('What time does sports day start?', writer);
    await act(moderator, open.id, { action: 'approve' });
    await act(moderator, answered.id, { action: 'reply', text: 'It starts at 9.' });
    const cleared = (await f.as(moderator, 'GET', `/api/moderation/comments/${open.id}`)).json();
    expect(cleared).toMatchObject({ reviewState: 'reviewed', needsResponse: false });

    const res = await f.as(moderator, 'POST', `/api/moderation/authors/${open.authorId}/press`, { isPress: true });
    expect(res.statusCode).toBe(200);

    const held = (await f.as(head, 'GET', `/api/moderation/comments/${open.id}`)).json();
    expect(held).toMatchObject({ reviewState: 'to_review', needsResponse: true, author: { isPress: true } });
    expect(held.responseDueAt).not.toBeNull();
    expect(held.decisionReason).toMatch(/^Contact from the press: the head approves any reply\./);
    const stillAnswered = (await f.as(head, 'GET', `/api/moderation/comments/${answered.id}`)).json();
    expect(stillAnswered).toMatchObject({ reviewState: 'reviewed' });
    const queue = (await f.as(head, 'GET', '/api/moderation/queue?pageSize=200')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(open.id);

    const toHead = (await f.as(head, 'GET', '/api/notifications')).json();
    // The test's clock stands still, so notifications are found by what they say, not by their place in the list.
    const aboutPat = (items: Array<{ title: string; body: string }>) =>
      items.filter((n) => /Pat Columnist/.test(n.body));
    expect(aboutPat(toHead.items)).toEqual([
      expect.objectContaining({
        title: 'An author has been marked as press',
        body: expect.stringMatching(/unanswered comment is back in the queue.*chair of governors has been told/),
      }),
    ]);
    const toChair = (await f.as(chair, 'GET', '/api/notifications')).json();
    expect(aboutPat(toChair.items)).toEqual([
      expect.objectContaining({ title: 'A journalist has contacted the school' }),
    ]);
    const toViceChair = (await f.as(governor, 'GET', '/api/notifications')).json();
    expect(toViceChair.items).toEqual([]);
  });

  it('tells the head and the chair when a journalist is recognised on arrival', async () => {
    const { stored } = await commentOnFacebook(
      "I'm a reporter at the Valley Gazette and would like a statement from the school about the new car park.",
      { id: 'fb-gazette', name: 'Jo Gazette' },
    );
    const detail = (await f.as(head, 'GET', `/api/moderation/comments/${stored.id}`)).json();
    expect(detail.author.isPress).toBe(true);
    const toHead = (await f.as(head, 'GET', '/api/notifications')).json();
    expect(toHead.items).toContainEqual(
      expect.objectContaining({
        title: 'A journalist has commented on the school’s account',
        body: expect.stringMatching(/^Jo Gazette .*chair of governors has been told/),
      }),
    );
    const toChair = (await f.as(chair, 'GET', '/api/notifications')).json();
    expect(toChair.items.map((n: { body: string }) => n.body)).toContainEqual(expect.stringMatching(/^Jo Gazette /));
  });

  async function schoolWithPressAuthor(name: string, routeToChair: boolean, recordChair: boolean) {
    const other = await createSchool(t, name);
    const otherModerator = await createPerson(t, other, 'account_admin');
    const otherHead = await createPerson(t, other, 'head');
    const otherChair = await createPerson(t, other, 'governor');
    if (recordChair)
      await t.ctx.db
        .update(schema.staff)
        .set({ jobTitle: 'Chair of Governors' })
        .where(eq(schema.staff.id, otherChair.staffId));
    await publishTestVersion(t.ctx.db, other, {
      edit: (settings) => {
        settings.moderation.journalistContactGoesTo = routeToChair ? ['head', 'chair_of_governors'] : ['head'];
      },
    });
    forgetModerationSetup();
    const author = await commentsRepository.upsertAuthor(t.ctx.db, {
      schoolId: other.id,
      platform: 'facebook',
      externalId: `fb-editor-${other.id}`,
      name: 'Chris Editor',
      handle: null,
    });
    await f.as(otherModerator, 'POST', `/api/moderation/authors/${author.id}/press`, { isPress: true });
    return {
      toHead: (await f.as(otherHead, 'GET', '/api/notifications')).json(),
      toChair: (await f.as(otherChair, 'GET', '/api/notifications')).json(),
    };
  }

  it('tells the head to inform the chair when the policy asks for it and the school records no chair', async () => {
    const { toHead, toChair } = await schoolWithPressAuthor('No Chair Primary', true, false);
    expect(toHead.items[0].body).toMatch(/no chair with a Schoolgate sign-in is recorded, so please tell the chair/);
    expect(toChair.items).toEqual([]);
  });

  it('leaves the chair out when the school’s policy sends press contact to the head alone', async () => {
    const { toHead, toChair } = await schoolWithPressAuthor('Head Only Primary', false, true);
    expect(toHead.items[0].title).toBe('An author has been marked as press');
    expect(toHead.items[0].body).not.toMatch(/chair/i);
    expect(toChair.items).toEqual([]);
  });
});
