// Notifications reach a real SMTP server (smtp-server on loopback), once each, and a refusing server
// leaves them pending for the next run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { notificationsRepository } from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, type TestApp } from '../testing/test-app.ts';
import { notify } from '../notifications/notify.ts';
import { createSmtpMailer } from '../notifications/mailer.ts';
import { sendPendingEmails } from './send-pending-emails.job.ts';

interface Received {
  to: string[];
  data: string;
}
let t: TestApp;
let server: SMTPServer;
let port = 0;
const received: Received[] = [];
let refuse = false;

beforeAll(async () => {
  t = await createTestApp();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo: (address, _session, callback) => callback(refuse ? new Error('Mailbox unavailable') : undefined),
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
  port = (server.server.address() as AddressInfo).port;
  t.ctx.mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Schoolgate <schoolgate@school.test>');
});
afterAll(async () => {
  t.ctx.mailer?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t?.close();
});

describe('emailing notifications', () => {
  it('sends each pending notification to its person once, with a link into the app', async () => {
    const school = await createSchool(t);
    const head = await createPerson(t, school, 'head');
    const governor = await createPerson(t, school, 'governor');
    await notify(t.ctx.db, {
      school,
      roles: ['head', 'governor'],
      kind: 'policy-review',
      title: 'Policy review due in one month',
      body: 'The social media policy is due for review on 1 March 2027.',
      link: '/policy',
      now: t.ctx.now(),
    });
    expect(await sendPendingEmails(t.ctx, new Date())).toEqual({ sent: 2, failed: 0 });
    expect(received.map((r) => r.to[0]).sort()).toEqual([governor.email, head.email].sort());
    expect(received[0]!.data).toContain('Subject: Schoolgate: Policy review due in one month');
    expect(received[0]!.data).toContain('http://schoolgate.test/policy');
    expect(await sendPendingEmails(t.ctx, new Date())).toEqual({ sent: 0, failed: 0 });
  });

  it('keeps a notification pending when the server refuses it, and sends it later', async () => {
    const school = await createSchool(t);
    const head = await createPerson(t, school, 'head');
    refuse = true;
    await notify(t.ctx.db, {
      school,
      userIds: [head.userId],
      kind: 'test',
      title: 'Try again',
      body: 'Body',
      now: t.ctx.now(),
    });
    expect(await sendPendingEmails(t.ctx, new Date())).toEqual({ sent: 0, failed: 1 });
    refuse = false;
    expect(await sendPendingEmails(t.ctx, new Date())).toEqual({ sent: 1, failed: 0 });
    const { items } = await notificationsRepository.listForUser(t.ctx.db, head.userId);
    expect(items[0]!.emailedAt).not.toBeNull();
  });

  it('sends nothing and keeps everything in the app when SMTP is not configured', async () => {
    const school = await createSchool(t);
    const head = await createPerson(t, school, 'head');
    const mailer = t.ctx.mailer;
    t.ctx.mailer = null;
    await notify(t.ctx.db, {
      school,
      userIds: [head.userId],
      kind: 'test',
      title: 'In-app only',
      body: 'Body',
      now: t.ctx.now(),
    });
    expect(await sendPendingEmails(t.ctx, new Date())).toEqual({ sent: 0, failed: 0 });
    t.ctx.mailer = mailer;
  });
});
