// Issue 12: a comment that may be a threat, or that talks of an incident naming a pupil, reaches the DSL, the deputy
// DSLs and the head as it arrives, once, in words that repeat neither the comment nor its author.
import { notificationsRepository, pupilsRepository } from '@schoolgate/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendPendingEmails } from '../../jobs/send-pending-emails.job.ts';
import type { MailMessage } from '../../notifications/mailer.ts';
import { startModerationFixture, type ModerationFixture } from '../../testing/moderation-fixture.ts';
import { createPerson, type Person } from '../../testing/test-app.ts';
import { forgetModerationSetup } from './school-moderation-setup.ts';

let f: ModerationFixture;
let team: Person[];
let others: Person[];

beforeAll(async () => {
  f = await startModerationFixture({ roles: ['account_admin', 'head', 'dsl', 'deputy_dsl', 'staff'] });
  const secondDeputy = await createPerson(f.t, f.school, 'deputy_dsl');
  team = [f.people.dsl!, f.people.deputy_dsl!, secondDeputy, f.people.head!];
  others = [f.people.account_admin!, f.people.staff!];
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
  forgetModerationSetup(f.school.id);
});
afterAll(() => f.close());

const alertsFor = async (p: Person, commentId: string) =>
  (await notificationsRepository.listForUser(f.t.ctx.db, p.userId)).items.filter(
    (n) => n.kind === 'safeguarding-alert' && n.link === `/moderation/comments/${commentId}`,
  );

const AUTHOR = { id: 'author-threat-1', name: 'Gareth Moorcroft' };
const THREAT = "I'll be waiting for him at the gates. He won't walk home after what he did";

describe('a comment that may harm someone alerts the safeguarding team on arrival', () => {
  it('tells the DSL, every deputy and the head once, without the comment or its author, and no one else', async () => {
    const { stored } = await f.commentOn('facebook', THREAT, { author: AUTHOR });
    for (const person of team) {
      const alerts = await alertsFor(person, stored.id);
      expect(alerts).toHaveLength(1);
      const words = `${alerts[0]!.title} ${alerts[0]!.body}`;
      expect(words).toContain('may be a threat');
      expect(words).toContain('raise a concern');
      expect(words).not.toMatch(/waiting|gates|walk home/i);
      expect(words).not.toMatch(/Gareth|Moorcroft/);
    }
    for (const person of others) expect(await alertsFor(person, stored.id)).toEqual([]);

    // The platform delivers the same webhook again, byte for byte: nobody is told twice.
    const delivery = f.sim.deliveries.at(-1)!;
    await f.sim.redeliver(delivery.id);
    await f.processDeliveries();
    // And an edit that is still a threat does not tell them again either.
    await f.sim.editComment(stored.externalId, `${THREAT}. I mean it.`);
    await f.processDeliveries();
    for (const person of team) expect(await alertsFor(person, stored.id)).toHaveLength(1);

    // The mail job emails it to each of them, in the same words.
    const sent: MailMessage[] = [];
    f.t.ctx.mailer = { send: async (m) => void sent.push(m), close: () => undefined };
    await sendPendingEmails(f.t.ctx, f.clock.now());
    f.t.ctx.mailer = null;
    const alertMails = sent.filter((m) => m.text.includes(`/moderation/comments/${stored.id}`));
    expect(alertMails.map((m) => m.to).sort()).toEqual(team.map((p) => p.email).sort());
    for (const mail of alertMails) expect(`${mail.subject} ${mail.text}`).not.toMatch(/gates|Gareth|Moorcroft/i);
  });

  it('tells them of an incident naming a pupil on the roster', async () => {
    const { stored } = await f.commentOn('facebook', 'Tobias Wrenfield punched my son in the playground today');
    for (const person of team) {
      const [alert] = await alertsFor(person, stored.id);
      expect(alert?.body).toContain('incident naming a pupil');
      expect(`${alert?.title} ${alert?.body}`).not.toMatch(/Tobias|Wrenfield|punched/);
    }
  });

  it('tells no one of a friendly comment, or of an incident that names no pupil', async () => {
    const friendly = await f.commentOn('facebook', 'Thank you for a lovely Christmas fair!');
    const vague = await f.commentOn('facebook', 'There was a fight on the field at lunch today');
    for (const person of [...team, ...others]) {
      expect(await alertsFor(person, friendly.stored.id)).toEqual([]);
      expect(await alertsFor(person, vague.stored.id)).toEqual([]);
    }
  });

  it('tells them when an edit turns a comment into a threat', async () => {
    const { stored } = await f.commentOn('facebook', 'Is the fair on Saturday?');
    for (const person of team) expect(await alertsFor(person, stored.id)).toEqual([]);
    await f.sim.editComment(stored.externalId, THREAT);
    await f.processDeliveries();
    for (const person of team) expect(await alertsFor(person, stored.id)).toHaveLength(1);
  });
});
