// Suggestions for posts (issue 11, 000 "speak to the Principal"): a member of staff who runs no account suggests a
// post; the head and the runners of the account are told; a runner makes it a draft (linked, the suggestion used,
// in one transaction with its audit entry) or declines it with a reason the suggester reads; runners cannot suggest
// to themselves; another school's suggestions are out of reach; the policy's categories are offered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRunnersRepository, auditRepository, chainFor } from '@schoolgate/db';
import { createPerson, createSchool, type Person, type TestApp } from '../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';

let f: ModerationFixture;
let t: TestApp;
let runner: Person;
let head: Person;
let teacher: Person;
let colleague: Person;
let otherRunner: Person;

beforeAll(async () => {
  f = await startModerationFixture({
    schoolName: 'Suggestion Test Primary',
    roles: ['account_admin', 'head'],
    accounts: ['facebook', 'x'],
    runners: ['account_admin'],
  });
  t = f.t;
  runner = f.people.account_admin!;
  head = f.people.head!;
  teacher = await f.person('staff');
  colleague = await f.person('staff');
  // A runner of the X account only: Facebook suggestions are not theirs to decide.
  otherRunner = await f.person('account_admin');
  await accountRunnersRepository.add(t.ctx.db, f.school.id, f.accounts.x!, [otherRunner.staffId]);
  forgetModerationSetup();
}, 90_000);
afterAll(async () => {
  await f?.close();
});

const suggest = (p: Person, body: object) => f.as(p, 'POST', '/api/post-suggestions', body);
const notificationsOf = async (p: Person) =>
  (await f.as(p, 'GET', '/api/notifications')).json().items as { kind: string; title: string; body: string }[];
async function audit(entityId: string) {
  const { items } = await auditRepository.list(t.ctx.db, chainFor(f.school.trustId, f.school.id), {
    page: 1,
    pageSize: 500,
  });
  // Oldest first, as the chain was written.
  return items.filter((i) => i.entityId === entityId).reverse();
}

