// The policy as a head teacher meets it: settings inherited from the trust and changed field by field, a template
// picked, a version drafted, approved by governors and published, and the published settings enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { schema, staffRepository } from '@schoolgate/db';
import type { PolicyField, PolicySettingsResponse, PolicyVersionDetail } from '@schoolgate/contracts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { getEnforcedPolicy } from '../use-cases/policy/get-enforced-policy.ts';

// The app's clock, moved forward through the school year as the versions are drafted and approved.
let clock = new Date('2026-03-02T09:00:00Z');
let t: TestApp;
let school: { id: string; trustId: string; name: string };
let sister: { id: string; trustId: string };
let head: Person;
let trustAdmin: Person;
let governor: Person;
let sisterHead: Person;

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  school = await createSchool(t, 'Hillside Primary');
  sister = await createSchool(t, 'Meadow Academy', school.trustId);
  head = await createPerson(t, school, 'head');
  trustAdmin = await createPerson(t, school, 'trust_admin');
  governor = await createPerson(t, school, 'governor');
  sisterHead = await createPerson(t, sister, 'head');
  for (const [role, firstName, lastName, jobTitle] of [
    ['dsl', 'Dana', 'Lee', 'Designated Safeguarding Lead'],
    ['deputy_dsl', 'Omar', 'Patel', 'Family Support Worker'],
    ['governor', 'Grace', 'Okafor', 'Chair of Governors'],
  ] as const) {
    await staffRepository.insert(t.ctx.db, {
      trustId: school.trustId,
      schoolId: school.id,
      firstName,
      lastName,
      jobTitle,
      role,
    });
  }
});
afterAll(async () => t?.close());

const as = (p: Person, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload });
const field = (body: PolicySettingsResponse, name: string): PolicyField => body.fields.find((f) => f.field === name)!;
const lastAudit = async (action: string) =>
  (
    await t.ctx.db
      .select()
      .from(schema.auditEntries)
      .where(eq(schema.auditEntries.action, action))
      .orderBy(desc(schema.auditEntries.id))
      .limit(1)
  )[0];

