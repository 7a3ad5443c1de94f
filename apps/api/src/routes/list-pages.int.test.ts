// Issue 16 follow-up: the posts list, the concerns list and the suggestions of posts come a page at a time with a
// total that stops counting at a cap, as the moderation queue does, so a school with years of history can still
// reach its oldest records. Each keeps its filters and who-sees-what: the DSL team's routes and the chair of
// governors' allegations about the head; staff see their own suggestions, runners also those for their accounts.
// A small page size (and a cap of 2 or 3 standing in for 10,000) keeps the rows few.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountRunnersRepository,
  concernsRepository,
  postSuggestionsRepository,
  postsRepository,
  socialAccountsRepository,
  staffRepository,
} from '@schoolgate/db';
import {
  createPerson,
  createSchool,
  createTestApp,
  requestAs,
  type Person,
  type TestApp,
} from '../testing/test-app.ts';

let t: TestApp;
let school: { id: string; trustId: string };
let other: { id: string; trustId: string };
let head: Person;
let dsl: Person;
let chair: Person;
let governor: Person;
let runner: Person;
let teacher: Person;
let colleague: Person;
let facebook: string;
let x: string;

const T0 = Date.parse('2026-11-02T09:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const get = async (who: Person, url: string) => {
  const res = await requestAs(t, who, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Array<{ id: string; text?: string }>; total: number; totalIsLowerBound: boolean };
};
const ids = (page: { items: Array<{ id: string }> }) => page.items.map((i) => i.id);

/** Every page of a list, following the pager's rule: go on while the page shown is full. */
async function allPages(who: Person, url: string, pageSize: number) {
  const seen: string[] = [];
  for (let page = 1; page < 20; page += 1) {
    const body = await get(who, `${url}${url.includes('?') ? '&' : '?'}page=${page}&pageSize=${pageSize}`);
    seen.push(...ids(body));
    if (body.items.length < pageSize) break;
  }
  return seen;
}

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  other = await createSchool(t);
  head = await createPerson(t, school, 'head');
  dsl = await createPerson(t, school, 'dsl');
  chair = await createPerson(t, school, 'governor');
  await staffRepository.update(t.ctx.db, school.id, chair.staffId, { jobTitle: 'Chair of Governors' });
  governor = await createPerson(t, school, 'governor');
  runner = await createPerson(t, school, 'account_admin');
  teacher = await createPerson(t, school, 'staff');
  colleague = await createPerson(t, school, 'staff');
  const account = (handle: string, platform: string) =>
    socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform,
      externalId: `${handle}-${school.id}`,
      handle,
      displayName: handle,
    });
  facebook = (await account('lists-facebook', 'facebook')).id;
  x = (await account('lists-x', 'x')).id;
  await accountRunnersRepository.add(t.ctx.db, school.id, facebook, [runner.staffId]);
}, 90_000);
afterAll(async () => t?.close());

