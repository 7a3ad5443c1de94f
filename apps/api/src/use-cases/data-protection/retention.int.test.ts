// The retention job on a real database: what is due goes, what a hold, an open concern or a concern's reference
// keeps stays, the run is audited with counts only, and the audit chain still verifies afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import {
  auditRepository,
  chainFor,
  commentsRepository,
  dataProtectionRepository,
  notificationsRepository,
  schema,
  sessionsRepository,
} from '@schoolgate/db';
import { aComment, aConcern } from '../../testing/concern-fixtures.ts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../../testing/test-app.ts';
import { keepEvidence } from '../../evidence/keep-evidence.ts';
import { applyRetention } from './apply-retention.ts';

const NOW = new Date('2026-12-07T02:15:00Z');
const YEARS_AGO = (n: number) => new Date(NOW.getTime() - n * 365.25 * 86_400_000);

let t: TestApp;
let school: { id: string; trustId: string };
let head: Person;

async function oldComment(text: string, receivedAt = YEARS_AGO(3)) {
  const c = await aComment(t, school, text);
  await t.ctx.db.update(schema.comments).set({ receivedAt }).where(eq(schema.comments.id, c.commentId));
  await t.ctx.db
    .update(schema.socialAuthors)
    .set({ createdAt: receivedAt })
    .where(eq(schema.socialAuthors.id, c.authorId));
  return c;
}

async function closedConcern(closedAt: Date) {
  const c = await aConcern(t, school, { withFile: true });
  await t.ctx.db.update(schema.concerns).set({ status: 'closed', closedAt }).where(eq(schema.concerns.id, c.id));
  return c;
}

const exists = async (table: typeof schema.comments | typeof schema.concerns, id: string) =>
  (await t.ctx.db.select({ id: table.id }).from(table).where(eq(table.id, id))).length === 1;

beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
  school = await createSchool(t);
  head = await createPerson(t, school, 'head');
});
afterAll(() => t.close());