describe('policy settings', () => {
  it('follows the blank template until the trust sets defaults, every field from the trust', async () => {
    const body: PolicySettingsResponse = (await as(head, 'GET', '/api/policy/settings')).json();
    expect(body.scope).toBe('school');
    expect(body.trustTemplateId).toBeNull();
    expect(body.fields.every((f) => f.source === 'trust')).toBe(true);
    expect(body.templates.map((tpl) => tpl.id)).toContain('multi-academy-trust');
    expect(body.templates).toHaveLength(6);
  });

  it('lets the trust team set defaults from a template, which every school inherits', async () => {
    const res = await as(trustAdmin, 'POST', '/api/policy/trust-settings/template', {
      templateId: 'multi-academy-trust',
    });
    expect(res.statusCode, res.body).toBe(200);
    const mine: PolicySettingsResponse = (await as(head, 'GET', '/api/policy/settings')).json();
    expect(mine.trustTemplateId).toBe('multi-academy-trust');
    expect(field(mine, 'response.hours')).toMatchObject({ value: 48, source: 'trust', trustValue: 48 });
    expect((await lastAudit('trust_policy.template_applied'))?.details).toMatchObject({
      templateId: 'multi-academy-trust',
    });
  });

  it('records a school override with its before and after, and shows it as set by the school', async () => {
    const res = await as(head, 'PATCH', '/api/policy/settings', { changes: { 'response.hours': 24 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(field(res.json(), 'response.hours')).toMatchObject({ value: 24, source: 'school', trustValue: 48 });
    const audit = await lastAudit('policy.settings_updated');
    expect(audit?.details).toEqual({ changes: { 'response.hours': { from: 48, to: 24 } } });
    // The sister school still follows the trust.
    const theirs: PolicySettingsResponse = (await as(sisterHead, 'GET', '/api/policy/settings')).json();
    expect(field(theirs, 'response.hours')).toMatchObject({ value: 48, source: 'trust' });
  });

  it('names the field when a value is not allowed', async () => {
    const res = await as(head, 'PATCH', '/api/policy/settings', { changes: { 'response.hours': 0, 'not.a.field': 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ field: 'not.a.field', message: expect.any(String) }]);
    const bad = await as(head, 'PATCH', '/api/policy/settings', { changes: { 'response.hours': 0 } });
    expect(bad.json().error.fields).toEqual([{ field: 'response.hours', message: 'At least one hour.' }]);
  });

  it('resets a field to the trust value', async () => {
    const res = await as(head, 'POST', '/api/policy/settings/reset', { fields: ['response.hours'] });
    expect(field(res.json(), 'response.hours')).toMatchObject({ value: 48, source: 'trust' });
    expect((await lastAudit('policy.settings_reset'))?.details).toMatchObject({
      reset: ['response.hours'],
      changes: { 'response.hours': { from: 24, to: 48 } },
    });
  });

  it('starts a school from a template, storing only where it differs from the trust', async () => {
    const res = await as(head, 'POST', '/api/policy/settings/template', {
      templateId: 'community-primary-parents-ladder',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body: PolicySettingsResponse = res.json();
    expect(field(body, 'response.hours').value).toBe(24);
    expect(body.fields.some((f) => f.source === 'school')).toBe(true);
    expect(body.fields.some((f) => f.source === 'trust')).toBe(true);
    // Back to the trust's template: nothing of its own left.
    const again: PolicySettingsResponse = (
      await as(head, 'POST', '/api/policy/settings/template', { templateId: 'multi-academy-trust' })
    ).json();
    expect(again.fields.every((f) => f.source === 'trust')).toBe(true);
  });

  it('refuses trust defaults that would clash with a school override, naming the school', async () => {
    await as(head, 'PATCH', '/api/policy/settings', { changes: { 'moderation.categories.spam.queueAt': 0.8 } });
    const res = await as(trustAdmin, 'PATCH', '/api/policy/trust-settings', {
      changes: { 'moderation.categories.spam.hideAt': 0.7 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Hillside Primary');
    await as(head, 'POST', '/api/policy/settings/reset', { fields: ['moderation.categories.spam.queueAt'] });
  });

  it('keeps the trust defaults for the trust team', async () => {
    expect((await as(head, 'GET', '/api/policy/trust-settings')).statusCode).toBe(403);
    const res = await as(trustAdmin, 'PATCH', '/api/policy/trust-settings', { changes: { 'review.cycleMonths': 24 } });
    expect(field(res.json(), 'review.cycleMonths').value).toBe(24);
    await as(trustAdmin, 'PATCH', '/api/policy/trust-settings', { changes: { 'review.cycleMonths': 12 } });
  });
});

describe('policy versions', () => {
  let first: PolicyVersionDetail;

  it('drafts a version whose document states the figures and names from the records', async () => {
    await as(head, 'PATCH', '/api/policy/settings', { changes: { 'response.hours': 24 } });
    const res = await as(head, 'POST', '/api/policy/versions', { summaryOfChanges: 'First version' });
    expect(res.statusCode, res.body).toBe(200);
    first = res.json();
    expect(first).toMatchObject({ number: 1, status: 'draft', approvedOn: null });
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const text = JSON.stringify(first.document);
    expect(text).toContain('within 24 hours');
    expect(text).toContain('Dana Lee');
    expect(text).toContain('Omar Patel');
    expect(text).toContain('Grace Okafor');
    expect(first.document.details).toContainEqual({ label: 'Approved', value: 'Draft, not yet approved' });
    // Nothing is enforced until a version is published.
    expect(await getEnforcedPolicy(t.ctx.db, school.id)).toBeNull();
  });

  it('refreshes the open draft rather than opening a second one', async () => {
    await as(head, 'PATCH', '/api/policy/settings', { changes: { 'response.hours': 12 } });
    const again: PolicyVersionDetail = (await as(head, 'POST', '/api/policy/versions', {})).json();
    expect(again.id).toBe(first.id);
    expect(JSON.stringify(again.document)).toContain('within 12 hours');
    await as(head, 'PATCH', '/api/policy/settings', { changes: { 'response.hours': 24 } });
    const refreshed: PolicyVersionDetail = (await as(head, 'POST', `/api/policy/versions/${first.id}/refresh`)).json();
    expect(refreshed.contentHash).toBe(first.contentHash);
  });

  it('will not publish before the governors approve', async () => {
    const res = await as(head, 'POST', `/api/policy/versions/${first.id}/publish`);
    expect(res.statusCode).toBe(409);
  });

  it('records approval and sets the review date from the cycle', async () => {
    clock = new Date('2026-03-11T09:00:00Z');
    const future = await as(governor, 'POST', `/api/policy/versions/${first.id}/approve`, {
      approvedOn: '2026-03-12',
      minuteRef: 'x',
      approverName: 'y',
    });
    expect(future.statusCode).toBe(400);
    const beforeDrafting = await as(governor, 'POST', `/api/policy/versions/${first.id}/approve`, {
      approvedOn: '2026-03-01',
      minuteRef: 'FGB 2026/02 item 4',
      approverName: 'Grace Okafor, Chair',
    });
    expect(beforeDrafting.statusCode).toBe(400);
    expect(beforeDrafting.json().error.fields).toEqual([
      { field: 'approvedOn', message: 'The meeting cannot be before version 1 was drafted, on 2 March 2026.' },
    ]);
    const res = await as(governor, 'POST', `/api/policy/versions/${first.id}/approve`, {
      approvedOn: '2026-03-10',
      minuteRef: 'FGB 2026/03 item 7',
      approverName: 'Grace Okafor, Chair',
    });
    expect(res.statusCode, res.body).toBe(200);
    const approved: PolicyVersionDetail = res.json();
    expect(approved).toMatchObject({ status: 'approved', approvedOn: '2026-03-10', reviewDue: '2027-03-10' });
    expect(approved.document.details).toContainEqual({ label: 'Approved', value: '10 March 2026' });
    expect(approved.contentHash).not.toBe(first.contentHash);
    const again = await as(head, 'POST', `/api/policy/versions/${first.id}/approve`, {
      approvedOn: '2026-03-10',
      minuteRef: 'x',
      approverName: 'y',
    });
    expect(again.statusCode).toBe(409);
  });

  it('publishes: the settings are enforced, and the next published version supersedes it', async () => {
    const res = await as(head, 'POST', `/api/policy/versions/${first.id}/publish`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', reviewDue: '2027-03-10' });
    expect((await getEnforcedPolicy(t.ctx.db, school.id))?.response.hours).toBe(24);
    // Editing settings afterwards changes nothing enforced until a new version is published.
    await as(head, 'PATCH', '/api/policy/settings', { changes: { 'response.hours': 36 } });
    expect((await getEnforcedPolicy(t.ctx.db, school.id))?.response.hours).toBe(24);

    clock = new Date('2026-05-20T09:00:00Z');
    const second: PolicyVersionDetail = (await as(head, 'POST', '/api/policy/versions', {})).json();
    expect(second.number).toBe(2);
    clock = new Date('2026-06-02T09:00:00Z');
    const approval = await as(head, 'POST', `/api/policy/versions/${second.id}/approve`, {
      approvedOn: '2026-06-01',
      minuteRef: 'FGB 2026/06 item 3',
      approverName: 'Grace Okafor',
    });
    expect(approval.statusCode, approval.body).toBe(200);
    await as(head, 'POST', `/api/policy/versions/${second.id}/publish`);
    expect((await getEnforcedPolicy(t.ctx.db, school.id))?.response.hours).toBe(36);
    const list = (await as(head, 'GET', '/api/policy/versions')).json();
    expect(list.items.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const overview = (await as(governor, 'GET', '/api/policy')).json();
    expect(overview.published.number).toBe(2);
    expect(overview.pending).toBeNull();
    expect((await lastAudit('policy.version_published'))?.details).toMatchObject({
      number: 2,
      superseded: { id: first.id, number: 1 },
    });
  });

  it('gives governors the document as a PDF', async () => {
    const res = await as(governor, 'GET', `/api/policy/versions/${first.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('social-media-policy-v1.pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("keeps one school's versions from another", async () => {
    expect((await as(sisterHead, 'GET', `/api/policy/versions/${first.id}`)).statusCode).toBe(404);
    expect((await as(sisterHead, 'GET', '/api/policy/versions')).json().items).toEqual([]);
  });
});