describe('suggestions for posts', () => {
  it('a teacher suggests a post; the head and the runners of the account are told', async () => {
    const res = await suggest(teacher, {
      text: 'Year 5 raised £240 for the food bank with their cake sale.',
      accountIds: [f.accounts.facebook!],
      category: 'achievement',
      note: 'Mrs Hill has photos; ask her which children may be shown.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json();
    expect(made).toMatchObject({ status: 'open', mine: true, category: 'achievement', mayDecide: false });
    expect(made.accounts).toEqual([expect.objectContaining({ id: f.accounts.facebook, platform: 'facebook' })]);
    for (const p of [head, runner]) {
      expect((await notificationsOf(p)).map((n) => n.kind)).toContain('post-suggestion');
    }
    // The runner of X alone is not told of a Facebook suggestion, nor is the suggester.
    expect((await notificationsOf(otherRunner)).map((n) => n.kind)).not.toContain('post-suggestion');
    expect((await notificationsOf(teacher)).map((n) => n.kind)).not.toContain('post-suggestion');
    expect((await audit(made.id)).map((a) => a.action)).toEqual(['post.suggested']);
  });

  it('lists a suggestion to those who decide it, and to the suggester, but not to other staff', async () => {
    const mine = (await f.as(teacher, 'GET', '/api/post-suggestions')).json();
    expect(mine.decides).toBe(false);
    expect(mine.items).toHaveLength(1);
    const forRunner = (await f.as(runner, 'GET', '/api/post-suggestions?status=open')).json();
    expect(forRunner.decides).toBe(true);
    expect(forRunner.items[0]).toMatchObject({ mayDecide: true, byName: 'Test staff', mine: false });
    expect((await f.as(head, 'GET', '/api/post-suggestions')).json().items[0].mayDecide).toBe(true);
    expect((await f.as(otherRunner, 'GET', '/api/post-suggestions')).json().items).toHaveLength(0);
    expect((await f.as(colleague, 'GET', '/api/post-suggestions')).json().items).toHaveLength(0);
  });

  it('a runner cannot suggest to themselves, and a suggestion names only the school’s accounts', async () => {
    const own = await suggest(runner, { text: 'Our new library opens Monday.', accountIds: [f.accounts.facebook!] });
    expect(own.statusCode, own.body).toBe(409);
    expect(own.json().error.message).toMatch(/draft the post yourself/);
    const unknown = await suggest(teacher, {
      text: 'Our new library opens Monday.',
      accountIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].field).toBe('accountIds.0');
  });

  it('a runner makes it a draft: pre-filled by the page, linked, the suggestion used, the suggester told', async () => {
    const [open] = (await f.as(runner, 'GET', '/api/post-suggestions?status=open')).json().items;
    // Someone who does not decide it is refused.
    const refused = await f.as(colleague, 'POST', `/api/post-suggestions/${open.id}/draft`, {
      text: open.text,
      category: 'achievement',
      accountIds: [f.accounts.facebook!],
    });
    expect(refused.statusCode).toBe(403);
    const res = await f.as(runner, 'POST', `/api/post-suggestions/${open.id}/draft`, {
      text: open.text,
      category: 'achievement',
      accountIds: [f.accounts.facebook!],
      tagged: [],
    });
    expect(res.statusCode, res.body).toBe(201);
    const post = res.json();
    expect(post).toMatchObject({ status: 'draft', text: open.text, authorUserId: runner.userId });
    const [after] = (await f.as(teacher, 'GET', '/api/post-suggestions')).json().items;
    expect(after).toMatchObject({ status: 'drafted', postId: post.id, decidedByName: 'Test account_admin' });
    expect((await notificationsOf(teacher)).map((n) => n.kind)).toContain('post-suggestion-drafted');
    expect((await audit(open.id)).map((a) => a.action)).toEqual(['post.suggested', 'post.suggestion_drafted']);
    expect((await audit(post.id)).map((a) => a.action)).toEqual(['post.drafted']);
    // Used once: a second draft from it is refused, and no second post is written.
    const again = await f.as(head, 'POST', `/api/post-suggestions/${open.id}/draft`, {
      text: open.text,
      category: 'achievement',
      accountIds: [f.accounts.facebook!],
    });
    expect(again.statusCode).toBe(409);
    const posts = (await f.as(head, 'GET', '/api/posts')).json().items as { text: string }[];
    expect(posts.filter((p) => p.text === open.text)).toHaveLength(1);
  });

  it('a suggestion for any account reaches every runner; declining it needs a reason the suggester reads', async () => {
    const made = (await suggest(colleague, { text: 'The PTA summer fair is on 4 July.' })).json();
    expect((await notificationsOf(otherRunner)).map((n) => n.kind)).toContain('post-suggestion');
    const noReason = await f.as(otherRunner, 'POST', `/api/post-suggestions/${made.id}/decline`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const declined = await f.as(otherRunner, 'POST', `/api/post-suggestions/${made.id}/decline`, {
      reason: 'The PTA posts the fair on its own page; we share theirs.',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const [seen] = (await f.as(colleague, 'GET', '/api/post-suggestions')).json().items;
    expect(seen).toMatchObject({
      status: 'declined',
      declineReason: 'The PTA posts the fair on its own page; we share theirs.',
      mayDecide: false,
    });
    const told = (await notificationsOf(colleague)).find((n) => n.kind === 'post-suggestion-declined');
    expect(told?.body).toContain('we share theirs');
    const late = await f.as(head, 'POST', `/api/post-suggestions/${made.id}/decline`, { reason: 'Not this term.' });
    expect(late.statusCode).toBe(409);
    expect((await audit(made.id)).map((a) => a.action)).toEqual(['post.suggested', 'post.suggestion_declined']);
  });

  it('another school’s suggestions are out of reach', async () => {
    const open = (await suggest(teacher, { text: 'Reception visited the fire station.' })).json();
    const other = await createSchool(t, undefined, f.school.trustId);
    const otherHead = await createPerson(t, other, 'head');
    const otherStaff = await createPerson(t, other, 'staff');
    const req = (p: Person, method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: p.headers, ...(payload ? { payload } : {}) });
    expect((await req(otherHead, 'GET', '/api/post-suggestions')).json().items).toHaveLength(0);
    const decline = await req(otherHead, 'POST', `/api/post-suggestions/${open.id}/decline`, {
      reason: 'Not ours to decide.',
    });
    expect(decline.statusCode).toBe(404);
    const draft = await req(otherHead, 'POST', `/api/post-suggestions/${open.id}/draft`, {
      text: open.text,
      category: 'event',
      accountIds: [f.accounts.facebook!],
    });
    expect(draft.statusCode).toBe(404);
    // Nor may a suggestion there name this school's account.
    const foreign = await req(otherStaff, 'POST', '/api/post-suggestions', {
      text: 'Borrowing your page.',
      accountIds: [f.accounts.facebook!],
    });
    expect(foreign.statusCode).toBe(400);
    expect((await f.as(head, 'GET', `/api/post-suggestions?status=open`)).json().items[0].id).toBe(open.id);
  });

  it('offers the categories and platforms of the policy in force', async () => {
    const blank = (await f.as(teacher, 'GET', '/api/posts/options')).json();
    expect(blank.categories.length).toBeGreaterThan(0);
    await publishTestVersion(t.ctx.db, f.school, {
      edit: (settings) => {
        settings.posts.allowedCategories = ['event', 'achievement'];
      },
    });
    const narrowed = (await f.as(teacher, 'GET', '/api/posts/options')).json();
    expect(narrowed.categories).toEqual(['event', 'achievement']);
  });
});
