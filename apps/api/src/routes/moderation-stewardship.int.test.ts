// Runners are per account (004): only an account's runners, and the head, act on its comments and its authors.
// Everyone whose role reads the queue still sees every account's comments, so cover and oversight keep working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRunnersRepository, staffRepository } from '@schoolgate/db';
import type { Person } from '../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';

let f: ModerationFixture;
let runner: Person;
let otherModerator: Person;
let xRunner: Person;

beforeAll(async () => {
  f = await startModerationFixture({
    schoolName: 'Stewardship Primary',
    roles: ['account_admin', 'head', 'slt', 'trust_admin'],
    accounts: ['facebook', 'x'],
    runners: ['account_admin'],
  });
  runner = f.people.account_admin!;
  otherModerator = await f.person('account_admin');
  xRunner = await f.person('account_admin');
  await f.makeRunner(xRunner, ['x']);
});
afterAll(async () => f?.close());

const act = (who: Person | 'head' | 'slt' | 'trust_admin', id: string, action = 'approve') =>
  f.as(who, 'POST', `/api/moderation/comments/${id}/actions`, { action });

describe('acting on an account’s comments', () => {
  it('lets the account’s runner and the head act, and refuses moderators who do not run it', async () => {
    const { stored } = await f.commentOn('facebook', 'When is the next parents’ evening?');
    for (const who of [otherModerator, xRunner, 'slt', 'trust_admin'] as const) {
      const res = await act(who, stored.id);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringMatching(/runners and the head/),
      });
    }
    expect((await act(runner, stored.id)).statusCode).toBe(200);
    expect((await act('head', stored.id, 'mark_responded')).statusCode).toBe(200);
  });

  it('still shows the queue and the comment to moderators who do not run the account', async () => {
    const { stored } = await f.commentOn('facebook', 'Thank you for the lovely concert');
    const queue = (await f.as(otherModerator, 'GET', '/api/moderation/queue?view=all')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(stored.id);
    const detail = await f.as(otherModerator, 'GET', `/api/moderation/comments/${stored.id}`);
    expect(detail.statusCode).toBe(200);
    // The page says they read but do not act; a runner's says they act.
    expect(detail.json().mayAct).toBe(false);
    expect((await f.as(runner, 'GET', `/api/moderation/comments/${stored.id}`)).json().mayAct).toBe(true);
    expect((await f.as('head', 'GET', `/api/moderation/comments/${stored.id}`)).json().mayAct).toBe(true);
  });

  it('reports each comment a non-runner tried in bulk as failed, with the reason', async () => {
    const { stored } = await f.commentOn('facebook', 'Is the school open on Friday?');
    const res = (
      await f.as(otherModerator, 'POST', '/api/moderation/bulk', { ids: [stored.id], action: 'approve' })
    ).json();
    expect(res).toMatchObject({ done: 0, failed: [{ id: stored.id, message: expect.stringMatching(/runners/) }] });
  });

  it('stops a runner who has left from acting', async () => {
    const leaver = await f.person('account_admin');
    await f.makeRunner(leaver);
    const { stored } = await f.commentOn('facebook', 'Great sports day');
    await staffRepository.update(f.t.ctx.db, f.school.id, leaver.staffId, { status: 'inactive' });
    // Their sign-in to the school ends with their staff record, and the record no longer counts as a runner.
    expect((await act(leaver, stored.id)).statusCode).toBe(401);
    expect(await accountRunnersRepository.isRunner(f.t.ctx.db, f.school.id, f.accounts.facebook!, leaver.userId)).toBe(
      false,
    );
  });
});

describe('steps about an author', () => {
  it('are taken by a runner of an account the author commented on, or the head', async () => {
    const { stored } = await f.commentOn('facebook', 'This school is a disgrace', {
      author: { id: 'steward-author', name: 'Cross Parent' },
    });
    const url = `/api/moderation/authors/${stored.authorId}/steps`;
    const step = { step: 'discuss', note: 'Phoned them' };
    expect((await f.as(xRunner, 'POST', url, step)).statusCode).toBe(403);
    expect((await f.as(runner, 'POST', url, step)).statusCode).toBe(200);
    expect((await f.as('head', 'POST', url, step)).statusCode).toBe(200);
  });

  it('lets any moderator mark an author as press (it only adds a hold), but not take it off', async () => {
    const { stored } = await f.commentOn('facebook', 'I write for the Gazette: a comment please', {
      author: { id: 'steward-press', name: 'Jo Reporter' },
    });
    const url = `/api/moderation/authors/${stored.authorId}/press`;
    expect((await f.as(otherModerator, 'POST', url, { isPress: true })).statusCode).toBe(200);
    expect((await f.as(otherModerator, 'POST', url, { isPress: false })).statusCode).toBe(403);
  });
});
