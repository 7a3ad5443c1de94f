// Issue 11's defect: a moderator's reply naming a pupil whose family refused name consent went out unchecked. Replies
// (and replies to journalists, approved by the head) now pass the same checks as posts: a pupil without consent for
// their name, or on the do-not-publish list, stops the reply with PUBLICATION_BLOCKED (422) and the reason, and
// nothing reaches the platform; advisory findings can be sent anyway with a reason, which the audit trail keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository, chainFor, schema } from '@schoolgate/db';
import type { Person, TestApp } from '../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';

let f: ModerationFixture;
let t: TestApp;
let moderator: Person;
let head: Person;
let seq = 0;

async function addPupil(
  firstName: string,
  lastName: string,
  consent: Record<string, 'granted' | 'refused'>,
  doNotPublish = false,
) {
  const [pupil] = await t.ctx.db
    .insert(schema.pupils)
    .values({
      schoolId: f.school.id,
      misId: `MIS-${(seq += 1)}`,
      firstName,
      lastName,
      yearGroup: '5',
      doNotPublish,
    })
    .returning();
  for (const [use, decision] of Object.entries(consent)) {
    await t.ctx.db.insert(schema.consentRecords).values({
      schoolId: f.school.id,
      pupilId: pupil!.id,
      use,
      decision,
      source: 'consent_form',
      decidedOn: '2026-09-05',
      recordedAt: new Date('2026-09-05T09:00:00Z'),
    });
  }
  return pupil!;
}

beforeAll(async () => {
  f = await startModerationFixture({ schoolName: 'Brookside Test Primary', roles: ['account_admin', 'head'] });
  t = f.t;
  moderator = f.people.account_admin!;
  head = f.people.head!;
  await publishTestVersion(t.ctx.db, f.school);
  await addPupil('Tom', 'Hughes', { social_media_photo: 'granted', social_media_name: 'refused' });
  await addPupil('Ella', 'Brown', { social_media_photo: 'granted', social_media_name: 'granted' }, true);
  await addPupil('Amelia', 'Okafor', { social_media_photo: 'granted', social_media_name: 'granted' });
  forgetModerationSetup();
}, 60_000);
afterAll(async () => {
  await f?.close();
});

const act = (p: Person, commentId: string, payload: object) =>
  f.as(p, 'POST', `/api/moderation/comments/${commentId}/actions`, payload);
const sentWithText = (text: string) => [...f.sim.state.comments.values()].filter((c) => c.text === text).length;
async function auditFor(entityId: string) {
  const { items } = await auditRepository.list(t.ctx.db, chainFor(f.school.trustId, f.school.id), {
    page: 1,
    pageSize: 200,
  });
  return items.filter((i) => i.entityId === entityId);
}

describe('a reply naming a pupil', () => {
  it('is refused when the family refused name consent, and nothing is sent', async () => {
    const { stored } = await f.commentOn('facebook', 'Who won the reading prize this week?', {
      author: { id: 'fb-parent-1', name: 'Sam Parent' },
    });
    const text = 'Congratulations to Tom Hughes, who read 40 books this term!';
    const res = await act(moderator, stored.id, { action: 'reply', text });
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('PUBLICATION_BLOCKED');
    expect(error.message).toMatch(/Tom Hughes .*no consent to publish the name/);
    expect(error.fields).toEqual([
      expect.objectContaining({
        field: 'checks.pupil_consent',
        message: expect.stringMatching(/cannot be overridden/),
      }),
    ]);
    expect(sentWithText(text)).toBe(0);
    // An override does not help: consent findings are never overridable.
    const forced = await act(moderator, stored.id, {
      action: 'reply',
      text,
      override: { checks: ['pupil_consent'], reason: 'The parent asked us to' },
    });
    expect(forced.statusCode).toBe(422);
    expect(sentWithText(text)).toBe(0);
    const audit = await auditFor(stored.id);
    expect(audit.filter((a) => a.action === 'comment.reply_blocked')).toHaveLength(2);
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain('Hughes');
  });

  it('is refused for a pupil on the do-not-publish list, whatever the consent form says', async () => {
    const { stored } = await f.commentOn('facebook', 'Lovely photos from the trip!', {
      author: { id: 'fb-parent-2', name: 'Alex Parent' },
    });
    const res = await act(moderator, stored.id, { action: 'reply', text: 'Thank you! Ella Brown took most of them.' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).not.toMatch(/do-not-publish/i);
  });

  it('goes out naming a pupil with consent (first name only), and without names', async () => {
    const { stored } = await f.commentOn('facebook', 'Who won?', { author: { id: 'fb-parent-3', name: 'Kim' } });
    const text = 'Amelia did, with 52 books. Well done to everyone who took part!';
    const res = await act(moderator, stored.id, { action: 'reply', text });
    expect(res.statusCode).toBe(200);
    expect(res.json().outcome).toBe('done');
    expect(sentWithText(text)).toBe(1);
  });

  it('sends an advisory finding anyway with a reason, which the audit trail keeps', async () => {
    const { stored } = await f.commentOn('facebook', 'Is Tom in the play?', { author: { id: 'fb-p4', name: 'Jo' } });
    const text = 'Tom, our school cat, will be watching from the front row.';
    const refused = await act(moderator, stored.id, { action: 'reply', text });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields[0].message).toMatch(/may be overridden/);
    const sent = await act(moderator, stored.id, {
      action: 'reply',
      text,
      override: { checks: ['pupil_consent'], reason: 'Tom here is the school cat, not a pupil.' },
    });
    expect(sent.statusCode).toBe(200);
    expect(sentWithText(text)).toBe(1);
    const reply = (await auditFor(stored.id)).find((a) => a.action === 'comment.reply');
    expect(reply?.details).toMatchObject({
      overridden: [{ check: 'pupil_consent', reason: 'Tom here is the school cat, not a pupil.' }],
    });
  });
});

describe('a reply to a journalist', () => {
  it('is checked when drafted, and again when the head approves it after consent was withdrawn', async () => {
    const { stored } = await f.commentOn('facebook', 'I write for the Gazette: who won the chess final?', {
      author: { id: 'fb-press-1', name: 'Jo Reporter' },
    });
    await f.as(moderator, 'POST', `/api/moderation/authors/${stored.authorId}/press`, { isPress: true });
    const named = await act(moderator, stored.id, { action: 'reply', text: 'Tom Hughes won it.' });
    expect(named.statusCode).toBe(422);

    const text = 'Amelia won the final.';
    expect((await act(moderator, stored.id, { action: 'reply', text })).json().outcome).toBe('pending_approval');
    // Amelia's family withdraws name consent before the head approves.
    const pupil = (await t.ctx.db.select().from(schema.pupils)).find((p) => p.firstName === 'Amelia')!;
    await t.ctx.db.insert(schema.consentRecords).values({
      schoolId: f.school.id,
      pupilId: pupil.id,
      use: 'social_media_name',
      decision: 'withdrawn',
      source: 'email',
      decidedOn: '2026-11-17',
      recordedAt: new Date('2026-11-17T09:00:00Z'),
    });
    const approval = await act(head, stored.id, { action: 'approve_press_reply' });
    expect(approval.statusCode).toBe(422);
    expect(approval.json().error.code).toBe('PUBLICATION_BLOCKED');
    expect(sentWithText(text)).toBe(0);
  });
});
