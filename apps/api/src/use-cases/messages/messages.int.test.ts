// Private messages (issue 10): a parent writes privately to the school's Page or Instagram account; the message
// is stored once, joins the moderation queue with its response deadline, is classified and flagged, and is answered
// from Schoolgate by the account's runners or the head.
import {
  auditRepository,
  chainFor,
  messagesRepository,
  notificationsRepository,
  pupilsRepository,
  schema,
} from '@schoolgate/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationFixture, type ModerationFixture } from '../../testing/moderation-fixture.ts';
import { createPerson, createSchool } from '../../testing/test-app.ts';
import { publishTestVersion } from '../../testing/policy-version-factory.ts';
import { forgetModerationSetup } from '../moderation/school-moderation-setup.ts';

let f: ModerationFixture;

beforeAll(async () => {
  f = await startModerationFixture({
    roles: ['account_admin', 'head', 'dsl', 'slt'],
    accounts: ['facebook', 'instagram'],
    runners: ['account_admin'],
  });
  await pupilsRepository.insertMany(f.t.ctx.db, f.school.id, [
    {
      misId: 'P1',
      firstName: 'Tobias',
      lastName: 'Wrenfield',
      preferredName: null,
      yearGroup: '5',
      className: null,
      doNotPublish: false,
    },
  ]);
  // A pupil whose family refused name consent (issue 11).
  const [tom] = await f.t.ctx.db
    .insert(schema.pupils)
    .values({ schoolId: f.school.id, misId: 'P2', firstName: 'Tom', lastName: 'Hughes', yearGroup: '5' })
    .returning();
  for (const [use, decision] of [
    ['social_media_photo', 'granted'],
    ['social_media_name', 'refused'],
  ] as const) {
    await f.t.ctx.db.insert(schema.consentRecords).values({
      schoolId: f.school.id,
      pupilId: tom!.id,
      use,
      decision,
      source: 'consent_form',
      decidedOn: '2026-09-05',
      recordedAt: new Date('2026-09-05T09:00:00Z'),
    });
  }
  // A published policy: the publication checks (issue 11) apply to answers as to posts.
  await publishTestVersion(f.t.ctx.db, f.school);
  forgetModerationSetup(f.school.id);
});
afterAll(() => f.close());

const conversationsOf = async () =>
  (await messagesRepository.list(f.t.ctx.db, f.school.id, { awaiting: false, page: 1, pageSize: 100 })).items;

describe('a private message to the school’s account', () => {
  it('is stored once in its conversation, with a deadline that skips the weekend', async () => {
    // Friday evening: the answer is due on a working day after the weekend.
    f.clock.set(new Date('2026-11-20T18:30:00Z'));
    const from = { id: 'psid-parent-1', name: 'Dana Parent' };
    const { delivery } = await f.sim.message({
      platform: 'facebook',
      from,
      text: 'Hello, is the school closed on Monday for training?',
    });
    await f.processDeliveries();
    await f.sim.message({ platform: 'facebook', from, text: 'Sorry, I meant next Monday.' });
    await f.processDeliveries();
    // Meta delivers the first one again, byte for byte: nothing new.
    await f.sim.redeliver(delivery.id);
    await f.processDeliveries();

    const [conversation, ...others] = (await conversationsOf()).filter((c) => c.participantExternalId === from.id);
    expect(others).toEqual([]);
    expect(conversation!.platform).toBe('facebook');
    const messages = await messagesRepository.messages(f.t.ctx.db, f.school.id, conversation!.id);
    expect(messages.map((m) => m.direction)).toEqual(['in', 'in']);
    expect(conversation!.reviewState).toBe('to_review');
    expect(conversation!.responseDueAt!.getTime()).toBeGreaterThan(new Date('2026-11-23T08:00:00Z').getTime());
    expect(conversation!.flags).toEqual([]);
    const audit = await auditRepository.forEntities(
      f.t.ctx.db,
      chainFor(f.school.trustId, f.school.id),
      'message.received',
      'conversation',
      [conversation!.id],
    );
    expect(audit).toHaveLength(2);
  });

  it('flags personal data, and a safeguarding worry alerts the DSL without repeating the message', async () => {
    f.clock.set(new Date('2026-11-18T10:00:00Z'));
    await f.sim.message({
      platform: 'instagram',
      from: { id: 'igsid-7', name: 'kay' },
      text: 'Please ring me on 07700 900461 about the trip',
    });
    await f.sim.message({
      platform: 'instagram',
      from: { id: 'igsid-8', name: 'lee' },
      text: 'Tobias Wrenfield punched my son in the playground today',
    });
    await f.processDeliveries();
    const all = await conversationsOf();
    const phone = all.find((c) => c.participantExternalId === 'igsid-7')!;
    const incident = all.find((c) => c.participantExternalId === 'igsid-8')!;
    expect(phone.flags).toContain('personal_data');
    expect(incident.flags).toContain('safeguarding');
    const alerts = (await notificationsRepository.listForUser(f.t.ctx.db, f.people.dsl!.userId)).items.filter(
      (n) => n.link === `/moderation/messages/${incident.id}`,
    );
    expect(alerts).toHaveLength(1);
    expect(`${alerts[0]!.title} ${alerts[0]!.body}`).not.toMatch(/Tobias|punched|lee/);
  });
});

