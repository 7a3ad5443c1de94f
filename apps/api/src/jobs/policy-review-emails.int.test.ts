// Review reminders reach the head and governors by email end to end: the review-reminder job runs on a day the
// scheduler chose (not today), then the mail job sends to a real SMTP server (smtp-server on loopback) started here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { notificationsRepository, policyVersionsRepository } from '@schoolgate/db';
import { policySettingsFromTemplate } from '@schoolgate/domain';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { createSmtpMailer } from '../notifications/mailer.ts';
import { policyReviewRemindersJob } from './policy-review-reminders.job.ts';
import { sendPendingEmailsJob } from './send-pending-emails.job.ts';

interface Received {
  to: string[];
  data: string;
}
let t: TestApp;
let server: SMTPServer;
const received: Received[] = [];
let head: Person;
let governors: Person[];
let staff: Person;

/** The message as a person reads it: folded headers and quoted-printable soft line breaks undone. */
const readable = (data: string) => data.replace(/=\r?\n/g, '').replace(/\r?\n(?=[ \t])/g, '');

// Two months before the review date, at 07:00 in London: a clock well away from the database's own.
const RUN_AT = new Date('2031-01-10T07:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData: (stream, session, callback) => {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  t.ctx.mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Schoolgate <schoolgate@school.test>');

  const school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  governors = [await createPerson(t, school, 'governor'), await createPerson(t, school, 'governor')];
  staff = await createPerson(t, school, 'staff');
  await policyVersionsRepository.insert(t.ctx.db, {
    schoolId: school.id,
    number: 1,
    status: 'published',
    settings: policySettingsFromTemplate('blank') as unknown as Record<string, unknown>,
    documentMarkdown: '# Policy\n',
    contentHash: '0'.repeat(64),
    approvedOn: '2030-03-10',
    reviewDue: '2031-03-10',
  });
});
afterAll(async () => {
  t.ctx.mailer?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t?.close();
});

describe('policy review reminders by email', () => {
  it('emails the head and every governor the reminder the job made, and nobody else', async () => {
    await policyReviewRemindersJob.run(t.ctx, RUN_AT);
    await sendPendingEmailsJob.run(t.ctx, RUN_AT);

    const recipients = [head, ...governors].map((p) => p.email).sort();
    expect(received.flatMap((r) => r.to).sort()).toEqual(recipients);
    for (const mail of received.map((r) => readable(r.data))) {
      expect(mail).toContain('Subject: Schoolgate: The social media policy is due for review in two months');
      expect(mail).toContain('Version 1 of the social media policy is due for review on 2031-03-10.');
      expect(mail).toContain('Open Schoolgate: http://schoolgate.test/policy');
    }
    expect(received.some((r) => r.to.includes(staff.email))).toBe(false);
  });

  it('marks each reminder emailed, so the next run sends nothing again', async () => {
    for (const person of [head, ...governors]) {
      const [reminder] = (await notificationsRepository.listForUser(t.ctx.db, person.userId)).items;
      expect(reminder).toMatchObject({ kind: 'policy.review_due', emailedAt: RUN_AT });
    }
    await sendPendingEmailsJob.run(t.ctx, new Date(RUN_AT.getTime() + 60_000));
    expect(received).toHaveLength(3);
  });
});