describe('the posts list, a page at a time', () => {
  const made: string[] = [];
  beforeAll(async () => {
    // Seven posts changed a minute apart (the newest last), two of them drafts; one post in another school.
    for (let i = 0; i < 7; i += 1) {
      const post = await postsRepository.create(t.ctx.db, {
        schoolId: school.id,
        authorUserId: head.userId,
        text: i % 3 === 0 ? `Draft news ${i}` : `Sports day report ${i}`,
        category: 'news',
        status: i % 3 === 0 ? 'draft' : 'published',
        createdAt: at(i),
        updatedAt: at(i),
      });
      made.push(post.id);
    }
    const theirs = await createPerson(t, other, 'head');
    await postsRepository.create(t.ctx.db, {
      schoolId: other.id,
      authorUserId: theirs.userId,
      text: 'Sports day report from elsewhere',
      category: 'news',
      status: 'published',
      createdAt: at(100),
      updatedAt: at(100),
    });
  });

  it('reaches the oldest post through the pages, newest first, with the count of them all', async () => {
    const first = await get(head, '/api/posts?pageSize=3');
    expect(first).toMatchObject({ total: 7, totalIsLowerBound: false, page: 1, pageSize: 3 });
    expect(ids(first)).toEqual([made[6], made[5], made[4]]);
    const last = await get(head, '/api/posts?page=3&pageSize=3');
    expect(ids(last)).toEqual([made[0]]);
    expect(await allPages(head, '/api/posts', 3)).toEqual([...made].reverse());
  });

  it('keeps the status and search filters on every page', async () => {
    const drafts = await get(head, '/api/posts?status=draft&pageSize=2');
    expect(drafts).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect(await allPages(head, '/api/posts?status=draft', 2)).toEqual([made[6], made[3], made[0]]);
    const found = await get(head, '/api/posts?search=sports&pageSize=2&page=2');
    expect(found.total).toBe(4);
    expect(found.items.map((p) => p.text)).toEqual(['Sports day report 2', 'Sports day report 1']);
  });

  it('gives an old client the first page when it sends no page, and refuses a page size over 200', async () => {
    const plain = await get(head, '/api/posts');
    expect(plain).toMatchObject({ total: 7, page: 1, pageSize: 50 });
    expect(plain.items).toHaveLength(7);
    const tooBig = await requestAs(t, head, 'GET', '/api/posts?pageSize=201');
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.fields[0].field).toContain('pageSize');
  });

  it('stops counting at the cap and still serves the pages past it', async () => {
    const capped = await postsRepository.list(t.ctx.db, school.id, { page: 3, pageSize: 3 }, 3);
    expect(capped).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(capped.items.map((p) => p.id)).toEqual([made[0]]);
  });
});

describe('the concerns list, a page at a time', () => {
  const byRoute: Record<string, string[]> = { safeguarding: [], allegation_head: [], complaint: [] };
  beforeAll(async () => {
    const concern = async (route: string, minutes: number, extra: { urgency?: string; status?: string } = {}) => {
      const row = await concernsRepository.insert(t.ctx.db, {
        schoolId: school.id,
        reference: `C-LIST-${String(minutes).padStart(4, '0')}`,
        source: 'staff',
        type: 'other',
        urgency: extra.urgency ?? 'routine',
        route,
        whatHappened: 'Written for the list test.',
        status: extra.status ?? 'open',
        raisedBy: dsl.userId,
        raisedAt: at(minutes),
      });
      byRoute[route]!.push(row.id);
      return row.id;
    };
    // Five safeguarding concerns (one urgent, one closed), two allegations about the head, one complaint.
    for (let i = 0; i < 3; i += 1) await concern('safeguarding', i);
    await concern('safeguarding', 3, { urgency: 'urgent' });
    await concern('safeguarding', 4, { status: 'closed' });
    await concern('allegation_head', 5);
    await concern('allegation_head', 6);
    await concern('complaint', 7);
  });

  it("pages the DSL team's list, open and urgent first, without the allegations about the head", async () => {
    const first = await get(dsl, '/api/concerns?status=all&pageSize=2');
    expect(first).toMatchObject({ total: 5, totalIsLowerBound: false, page: 1, pageSize: 2 });
    const s = byRoute.safeguarding!;
    // Urgent first, then the open ones newest first, the closed one last.
    expect(await allPages(dsl, '/api/concerns?status=all', 2)).toEqual([s[3], s[2], s[1], s[0], s[4]]);
    expect(await get(dsl, '/api/concerns?pageSize=2')).toMatchObject({ total: 4 });
    expect(ids(await get(dsl, '/api/concerns?status=closed&pageSize=2'))).toEqual([s[4]]);
  });

  it('pages the chair of governors through the allegations about the head, and no one else', async () => {
    const chairs = await get(chair, '/api/concerns?pageSize=1');
    expect(chairs).toMatchObject({ total: 2, totalIsLowerBound: false });
    expect(await allPages(chair, '/api/concerns', 1)).toEqual([...byRoute.allegation_head!].reverse());
    expect((await requestAs(t, governor, 'GET', '/api/concerns?page=2&pageSize=1')).statusCode).toBe(403);
    // The head reads safeguarding and complaints, never the allegations about themselves.
    const heads = await allPages(head, '/api/concerns?status=all', 3);
    expect(heads).toHaveLength(6);
    expect(heads).not.toContain(byRoute.allegation_head![0]);
  });

  it('gives an old client the first page of open concerns, and stops counting at the cap', async () => {
    expect(await get(dsl, '/api/concerns')).toMatchObject({ total: 4, page: 1, pageSize: 50 });
    const capped = await concernsRepository.listOnRoutes(
      t.ctx.db,
      school.id,
      ['safeguarding'],
      { status: 'all', page: 3, pageSize: 2 },
      2,
    );
    expect(capped).toMatchObject({ total: 2, totalIsLowerBound: true });
    expect(capped.items.map((c) => c.id)).toEqual([byRoute.safeguarding![4]]);
  });
});

