// Factories for concern tests: a concern written straight to the database (on any route, with a file if asked), a
// comment to raise one from, and a fresh second-factor check for sessions, so a test can aim at one rule at a time.
import { createHash } from 'node:crypto';
import {
  commentsRepository,
  concernsRepository,
  schema,
  socialAccountsRepository,
  storedFilesRepository,
  usersRepository,
} from '@schoolgate/db';
import { eq } from 'drizzle-orm';
import type { ConcernRoute } from '@schoolgate/domain';
import type { TestApp } from './test-app.ts';

/** The smallest PNG there is (1x1), as a screenshot stand-in. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let counter = 0;

export async function aConcern(
  t: TestApp,
  school: { id: string; trustId: string },
  options: { route?: ConcernRoute; raisedBy?: string | null; withFile?: boolean; urgency?: 'routine' | 'urgent' } = {},
) {
  counter += 1;
  const raisedBy =
    options.raisedBy === undefined
      ? (
          await usersRepository.create(t.ctx.db, {
            email: `raiser${counter}.${Date.now()}@test.schoolgate`,
            displayName: 'A Raiser',
            passwordHash: null,
          })
        ).id
      : options.raisedBy;
  const concern = await concernsRepository.insert(t.ctx.db, {
    schoolId: school.id,
    reference: `C-TEST-${String(counter).padStart(4, '0')}${Math.random().toString(36).slice(2, 6)}`,
    source: 'staff',
    type: 'pupil_contact',
    urgency: options.urgency ?? 'routine',
    route: options.route ?? 'safeguarding',
    whatHappened: 'A pupil sent a friend request.',
    raisedBy,
    raisedAt: new Date(),
  });
  await concernsRepository.insertEntry(t.ctx.db, {
    concernId: concern.id,
    kind: 'raised',
    byUserId: raisedBy,
    at: new Date(),
  });
  let fileId: string | null = null;
  if (options.withFile) {
    const sha256 = createHash('sha256').update(TINY_PNG).digest('hex');
    const file = await storedFilesRepository.insert(t.ctx.db, {
      schoolId: school.id,
      fileName: 'screenshot.png',
      contentType: 'image/png',
      sizeBytes: TINY_PNG.length,
      sha256,
      content: TINY_PNG,
    });
    await concernsRepository.insertFile(t.ctx.db, {
      concernId: concern.id,
      fileId: file.id,
      kind: 'upload',
      sha256,
      createdAt: new Date(),
    });
    fileId = file.id;
  }
  return { id: concern.id, reference: concern.reference, fileId };
}

/** Every session counts as having entered a two-factor code just now (or at the time given). */
export async function secondFactorEveryone(t: TestApp, at: Date | null = new Date()) {
  await t.ctx.db.update(schema.sessions).set({ secondFactorAt: at });
}

/** One session's check, by its user. */
export async function secondFactorFor(t: TestApp, userId: string, at: Date | null) {
  await t.ctx.db.update(schema.sessions).set({ secondFactorAt: at }).where(eq(schema.sessions.userId, userId));
}

export async function aComment(t: TestApp, school: { id: string }, text = 'A comment') {
  counter += 1;
  const externalId = `concern-page-${school.id}`;
  const account =
    (await socialAccountsRepository.findByExternal(t.ctx.db, 'facebook', externalId)) ??
    (await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId,
      handle: 'school',
      displayName: 'The School',
    }));
  const author = await commentsRepository.upsertAuthor(t.ctx.db, {
    schoolId: school.id,
    platform: 'facebook',
    externalId: `concern-author-${counter}`,
    name: 'A Parent',
    handle: null,
  });
  const comment = await commentsRepository.insertIfNew(t.ctx.db, {
    schoolId: school.id,
    accountId: account.id,
    authorId: author.id,
    externalId: `concern-c-${counter}`,
    text,
    postedAt: new Date(),
    receivedAt: new Date(),
    reviewState: 'to_review',
  });
  return { commentId: comment!.id, authorId: author.id };
}
