// The policy in the school's own words (issue 15), as the head, the trust team, governors and staff meet it: the
// draft's words read and changed (a clause added to a section with a summary, the statement and the person
// responsible), enforced and trust-locked clauses kept, bad Markdown named by field and line, another school's draft
// out of reach, and after approval and publication staff sign exactly the version's statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { schema } from '@schoolgate/db';
import type { PolicyContentResponse, PolicyVersionDetail, UpdatePolicyContentRequest } from '@schoolgate/contracts';
import {
  createPerson,
  createSchool,
  createTestApp,
  requestAs,
  type Person,
  type TestApp,
} from '../testing/test-app.ts';

let clock = new Date('2026-03-02T09:00:00Z');
let t: TestApp;
let school: { id: string; trustId: string; name: string };
let head: Person;
let trustAdmin: Person;
let governor: Person;
let staff: Person;
let otherHead: Person;
let draftId: string;

const HARASSMENT = [
  'Staff never use social media to harass, belittle or threaten a colleague, a pupil or a parent.',
  '',
  '1. Report **any** online harassment of staff or pupils to the headteacher the same day.',
  '2. Keep the evidence: *do not* reply to the person.',
].join('\n');
const STATEMENT = [
  'I have read the social media policy and I will follow it.',
  '',
  '- I will report any misuse of the school’s accounts that I see.',
  '- I understand that breaking the policy may lead to disciplinary action.',
].join('\n');

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  school = await createSchool(t, 'Brookside Primary');
  const other = await createSchool(t, 'Far Hill School');
  head = await createPerson(t, school, 'head');
  trustAdmin = await createPerson(t, school, 'trust_admin');
  governor = await createPerson(t, school, 'governor');
  staff = await createPerson(t, school, 'staff');
  otherHead = await createPerson(t, other, 'head');
  // Every member of staff signs in this school.
  const set = await requestAs(t, head, 'PATCH', '/api/policy/settings', {
    changes: { 'people.acceptance': 'all_staff' },
  });
  expect(set.statusCode, set.body).toBe(200);
});
afterAll(async () => t?.close());

const contentUrl = (id: string) => `/api/policy/versions/${id}/content`;
const readDraft = async (person = head): Promise<PolicyContentResponse> =>
  (await requestAs(t, person, 'GET', contentUrl(draftId))).json();

/** The words as the editor would send them back, changed by `edit`. */
function asRequest(body: PolicyContentResponse): UpdatePolicyContentRequest {
  return {
    sections: body.content.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      clauses: s.clauses.map((c) => ({ id: c.id, markdown: c.markdown, locked: c.locked })),
    })),
    statementOfAcceptance: body.content.statementOfAcceptance,
    responsiblePerson: body.content.responsiblePerson,
  };
}
const guidanceSection = (body: UpdatePolicyContentRequest) =>
  body.sections.findIndex((s) => s.clauses.some((c) => c.markdown !== null));
const enforcedAt = (body: PolicyContentResponse) => {
  const s = body.content.sections.findIndex((section) => section.clauses.some((c) => c.status === 'enforced'));
  return { s, c: body.content.sections[s]!.clauses.findIndex((c) => c.status === 'enforced') };
};
const lastAudit = async (action: string) =>
  (
    await t.ctx.db
      .select()
      .from(schema.auditEntries)
      .where(eq(schema.auditEntries.action, action))
      .orderBy(desc(schema.auditEntries.id))
      .limit(1)
  )[0];