describe('answering a private message from Schoolgate', () => {
  it('lets a runner answer through the platform; the answer stops the deadline, is audited, and its echo is not stored twice', async () => {
    const from = { id: 'psid-parent-9', name: 'Robin Parent' };
    await f.sim.message({ platform: 'facebook', from, text: 'What time does the nativity start?' });
    await f.processDeliveries();
    const conversation = (await conversationsOf()).find((c) => c.participantExternalId === from.id)!;
    expect(conversation.responseDueAt).not.toBeNull();

    // Another school cannot see it, and a leader who does not run the account cannot answer on it.
    const other = await createSchool(f.t, 'Elsewhere Primary');
    const stranger = await createPerson(f.t, other, 'head');
    expect((await f.as(stranger, 'GET', `/api/moderation/conversations/${conversation.id}`)).statusCode).toBe(404);
    expect(
      (await f.as(stranger, 'POST', `/api/moderation/conversations/${conversation.id}/reply`, { text: 'Hi' }))
        .statusCode,
    ).toBe(404);
    const refused = await f.as('slt', 'POST', `/api/moderation/conversations/${conversation.id}/reply`, { text: 'Hi' });
    expect(refused.statusCode).toBe(403);
    // An answer naming a pupil whose family refused name consent never leaves the school.
    const blocked = await f.as('account_admin', 'POST', `/api/moderation/conversations/${conversation.id}/reply`, {
      text: 'Tom Hughes is the angel Gabriel this year!',
    });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.code).toBe('PUBLICATION_BLOCKED');
    expect(f.sim.messages.filter((m) => m.fromSchool)).toEqual([]);

    f.clock.set(new Date('2026-11-18T11:00:00Z'));
    const answer = await f.as('account_admin', 'POST', `/api/moderation/conversations/${conversation.id}/reply`, {
      text: 'It starts at 2pm in the hall.',
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().outcome).toBe('sent');
    expect(f.sim.messages.filter((m) => m.fromSchool).map((m) => [m.personId, m.text])).toEqual([
      [from.id, 'It starts at 2pm in the hall.'],
    ]);
    // Meta echoes the answer back as a webhook: it is the same message, stored once.
    await f.sim.flush();
    await f.processDeliveries();
    const detail = (await f.as('head', 'GET', `/api/moderation/conversations/${conversation.id}`)).json();
    expect(detail.messages.map((m: { direction: string }) => m.direction)).toEqual(['in', 'out']);
    expect(detail.responseDueAt).toBeNull();
    expect(detail.respondedAt).not.toBeNull();
    expect(detail.canReply).toBe(true);
    const audit = await auditRepository.forEntities(
      f.t.ctx.db,
      chainFor(f.school.trustId, f.school.id),
      'message.replied',
      'conversation',
      [conversation.id],
    );
    expect(audit).toHaveLength(1);
    const queue = (await f.as('dsl', 'GET', '/api/moderation/conversations?view=awaiting_response')).json();
    expect(queue.items.map((c: { id: string }) => c.id)).not.toContain(conversation.id);
  });
});
