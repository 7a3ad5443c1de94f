// Issue 12's "bad input and safety": a concern is never lost and nothing of it reaches the logs. Every step of a
// concern's life (raise with files and names, open, add actions, close, raise from a comment, the parents' public
// form, export, a failed email) runs with everything the logger and the process write captured, and none of what
// happened, the people's names, the file names, emails or phone numbers may be in it. Then the email sender fails
// once: the concern and its notifications are already saved when it is called, and the next run sends them.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { concernsRepository, notificationsRepository, pupilsRepository, staffRepository } from '@schoolgate/db';
import { createLogger } from '../logger.ts';
import { sendPendingEmails } from '../jobs/send-pending-emails.job.ts';
import type { MailMessage } from '../notifications/mailer.ts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { aComment, secondFactorEveryone, TINY_PNG } from '../testing/concern-fixtures.ts';

const lines: string[] = [];
let t: TestApp;
let school: { id: string; trustId: string };
let teacher: Person;
let dsl: Person;
let deputy: Person;
let head: Person;
let office: Person;
let pupilId: string;

// Everything personal that goes in: each must stay out of the logs.
const PUPIL = { first: 'Zebedee', last: 'Quartermaine' };
const COLLEAGUE = { first: 'Ottoline', last: 'Brackenbury' };
const OTHER_PERSON = 'Mr Cuthbert Ravenscroft';
const WHAT_HAPPENED = 'Zebedee messaged me on Snapchat at 11pm asking to meet behind the sports hall.';
const FILE_NAME = 'snapchat-zebedee-quartermaine.png';
const ACTION = 'Telephoned Mrs Quartermaine about the Snapchat messages.';
const REFERRAL_REF = 'MASH-77341-QX';
const RATIONALE = 'Quartermaine family engaged with early help; Snapchat account closed.';
const COMMENT = 'Ravenscroft will get what is coming to him at the school gates tomorrow.';
const PARENT = {
  name: 'Philippa Wolstenholme',
  email: 'philippa.wolstenholme@parents.example',
  phone: '07700 900461',
  message: 'My daughter Araminta is being sent cruel messages by older pupils on WhatsApp.',
};
const PERSONAL = [
  PUPIL.first,
  PUPIL.last,
  COLLEAGUE.first,
  COLLEAGUE.last,
  'Cuthbert',
  'Ravenscroft',
  'Snapchat',
  'sports hall',
  FILE_NAME,
  'snapchat-zebedee',
  REFERRAL_REF,
  'early help',
  'school gates',
  PARENT.name,
  'Wolstenholme',
  PARENT.email,
  '07700',
  '900461',
  'Araminta',
  'WhatsApp',
];

const written = () => lines.join('');
const as = (who: Person, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  // Whatever else writes to the process's output during these requests (the embedded database's own log) counts too.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(`{"stream":${JSON.stringify(String(chunk))}}\n`);
      return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    });
  }
  // The most talkative level, so anything a handler or job might say is in the capture.
  t = await createTestApp({ log: createLogger('debug', { write: (line: string) => void lines.push(line) }) });
  school = await createSchool(t);
  await pupilsRepository.insertMany(t.ctx.db, school.id, [
    {
      misId: 'S1',
      firstName: PUPIL.first,
      lastName: PUPIL.last,
      preferredName: null,
      yearGroup: '8',
      className: '8R',
      doNotPublish: false,
    },
  ]);
  pupilId = (await pupilsRepository.list(t.ctx.db, school.id, { page: 1, pageSize: 5 })).items[0]!.id;
  teacher = await createPerson(t, school, 'staff');
  dsl = await createPerson(t, school, 'dsl');
  deputy = await createPerson(t, school, 'deputy_dsl');
  head = await createPerson(t, school, 'head');
  office = await createPerson(t, school, 'account_admin');
  await secondFactorEveryone(t);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await t?.close();
});

