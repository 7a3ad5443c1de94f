// A person sees their own notifications and can clear them; nobody else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSchool, createTestApp, type TestApp } from '../testing/test-app.ts';
import { notify } from '../notifications/notify.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('notifications', () => {
  it('lists my notifications newest first, counts unread, and marks them read', async () => {
    const school = await createSchool(t);
    const head = await createPerson(t, school, 'head');
    const teacher = await createPerson(t, school, 'staff');
    await notify(t.ctx.db, { school, roles: ['head'], kind: 'a', title: 'First', body: 'one', now: t.ctx.now() });
    await notify(t.ctx.db, {
      school,
      roles: ['head'],
      kind: 'a',
      title: 'Second',
      body: 'two',
      link: '/policy',
      now: t.ctx.now(),
    });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: head.headers })).json();
    expect(mine.unread).toBe(2);
    expect(mine.items.map((n: { title: string }) => n.title).sort()).toEqual(['First', 'Second']);
    const theirs = (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: teacher.headers })).json();
    expect(theirs.items).toEqual([]);
    // Someone else's id changes nothing.
    await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: teacher.headers,
      payload: { ids: [mine.items[0].id] },
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: head.headers })).json().unread,
    ).toBe(2);
    await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: head.headers,
      payload: { ids: [mine.items[0].id] },
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: head.headers })).json().unread,
    ).toBe(1);
    await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: head.headers,
      payload: { ids: 'all' },
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: head.headers })).json().unread,
    ).toBe(0);
  });
});