describe('the draft’s words', () => {
  it('a new draft starts from the template’s words, editable by the head and read-only for staff', async () => {
    const drafted = await requestAs(t, head, 'POST', '/api/policy/versions', {});
    expect(drafted.statusCode, drafted.body).toBe(200);
    draftId = (drafted.json() as PolicyVersionDetail).id;
    const body = await readDraft();
    expect(body).toMatchObject({ scope: 'school', editable: true, readOnlyReason: null });
    expect(body.version).toMatchObject({ id: draftId, number: 1, status: 'draft' });
    expect(body.content.sections.length).toBeGreaterThan(0);
    expect(body.content.statementOfAcceptance.length).toBeGreaterThan(0);
    const enforced = body.content.sections.flatMap((s) => s.clauses).filter((c) => c.status === 'enforced');
    expect(enforced.length).toBeGreaterThan(0);
    expect(enforced.every((c) => c.markdown === null && c.rule !== null && Array.isArray(c.generatedText))).toBe(true);
    expect(enforced.some((c) => c.generatedText!.length > 0)).toBe(true);
    const asStaff = await readDraft(staff);
    expect(asStaff).toMatchObject({ editable: false });
    expect(asStaff.readOnlyReason).toMatch(/headteacher/);
  });

  it('the head adds a clause of the school’s own, a statement and the person responsible, with a summary', async () => {
    const before = await readDraft();
    const request = asRequest(before);
    const at = guidanceSection(request);
    request.sections[at]!.clauses.push({ id: 'school.online-harassment', markdown: HARASSMENT });
    request.statementOfAcceptance = STATEMENT;
    request.responsiblePerson = { name: 'Mrs Asha Patel', role: 'Deputy Headteacher' };
    const res = await requestAs(t, head, 'PUT', contentUrl(draftId), {
      ...request,
      summaryOfChanges: 'Added a clause on online harassment of staff and pupils.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body: PolicyContentResponse = res.json();
    expect(body.version?.summaryOfChanges).toBe('Added a clause on online harassment of staff and pupils.');
    expect(body.content.sections[at]!.clauses.at(-1)).toMatchObject({
      id: 'school.online-harassment',
      status: 'guidance',
      origin: 'school',
      locked: false,
      markdown: HARASSMENT,
    });
    expect(body.content).toMatchObject({
      statementOfAcceptance: STATEMENT,
      responsiblePerson: { name: 'Mrs Asha Patel', role: 'Deputy Headteacher' },
    });
    const audit = await lastAudit('policy.content_changed');
    expect(audit?.details).toMatchObject({
      number: 1,
      clausesAdded: ['school.online-harassment'],
      statementChanged: true,
      responsiblePersonChanged: true,
    });
    expect(JSON.stringify(audit?.details)).not.toContain('Asha');
  });

  it('the rendered draft shows the clause with its formatting, and its hash covers the words', async () => {
    const version: PolicyVersionDetail = (await requestAs(t, head, 'GET', `/api/policy/versions/${draftId}`)).json();
    const blocks = version.document.sections.flatMap((s) => s.blocks);
    const mine = blocks.filter((b) => b.clauseId === 'school.online-harassment');
    expect(mine.map((b) => b.kind)).toEqual(['paragraph', 'list']);
    expect(mine[1]).toMatchObject({
      ordered: true,
      items: [expect.stringContaining('Report any online'), expect.any(String)],
    });
    const list = mine[1] as Extract<(typeof mine)[number], { kind: 'list' }>;
    expect(list.itemRuns?.[0]).toContainEqual({ text: 'any', bold: true });
    const [row] = await t.ctx.db.select().from(schema.policyVersions).where(eq(schema.policyVersions.id, draftId));
    expect(row?.content).toMatchObject({ statementOfAcceptance: STATEMENT });
    const audit = await lastAudit('policy.content_changed');
    expect((audit?.details as { contentHash: { from: string; to: string } }).contentHash.to).toBe(row?.contentHash);
  });

  it('refuses a change to a clause Schoolgate enforces, naming it (422)', async () => {
    const body = await readDraft();
    const request = asRequest(body);
    const { s, c } = enforcedAt(body);
    const clause = request.sections[s]!.clauses[c]!;
    clause.markdown = 'We answer whenever we like.';
    const res = await requestAs(t, head, 'PUT', contentUrl(draftId), request);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'POLICY_CONTENT_LOCKED',
      message: expect.stringContaining(`"${clause.id}"`),
      fields: [{ field: `sections.${s}.clauses.${c}.markdown` }],
    });
    request.sections[s]!.clauses.splice(c, 1);
    const removed = await requestAs(t, head, 'PUT', contentUrl(draftId), request);
    expect(removed.statusCode).toBe(422);
    expect(removed.json().error.message).toMatch(/cannot be removed/);
  });

  it('refuses Markdown outside the allowed set, naming the field and the line (400)', async () => {
    const request = asRequest(await readDraft());
    const at = request.sections.findIndex((s) => s.clauses.some((c) => c.id === 'school.online-harassment'));
    const c = request.sections[at]!.clauses.findIndex((clause) => clause.id === 'school.online-harassment');
    request.sections[at]!.clauses[c]!.markdown = 'A fine first line.\n\n<script>alert(1)</script>';
    const res = await requestAs(t, head, 'PUT', contentUrl(draftId), request);
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields[0].field).toBe(`sections.${at}.clauses.${c}.markdown`);
    expect(error.fields[0].message).toMatch(/[Ll]ine 3/);
  });

  it('refuses staff, and keeps another school’s head out of this draft altogether', async () => {
    const request = asRequest(await readDraft());
    expect((await requestAs(t, staff, 'PUT', contentUrl(draftId), request)).statusCode).toBe(403);
    expect((await requestAs(t, otherHead, 'GET', contentUrl(draftId))).statusCode).toBe(404);
    expect((await requestAs(t, otherHead, 'PUT', contentUrl(draftId), request)).statusCode).toBe(404);
    const [row] = await t.ctx.db.select().from(schema.policyVersions).where(eq(schema.policyVersions.id, draftId));
    expect(row?.content).toMatchObject({ statementOfAcceptance: STATEMENT });
  });
});

describe('previewing words', () => {
  it('shows the words as they will print, or names the line outside the allowed formatting', async () => {
    const ok = (await requestAs(t, staff, 'POST', '/api/policy/markdown-preview', { markdown: HARASSMENT })).json();
    expect(ok.problems).toEqual([]);
    expect(ok.blocks.map((b: { kind: string }) => b.kind)).toEqual(['paragraph', 'list']);
    const bad = (
      await requestAs(t, head, 'POST', '/api/policy/markdown-preview', { markdown: 'Fine.\n\n## Too big' })
    ).json();
    expect(bad).toMatchObject({ blocks: [], problems: [{ line: 3 }] });
  });
});