describe('nothing of a concern reaches the logs', () => {
  it('raises, opens, follows up, closes, takes a comment and a public report, exports and fails an email: no trace', async () => {
    // Raised with a pupil from the roster, someone named in free text, and a screenshot.
    const raised = await as(teacher, 'POST', '/api/concerns', {
      type: 'pupil_contact',
      urgency: 'urgent',
      whatHappened: WHAT_HAPPENED,
      people: [
        { kind: 'pupil', pupilId },
        { kind: 'other', name: OTHER_PERSON },
      ],
      files: [{ fileName: FILE_NAME, base64: TINY_PNG.toString('base64') }],
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const { id, reference } = raised.json();
    // A refused file is logged no more than an accepted one.
    const refused = await as(teacher, 'POST', '/api/concerns', {
      type: 'pupil_contact',
      urgency: 'routine',
      whatHappened: WHAT_HAPPENED,
      files: [{ fileName: FILE_NAME, base64: Buffer.from('<html>Zebedee</html>').toString('base64') }],
    });
    expect(refused.statusCode).toBe(400);

    const opened = await as(dsl, 'GET', `/api/concerns/${id}`);
    expect(opened.statusCode).toBe(200);
    const fileId = opened.json().files[0].id;
    expect((await as(dsl, 'GET', `/api/concerns/${id}/files/${fileId}`)).statusCode).toBe(200);
    for (const entry of [
      { kind: 'parent_contact', text: ACTION },
      { kind: 'referral', agency: 'local_authority', agencyReference: REFERRAL_REF, text: ACTION },
    ]) {
      const res = await as(dsl, 'POST', `/api/concerns/${id}/entries`, entry);
      expect(res.statusCode, res.body).toBe(200);
    }
    const exported = await as(dsl, 'GET', `/api/concerns/${id}/export.zip`);
    expect(exported.statusCode).toBe(200);
    const closed = await as(dsl, 'POST', `/api/concerns/${id}/close`, { outcome: 'referred', rationale: RATIONALE });
    expect(closed.statusCode).toBe(200);
    expect((await as(teacher, 'GET', '/api/concerns/mine')).statusCode).toBe(200);
    expect((await as(teacher, 'GET', `/api/concerns/${id}`)).statusCode).toBe(404);

    // About a colleague, found in the roster by name.
    const colleague = await createPerson(t, school, 'staff');
    await staffRepository.update(t.ctx.db, school.id, colleague.staffId, {
      firstName: COLLEAGUE.first,
      lastName: COLLEAGUE.last,
    });
    const found = await as(teacher, 'GET', `/api/concerns/roster?q=${COLLEAGUE.last}`);
    expect(found.statusCode).toBe(200);
    expect(
      (
        await as(teacher, 'POST', '/api/concerns', {
          type: 'colleague_breach',
          urgency: 'routine',
          whatHappened: `${COLLEAGUE.first} follows pupils on Snapchat.`,
          people: [{ kind: 'staff', staffId: colleague.staffId }],
        })
      ).statusCode,
    ).toBe(201);

    // From moderation, with the comment's evidence pack.
    const { commentId } = await aComment(t, school, COMMENT);
    const fromComment = await as(head, 'POST', '/api/concerns/from-comment', {
      commentId,
      urgency: 'urgent',
      whatHappened: `Threat against ${OTHER_PERSON}.`,
    });
    expect(fromComment.statusCode, fromComment.body).toBe(201);

    // The parents' public form, a complaint and a worry about a child, and one the form refuses.
    const token = (await concernsRepository.publicTokenOf(t.ctx.db, school.id))!;
    for (const kind of ['complaint', 'child_safety']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/public/concerns/${token}`,
        payload: { kind, ...PARENT },
        remoteAddress: '203.0.113.61',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const badEmail = await t.app.inject({
      method: 'POST',
      url: `/api/public/concerns/${token}`,
      payload: { kind: 'complaint', ...PARENT, email: `${PARENT.name} <not an address>` },
      remoteAddress: '203.0.113.61',
    });
    expect(badEmail.statusCode).toBe(400);
    const complaint = (await as(office, 'GET', '/api/concerns')).json().items[0];
    expect((await as(office, 'GET', `/api/concerns/${complaint.id}`)).json().contact.email).toBe(PARENT.email);

    // The email job fails on a mail server that names the address in its error, as SMTP servers do.
    t.ctx.mailer = {
      send: async (m) => {
        throw new Error(`550 mailbox unavailable: ${m.to} (${m.subject})`);
      },
      close: () => undefined,
    };
    const run = await sendPendingEmails(t.ctx, new Date());
    t.ctx.mailer = null;
    expect(run.failed).toBeGreaterThan(0);

    const logs = written();
    // The capture did record all this (by route pattern), so an empty log is not what passes the test.
    expect(logs).toContain('/api/concerns/:id/entries');
    expect(logs).toContain('/api/public/concerns/:token');
    expect(logs).toContain('email not sent');
    for (const text of PERSONAL) expect(logs, `"${text}" is in the logs`).not.toContain(text);
    // Nor the school's public token, the concern's reference, or any staff email.
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(reference);
    for (const p of [teacher, dsl, deputy, head, office, colleague]) expect(logs).not.toContain(p.email);
  }, 60_000);
});

describe('a concern is saved before anyone is told, and a failed email is sent later', () => {
  it('has the concern and its notifications in the database when the mail server fails, and the next run sends them', async () => {
    // Only this concern's emails: earlier tests' notifications count as sent.
    await sendPendingEmails({ ...t.ctx, mailer: { send: async () => undefined, close: () => undefined } }, new Date());

    const seenAtSendTime: boolean[] = [];
    const sent: MailMessage[] = [];
    let calls = 0;
    t.ctx.mailer = {
      send: async (message) => {
        // When the first email is attempted, the concern it announces is already committed.
        const link = /\/concerns\/([0-9a-f-]{36})/.exec(message.text)?.[1];
        seenAtSendTime.push(!!link && !!(await concernsRepository.findInSchool(t.ctx.db, school.id, link)));
        calls += 1;
        if (calls === 1) throw new Error('connect ECONNREFUSED 127.0.0.1:25');
        sent.push(message);
      },
      close: () => undefined,
    };
    const res = await as(teacher, 'POST', '/api/concerns', {
      type: 'cyberbullying',
      urgency: 'urgent',
      whatHappened: 'Year 9 pupils share a mocking video of a classmate.',
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const told = [dsl, deputy];

    // Saved with its notifications before any email goes.
    expect(await concernsRepository.findInSchool(t.ctx.db, school.id, id)).toBeTruthy();
    for (const who of told) {
      const note = (await notificationsRepository.listForUser(t.ctx.db, who.userId)).items.find(
        (n) => n.link === `/concerns/${id}`,
      );
      expect(note?.title).toBe('URGENT: a new concern');
    }

    // First run: the mail server refuses the first email; the other goes.
    const first = await sendPendingEmails(t.ctx, new Date());
    expect(first).toEqual({ sent: 1, failed: 1 });
    expect(seenAtSendTime.every(Boolean)).toBe(true);
    const pending = await notificationsRepository.pendingEmails(t.ctx.db);
    expect(pending.filter((p) => p.notification.link === `/concerns/${id}`)).toHaveLength(1);

    // Next run: the one that failed is sent; nobody gets two.
    const second = await sendPendingEmails(t.ctx, new Date());
    expect(second).toEqual({ sent: 1, failed: 0 });
    expect(sent.map((m) => m.to).sort()).toEqual(told.map((p) => p.email).sort());
    for (const m of sent) {
      expect(m.subject).toBe('Schoolgate: URGENT: a new concern');
      expect(m.text).toContain(`${t.ctx.publicUrl}/concerns/${id}`);
      expect(m.text).not.toMatch(/Year 9|mocking|video|classmate/);
    }
    expect(await sendPendingEmails(t.ctx, new Date())).toEqual({ sent: 0, failed: 0 });
    t.ctx.mailer = null;
  });
});