describe('the suggestions of posts, a page at a time', () => {
  const made: Record<string, string> = {};
  beforeAll(async () => {
    const suggest = async (name: string, by: Person, accountIds: string[], minutes: number) => {
      const row = await postSuggestionsRepository.create(t.ctx.db, {
        schoolId: school.id,
        byUserId: by.userId,
        text: `Suggestion ${name}`,
        accountIds,
        note: '',
        createdAt: at(minutes),
      });
      made[name] = row.id;
    };
    await suggest('teacher-facebook-1', teacher, [facebook], 0);
    await suggest('teacher-x-1', teacher, [x], 1);
    await suggest('teacher-anywhere', teacher, [], 2);
    await suggest('teacher-facebook-2', teacher, [facebook, x], 3);
    await suggest('teacher-x-2', teacher, [x], 4);
    await suggest('colleague-x', colleague, [x], 5);
    await suggest('runner-x', runner, [x], 6);
    await postSuggestionsRepository.update(t.ctx.db, school.id, made['teacher-facebook-1']!, { status: 'declined' });
  });

  it('pages a member of staff through their own suggestions only, with their count', async () => {
    const first = await get(teacher, '/api/post-suggestions?pageSize=2');
    expect(first).toMatchObject({ total: 5, totalIsLowerBound: false, page: 1, pageSize: 2 });
    expect(await allPages(teacher, '/api/post-suggestions', 2)).toEqual(
      ['teacher-x-2', 'teacher-facebook-2', 'teacher-anywhere', 'teacher-x-1', 'teacher-facebook-1'].map(
        (n) => made[n],
      ),
    );
    expect(await get(colleague, '/api/post-suggestions?pageSize=2')).toMatchObject({ total: 1 });
  });

  it('pages a runner through their own and those for their account or any account, not the others', async () => {
    const first = await get(runner, '/api/post-suggestions?pageSize=2');
    // Counted in the database: the suggestions for X alone are neither shown nor counted.
    expect(first).toMatchObject({ total: 4, totalIsLowerBound: false });
    expect(await allPages(runner, '/api/post-suggestions', 2)).toEqual(
      ['runner-x', 'teacher-facebook-2', 'teacher-anywhere', 'teacher-facebook-1'].map((n) => made[n]),
    );
    const open = await get(runner, '/api/post-suggestions?status=open&pageSize=2&page=2');
    expect(open).toMatchObject({ total: 3 });
    expect(ids(open)).toEqual([made['teacher-anywhere']]);
  });

  it('pages the head through every suggestion, and stops counting at the cap', async () => {
    expect(await get(head, '/api/post-suggestions?pageSize=3')).toMatchObject({ total: 7 });
    expect(await get(head, '/api/post-suggestions')).toMatchObject({ page: 1, pageSize: 50 });
    const capped = await postSuggestionsRepository.list(t.ctx.db, school.id, { page: 3, pageSize: 3, among: 'all' }, 3);
    expect(capped).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(capped.items.map((s) => s.id)).toEqual([made['teacher-facebook-1']]);
  });
});