describe('the retention job', () => {
  it('deletes an expired comment with its evidence, keeps one on legal hold, and the audit chain still verifies', async () => {
    const expired = await oldComment('An old remark that has run its course.');
    const comment = (await commentsRepository.findByIdAnySchool(t.ctx.db, expired.commentId))!;
    await t.ctx.db.transaction((tx) =>
      keepEvidence(
        tx,
        {
          comment,
          trustId: school.trustId,
          platform: 'facebook',
          accountName: 'The School',
          authorName: 'A Parent',
          authorExternalId: 'p1',
          postExternalId: null,
        },
        'hide',
        { userId: head.userId, address: null },
        YEARS_AGO(3),
      ),
    );
    const onHold = await oldComment('Kept for a claim.');
    const authorHeld = await oldComment('Kept because its author is held.');
    const inConcern = await oldComment('Raised as a concern.');
    await t.ctx.db
      .update(schema.concerns)
      .set({ commentId: inConcern.commentId })
      .where(eq(schema.concerns.id, (await aConcern(t, school)).id));
    const recent = await oldComment('Yesterday’s question.', new Date(NOW.getTime() - 86_400_000));
    await dataProtectionRepository.placeHold(
      t.ctx.db,
      {
        schoolId: school.id,
        subjectKind: 'comment',
        subjectId: onHold.commentId,
        reason: 'Claim',
        placedBy: head.userId,
      },
      NOW,
    );
    await dataProtectionRepository.placeHold(
      t.ctx.db,
      {
        schoolId: school.id,
        subjectKind: 'author',
        subjectId: authorHeld.authorId,
        reason: 'Police',
        placedBy: head.userId,
      },
      NOW,
    );

    const oldClosed = await closedConcern(YEARS_AGO(26));
    const heldClosed = await closedConcern(YEARS_AGO(26));
    await dataProtectionRepository.placeHold(
      t.ctx.db,
      {
        schoolId: school.id,
        subjectKind: 'concern',
        subjectId: heldClosed.id,
        reason: 'Inquiry',
        placedBy: head.userId,
      },
      NOW,
    );
    const recentClosed = await closedConcern(YEARS_AGO(10));
    const open = await aConcern(t, school);
    await t.ctx.db
      .update(schema.concerns)
      .set({ raisedAt: YEARS_AGO(40) })
      .where(eq(schema.concerns.id, open.id));

    await notificationsRepository.insertMany(t.ctx.db, [
      {
        userId: head.userId,
        schoolId: school.id,
        kind: 'x',
        title: 'Old',
        body: 'Old',
        link: null,
        dedupeKey: null,
        createdAt: YEARS_AGO(1),
      },
      {
        userId: head.userId,
        schoolId: school.id,
        kind: 'x',
        title: 'New',
        body: 'New',
        link: null,
        dedupeKey: null,
        createdAt: NOW,
      },
    ]);
    await sessionsRepository.create(t.ctx.db, {
      id: `ended-${Date.now()}`,
      userId: head.userId,
      trustId: school.trustId,
      activeSchoolId: school.id,
      twoFactorVerified: true,
      expiresAt: new Date(NOW.getTime() - 40 * 86_400_000),
    });
    const evidenceFiles = await t.ctx.db
      .select({ fileId: schema.evidenceItems.fileId })
      .from(schema.evidenceItems)
      .where(eq(schema.evidenceItems.commentId, expired.commentId));
    expect(evidenceFiles).toHaveLength(3);

    const run = await applyRetention(t.ctx, NOW);
    const mine = run.schools.find((s) => s.schoolId === school.id)!;
    expect(mine).toMatchObject({ comments: 1, evidenceFiles: 3, concerns: 1, notifications: 1 });
    expect(run.sessions).toBeGreaterThanOrEqual(1);

    expect(await exists(schema.comments, expired.commentId)).toBe(false);
    const filesLeft = await t.ctx.db
      .select()
      .from(schema.storedFiles)
      .where(
        inArray(
          schema.storedFiles.id,
          evidenceFiles.map((f) => f.fileId),
        ),
      );
    expect(filesLeft).toEqual([]);
    for (const kept of [onHold, authorHeld, inConcern, recent])
      expect(await exists(schema.comments, kept.commentId)).toBe(true);
    expect(await exists(schema.concerns, oldClosed.id)).toBe(false);
    for (const kept of [heldClosed, recentClosed, open]) expect(await exists(schema.concerns, kept.id)).toBe(true);

    // The expired comment's author has nothing left: anonymised. The held author keeps their name.
    const [gone] = await t.ctx.db
      .select()
      .from(schema.socialAuthors)
      .where(eq(schema.socialAuthors.id, expired.authorId));
    expect(gone).toMatchObject({ name: null, handle: null });
    expect(gone!.externalId).toMatch(/^anonymised:/);
    const [keptAuthor] = await t.ctx.db
      .select()
      .from(schema.socialAuthors)
      .where(eq(schema.socialAuthors.id, authorHeld.authorId));
    expect(keptAuthor!.name).toBe('A Parent');

    // The run is in the chain, counts only; the chain (with the deleted comment's evidence digests) still verifies.
    const chain = chainFor(school.trustId, school.id);
    const { items } = await auditRepository.list(t.ctx.db, chain, {
      page: 1,
      pageSize: 5,
      action: 'retention.applied',
    });
    expect(items[0]!.details).toMatchObject({ comments: 1, concerns: 1, authorsAnonymised: 1 });
    expect(JSON.stringify(items[0]!.details)).not.toContain('old remark');
    const verified = await auditRepository.verify(t.ctx.db, chain);
    expect(verified.firstBroken).toBeNull();
    expect(verified.checked).toBe(2); // evidence.kept (its digests) and retention.applied
  });

  it('finds nothing more to do when run again the same night', async () => {
    const run = await applyRetention(t.ctx, NOW);
    expect(run.schools.find((s) => s.schoolId === school.id)).toMatchObject({
      comments: 0,
      concerns: 0,
      authorsAnonymised: 0,
      notifications: 0,
    });
  });
});