describe('the trust’s words and locks', () => {
  let lockedId: string;

  it('the trust team locks a clause; the school’s draft shows it locked in the trust’s words', async () => {
    const trust: PolicyContentResponse = (await requestAs(t, trustAdmin, 'GET', '/api/policy/trust-content')).json();
    expect(trust).toMatchObject({ scope: 'trust', editable: true, version: null });
    const request = asRequest(trust);
    const at = guidanceSection(request);
    const clause = request.sections[at]!.clauses.find((c) => c.markdown !== null)!;
    lockedId = clause.id;
    clause.markdown = 'Staff keep their own accounts **private** and never accept pupils as friends.';
    clause.locked = true;
    const res = await requestAs(t, trustAdmin, 'PUT', '/api/policy/trust-content', request);
    expect(res.statusCode, res.body).toBe(200);
    expect((await lastAudit('policy.trust_content_changed'))?.details).toMatchObject({ locked: [lockedId] });
    expect((await requestAs(t, head, 'GET', '/api/policy/trust-content')).statusCode).toBe(403);

    const draft = await readDraft();
    const inherited = draft.content.sections.flatMap((s) => s.clauses).find((c) => c.id === lockedId);
    expect(inherited).toMatchObject({ locked: true, origin: 'trust', markdown: clause.markdown });
  });

  it('refuses a school changing or removing the locked clause, naming it (422)', async () => {
    const request = asRequest(await readDraft());
    const section = request.sections.find((s) => s.clauses.some((c) => c.id === lockedId))!;
    section.clauses.find((c) => c.id === lockedId)!.markdown = 'Our own words instead.';
    const changed = await requestAs(t, head, 'PUT', contentUrl(draftId), request);
    expect(changed.statusCode).toBe(422);
    expect(changed.json().error.message).toContain(`"${lockedId}"`);
    section.clauses = section.clauses.filter((c) => c.id !== lockedId);
    const removed = await requestAs(t, head, 'PUT', contentUrl(draftId), request);
    expect(removed.statusCode).toBe(422);
    expect(removed.json().error.message).toMatch(/locked/);
  });
});

describe('approval, publication and the statement staff sign', () => {
  it('the words go through the governors and, once published, staff sign exactly the version’s statement', async () => {
    clock = new Date('2026-03-10T18:00:00Z');
    const approved = await requestAs(t, governor, 'POST', `/api/policy/versions/${draftId}/approve`, {
      approvedOn: '2026-03-10',
      minuteRef: 'FGB 2026/03 item 5',
      approverName: 'Chair of Governors',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const after = (await requestAs(t, head, 'PUT', contentUrl(draftId), asRequest(await readDraft()))).statusCode;
    expect(after).toBe(409);
    expect((await readDraft()).readOnlyReason).toMatch(/approved/);
    const published = await requestAs(t, head, 'POST', `/api/policy/versions/${draftId}/publish`);
    expect(published.statusCode, published.body).toBe(200);

    const mine = (await requestAs(t, staff, 'GET', '/api/acceptance/me')).json();
    expect(mine.statement).toBe(STATEMENT);
    const signed = await requestAs(t, staff, 'POST', '/api/acceptance/sign', {
      versionId: draftId,
      typedName: 'Test staff',
      confirmed: true,
    });
    expect(signed.statusCode, signed.body).toBe(201);
    const [row] = await t.ctx.db
      .select()
      .from(schema.policyAcceptances)
      .where(and(eq(schema.policyAcceptances.versionId, draftId), eq(schema.policyAcceptances.staffId, staff.staffId)));
    expect(row?.statementText).toBe(STATEMENT);
  });

  it('a next draft starts from the published words, and staff are asked to sign its new statement when it is published', async () => {
    clock = new Date('2026-03-20T09:00:00Z');
    const drafted = await requestAs(t, head, 'POST', '/api/policy/versions', { summaryOfChanges: 'New statement.' });
    expect(drafted.statusCode, drafted.body).toBe(200);
    draftId = (drafted.json() as PolicyVersionDetail).id;
    const body = await readDraft();
    const ids = body.content.sections.flatMap((s) => s.clauses.map((c) => c.id));
    expect(ids).toContain('school.online-harassment');
    const request = { ...asRequest(body), statementOfAcceptance: `${STATEMENT}\n- I will complete the training.` };
    expect((await requestAs(t, head, 'PUT', contentUrl(draftId), request)).statusCode).toBe(200);
    clock = new Date('2026-03-24T18:00:00Z');
    await requestAs(t, governor, 'POST', `/api/policy/versions/${draftId}/approve`, {
      approvedOn: '2026-03-24',
      minuteRef: 'FGB 2026/04 item 2',
      approverName: 'Chair of Governors',
    });
    expect((await requestAs(t, head, 'POST', `/api/policy/versions/${draftId}/publish`)).statusCode).toBe(200);
    const mine = (await requestAs(t, staff, 'GET', '/api/acceptance/me')).json();
    expect(mine).toMatchObject({ signed: null, version: { number: 2 } });
    expect(mine.statement).toContain('I will complete the training.');
  });
});
