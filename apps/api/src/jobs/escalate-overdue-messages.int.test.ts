// A private message nobody answers in time goes to the account administrators and the head, once per deadline;
// after the school answers, a new message sets a new deadline that can be escalated in its turn.
import { auditRepository, chainFor, messagesRepository, notificationsRepository } from '@schoolgate/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';
import { escalateOverdueMessages } from './escalate-overdue-messages.ts';

let f: ModerationFixture;
beforeAll(async () => {
  f = await startModerationFixture({ roles: ['account_admin', 'head', 'staff'], accounts: ['facebook'] });
  await publishTestVersion(f.t.ctx.db, f.school);
  forgetModerationSetup(f.school.id);
});
afterAll(() => f.close());

const overdueNotices = async (role: 'account_admin' | 'head' | 'staff') =>
  (await notificationsRepository.listForUser(f.t.ctx.db, f.people[role]!.userId)).items.filter(
    (n) => n.kind === 'message-overdue',
  );

it('escalates an unanswered message once its deadline passes, once, and again for a later deadline', async () => {
  // Tuesday morning: the answer is due within the school's response time, long before Friday.
  f.clock.set(new Date('2026-11-17T09:00:00Z'));
  const from = { id: 'psid-late-1', name: 'Sam Parent' };
  await f.sim.message({ platform: 'facebook', from, text: 'Could someone tell me when the trip money is due?' });
  await f.processDeliveries();
  const [conversation] = (
    await messagesRepository.list(f.t.ctx.db, f.school.id, { awaiting: true, page: 1, pageSize: 10 })
  ).items;
  expect(conversation?.responseDueAt).not.toBeNull();

  expect(await escalateOverdueMessages(f.t.ctx, new Date('2026-11-17T10:00:00Z'))).toBe(0);
  expect(await overdueNotices('head')).toEqual([]);

  const friday = new Date('2026-11-20T09:00:00Z');
  expect(await escalateOverdueMessages(f.t.ctx, friday)).toBe(1);
  expect(await escalateOverdueMessages(f.t.ctx, new Date('2026-11-20T09:15:00Z'))).toBe(0);
  const [notice] = await overdueNotices('head');
  expect(notice?.link).toBe(`/moderation/messages/${conversation!.id}`);
  expect(notice?.body).not.toContain('trip money');
  expect(await overdueNotices('account_admin')).toHaveLength(1);
  expect(await overdueNotices('staff')).toEqual([]);

  // The school answers; the parent writes again the next week and that deadline passes too.
  f.clock.set(friday);
  const answer = await f.as('account_admin', 'POST', `/api/moderation/conversations/${conversation!.id}/reply`, {
    text: 'It is due by the end of the month. Thank you for asking.',
  });
  expect(answer.statusCode).toBe(200);
  f.clock.set(new Date('2026-11-24T09:00:00Z'));
  await f.sim.message({ platform: 'facebook', from, text: 'Thanks. And is it cash or online?' });
  await f.processDeliveries();
  expect(await escalateOverdueMessages(f.t.ctx, new Date('2026-11-27T09:00:00Z'))).toBe(1);
  expect(await overdueNotices('head')).toHaveLength(2);
  const audit = await auditRepository.forEntities(
    f.t.ctx.db,
    chainFor(f.school.trustId, f.school.id),
    'message.escalated',
    'conversation',
    [conversation!.id],
  );
  expect(audit).toHaveLength(2);
});
