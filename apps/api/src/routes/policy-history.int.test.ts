// A school brings its earlier policy versions into Schoolgate and gets its document as a Word file: the history is
// imported from pasted CSV (previewed, then confirmed), corrected and removed by the head only, audited, kept from
// other schools, and ends the page, the PDF and the .docx.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { schema } from '@schoolgate/db';
import type { PolicyHistoryEntry, PolicyVersionDetail } from '@schoolgate/contracts';
import {
  createPerson,
  createSchool,
  createTestApp,
  requestAs,
  type Person,
  type TestApp,
} from '../testing/test-app.ts';

const clock = new Date('2026-03-02T09:00:00Z');
let t: TestApp;
let head: Person;
let staff: Person;
let governor: Person;
let otherHead: Person;
let version: PolicyVersionDetail;

const CSV = [
  'Version,Date,Author,Reason for change',
  '0.1,12/03/2018,A Patel,First policy',
  '0.2,2019-09-01,J Smith,"Annual review, parents section"',
  '0.3,2021-01-10,J Smith,Remote learning',
].join('\n');

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  const school = await createSchool(t, 'Hillside Primary');
  const other = await createSchool(t, 'Far Academy');
  head = await createPerson(t, school, 'head');
  staff = await createPerson(t, school, 'staff');
  governor = await createPerson(t, school, 'governor');
  otherHead = await createPerson(t, other, 'head');
  const drafted = await requestAs(t, head, 'POST', '/api/policy/versions', { summaryOfChanges: 'Harassment clause' });
  expect(drafted.statusCode, drafted.body).toBe(200);
  version = drafted.json();
});
afterAll(async () => t?.close());

const lastAudit = async (action: string) =>
  (
    await t.ctx.db
      .select()
      .from(schema.auditEntries)
      .where(eq(schema.auditEntries.action, action))
      .orderBy(desc(schema.auditEntries.id))
      .limit(1)
  )[0];

describe('imported version history', () => {
  it('previews pasted CSV without saving, naming the line and column of a bad row', async () => {
    const bad = await requestAs(t, head, 'POST', '/api/policy/history/import', {
      csv: `${CSV}\n0.4,not a date,J Smith,Oops`,
      confirm: false,
    });
    expect(bad.statusCode, bad.body).toBe(200);
    expect(bad.json().rows).toHaveLength(3);
    expect(bad.json().errors).toEqual([
      { line: 5, field: 'Date', reason: '"not a date" is not a date: write 2018-03-12 or 12/03/2018.' },
    ]);
    const refused = await requestAs(t, head, 'POST', '/api/policy/history/import', {
      csv: `${CSV}\n0.4,not a date,J Smith,Oops`,
      confirm: true,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('IMPORT_INVALID');
    expect(refused.json().error.message).toContain('line 5, Date');
    expect((await requestAs(t, head, 'GET', '/api/policy/history')).json().items).toEqual([]);
  });

  it('imports the rows on confirmation, in one audited change', async () => {
    const res = await requestAs(t, head, 'POST', '/api/policy/history/import', { csv: CSV, confirm: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().imported).toBe(3);
    const items: PolicyHistoryEntry[] = (await requestAs(t, staff, 'GET', '/api/policy/history')).json().items;
    expect(items.map((row) => [row.version, row.date, row.author])).toEqual([
      ['0.1', '2018-03-12', 'A Patel'],
      ['0.2', '2019-09-01', 'J Smith'],
      ['0.3', '2021-01-10', 'J Smith'],
    ]);
    expect((await lastAudit('policy.history_imported'))?.details).toMatchObject({
      count: 3,
      versions: ['0.1', '0.2', '0.3'],
    });
  });

  it('lets only the head change rows, and only their own school’s', async () => {
    const [first] = (await requestAs(t, head, 'GET', '/api/policy/history')).json().items as PolicyHistoryEntry[];
    const row = { version: '0.1', date: '2018-03-14', author: 'A Patel', reason: 'First policy, adopted' };
    expect((await requestAs(t, staff, 'POST', '/api/policy/history', row)).statusCode).toBe(403);
    expect((await requestAs(t, governor, 'PATCH', `/api/policy/history/${first!.id}`, row)).statusCode).toBe(403);
    expect((await requestAs(t, otherHead, 'PATCH', `/api/policy/history/${first!.id}`, row)).statusCode).toBe(404);
    expect((await requestAs(t, otherHead, 'DELETE', `/api/policy/history/${first!.id}`)).statusCode).toBe(404);
    expect((await requestAs(t, otherHead, 'GET', '/api/policy/history')).json().items).toEqual([]);

    const edited = await requestAs(t, head, 'PATCH', `/api/policy/history/${first!.id}`, row);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject(row);
    expect((await lastAudit('policy.history_updated'))?.details).toMatchObject({ changed: ['date', 'reason'] });

    const future = await requestAs(t, head, 'POST', '/api/policy/history', { ...row, date: '2027-01-01' });
    expect(future.statusCode).toBe(400);
    const added = await requestAs(t, head, 'POST', '/api/policy/history', { ...row, version: '0.0' });
    expect(added.statusCode, added.body).toBe(200);
    const removed = await requestAs(t, head, 'DELETE', `/api/policy/history/${added.json().id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().items).toHaveLength(3);
    expect((await lastAudit('policy.history_removed'))?.entityId).toBe(added.json().id);
  });

  it('ends the document on the page with the imported rows, then Schoolgate’s version', async () => {
    const overview = (await requestAs(t, governor, 'GET', '/api/policy')).json();
    expect(
      overview.pending.document.history.map((row: { version: string; imported: boolean }) => [
        row.version,
        row.imported,
      ]),
    ).toEqual([
      ['0.1', true],
      ['0.2', true],
      ['0.3', true],
      ['1', false],
    ]);
  });

  it('gives the document as a Word file with the history, to its own school only', async () => {
    const res = await requestAs(t, governor, 'GET', `/api/policy/versions/${version.id}/docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain('social-media-policy-v1.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(res.rawPayload))['word/document.xml']!);
    expect(xml).toContain('Version history');
    expect(xml).toContain('Remote learning');
    expect(xml).toContain('Harassment clause');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');

    expect((await requestAs(t, otherHead, 'GET', `/api/policy/versions/${version.id}/docx`)).statusCode).toBe(404);
  });

  it('still gives the PDF, which draws the same history (policy-pdf.test.ts reads it)', async () => {
    const res = await requestAs(t, staff, 'GET', `/api/policy/versions/${version.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
