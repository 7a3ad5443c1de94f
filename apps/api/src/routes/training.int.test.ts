// Training records as the school office meets them: record with a certificate, see who is out of date, remind,
// download the certificate back (audited), and each person's own records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsRepository } from '@schoolgate/db';
import type { TrainingOverviewResponse } from '@schoolgate/contracts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { trainingStatusFor } from '../use-cases/training/training-status.ts';

// 1 March 2025, midday in London.
const NOW = new Date('2025-03-01T12:00:00Z');
let t: TestApp;
let school: { id: string; trustId: string };
let head: Person;
let teacher: Person;
let dsl: Person;
let governor: Person;

beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
  school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  teacher = await createPerson(t, school, 'staff', { passwordHash: 'hash' });
  dsl = await createPerson(t, school, 'dsl', { passwordHash: 'hash' });
  governor = await createPerson(t, school, 'governor');
});
afterAll(async () => t?.close());

const as = (p: Person, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload });

const PDF = Buffer.from('%PDF-1.4\n% a tiny certificate\n%%EOF\n');

describe('recording training', () => {
  it('defaults the expiry to 12 months when the school has no published policy', async () => {
    const res = await as(head, 'POST', '/api/training/records', {
      staffId: teacher.staffId,
      kind: 'induction',
      completedOn: '2024-02-10',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ expiresOn: '2025-02-10', status: 'expired', evidence: null });
  });

  it("uses the published policy's validity period, and keeps a certificate with its hash", async () => {
    await publishTestVersion(t.ctx.db, school, { validityMonths: 24 });
    const res = await as(head, 'POST', '/api/training/records', {
      staffId: teacher.staffId,
      kind: 'refresher',
      title: 'Online safety refresher',
      completedOn: '2025-01-20',
      evidence: {
        fileName: 'C:\\fakepath\\certificate.pdf',
        contentType: 'application/pdf',
        base64: PDF.toString('base64'),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const record = res.json();
    expect(record).toMatchObject({
      expiresOn: '2027-01-20',
      status: 'valid',
      evidence: { fileName: 'certificate.pdf', contentType: 'application/pdf', sizeBytes: PDF.length },
    });
    const audit = (await as(head, 'GET', '/api/audit?action=training.recorded')).json().items;
    expect(audit[0].details.evidenceSha256).toMatch(/^[0-9a-f]{64}$/);

    const download = await as(head, 'GET', `/api/training/records/${record.id}/evidence`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="certificate.pdf"/);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const downloads = (await as(head, 'GET', '/api/audit?action=training.evidence_downloaded')).json().items;
    expect(downloads).toHaveLength(1);
  });

  it('takes a stated expiry over the default, and checks it comes after completion', async () => {
    const ok = await as(head, 'POST', '/api/training/records', {
      staffId: dsl.staffId,
      kind: 'dsl',
      completedOn: '2023-03-01',
      expiresOn: '2025-03-20',
    });
    expect(ok.json()).toMatchObject({ expiresOn: '2025-03-20', status: 'expiring' });
    const bad = await as(head, 'POST', '/api/training/records', {
      staffId: dsl.staffId,
      kind: 'dsl',
      completedOn: '2025-01-01',
      expiresOn: '2024-12-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('expiresOn');
  });

  it('refuses a file that is not what it says it is, or too large', async () => {
    const fake = await as(head, 'POST', '/api/training/records', {
      staffId: teacher.staffId,
      kind: 'refresher',
      completedOn: '2025-01-20',
      evidence: {
        fileName: 'cert.pdf',
        contentType: 'application/pdf',
        base64: Buffer.from('<html>').toString('base64'),
      },
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.fields[0]).toMatchObject({ field: 'evidence' });
    const exe = await as(head, 'POST', '/api/training/records', {
      staffId: teacher.staffId,
      kind: 'refresher',
      completedOn: '2025-01-20',
      evidence: { fileName: 'cert.exe', contentType: 'application/x-msdownload', base64: 'TVo=' },
    });
    expect(exe.statusCode).toBe(400);
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await as(head, 'POST', '/api/training/records', {
      staffId: teacher.staffId,
      kind: 'refresher',
      completedOn: '2025-01-20',
      evidence: { fileName: 'big.pdf', contentType: 'application/pdf', base64: big.toString('base64') },
    });
    expect(tooBig.statusCode).toBe(400);
  });
});

describe('who is out of date', () => {
  it('lists every active member of staff with a status, and filters the out of date', async () => {
    const all = (await as(head, 'GET', '/api/training')).json<TrainingOverviewResponse>();
    expect(all).toMatchObject({ validityMonths: 24, total: 4 });
    const byId = new Map(all.items.map((i) => [i.staffId, i]));
    // The refresher supersedes the expired induction.
    expect(byId.get(teacher.staffId)).toMatchObject({ status: 'valid', outOfDate: false });
    expect(byId.get(teacher.staffId)!.kinds.induction.status).toBe('expired');
    // A DSL needs policy training as well as DSL training.
    expect(byId.get(dsl.staffId)).toMatchObject({ status: 'none', outOfDate: true });
    expect(byId.get(dsl.staffId)!.kinds.dsl.status).toBe('expiring');
    const outOfDate = (await as(head, 'GET', '/api/training?filter=out_of_date')).json();
    expect(outOfDate.items.map((i: { staffId: string }) => i.staffId).sort()).toEqual(
      [head.staffId, dsl.staffId, governor.staffId].sort(),
    );
    expect(outOfDate.outOfDate).toBe(3);
  });

  it('reminds the out of date who can sign in, once a day', async () => {
    expect((await as(head, 'POST', '/api/training/remind')).json()).toEqual({
      reminded: 1,
      outstanding: 3,
      withoutSignIn: 2,
    });
    expect((await notificationsRepository.listForUser(t.ctx.db, dsl.userId)).items[0]).toMatchObject({
      kind: 'training.reminder',
    });
    expect((await as(head, 'POST', '/api/training/remind')).json().reminded).toBe(0);
  });

  it('answers for other areas whether people are trained', async () => {
    const status = await trainingStatusFor(t.ctx.db, school.id, [teacher.staffId, dsl.staffId], '2025-03-01');
    expect(status.get(teacher.staffId)).toEqual({ policy: 'valid', dsl: 'none', policyValidUntil: '2027-01-20' });
    expect(status.get(dsl.staffId)?.dsl).toBe('expiring');
  });
});

describe('my training', () => {
  it('shows a person their own records without the permission to read everyone’s', async () => {
    expect((await as(teacher, 'GET', '/api/training')).statusCode).toBe(403);
    const mine = (await as(teacher, 'GET', '/api/training/me')).json();
    expect(mine).toMatchObject({ hasStaffRecord: true, status: 'valid' });
    expect(mine.items.map((r: { kind: string }) => r.kind)).toEqual(['refresher', 'induction']);
    const own = mine.items[0];
    expect((await as(teacher, 'GET', `/api/training/records/${own.id}/evidence`)).statusCode).toBe(200);
    expect((await as(governor, 'GET', `/api/training/records/${own.id}/evidence`)).statusCode).toBe(403);
  });

  it('lets a leader correct a record, audited', async () => {
    const mine = (await as(teacher, 'GET', '/api/training/me')).json();
    const induction = mine.items.find((r: { kind: string }) => r.kind === 'induction');
    const res = await as(head, 'PATCH', `/api/training/records/${induction.id}`, { expiresOn: '2025-09-01' });
    expect(res.json()).toMatchObject({ expiresOn: '2025-09-01', status: 'valid' });
    const audit = (await as(head, 'GET', '/api/audit?action=training.updated')).json().items;
    expect(audit[0].details).toMatchObject({ changed: ['expiresOn'] });
  });
});
