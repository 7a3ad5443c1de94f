// A signed delivery may carry a NUL character (JSON's \u0000) in a comment, a name or a private message. PostgreSQL
// refuses NUL in text, so such a delivery would fail every attempt and be given up: the comment lost. The
// normalisers screen it out, so the comment arrives with the rest of its words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsRepository, socialAccountsRepository } from '@schoolgate/db';
import { createSchool, createTestApp, type TestApp } from '../../testing/test-app.ts';
import { facebookCommentChange, facebookDelivery } from '../../testing/facebook-payloads.ts';
import { receiveDelivery } from './receive-delivery.ts';
import { processDelivery } from './process-delivery.ts';
import { forgetModerationSetup } from './school-moderation-setup.ts';

let t: TestApp;
let accountId: string;
const PAGE = `page-nul-${Date.now()}`;

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date('2026-11-18T14:00:00Z') });
  const school = await createSchool(t, 'Nul Primary');
  accountId = (
    await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId: PAGE,
      handle: 'nulprimary',
      displayName: 'Nul Primary',
    })
  ).id;
  forgetModerationSetup();
});
afterAll(async () => t?.close());

describe('a delivery with NUL characters', () => {
  it('stores the comment without them instead of losing it', async () => {
    const body = facebookDelivery(PAGE, [
      facebookCommentChange({
        pageId: PAGE,
        commentId: '900_nul',
        fromName: 'Sam\u0000 Parent',
        message: 'When is\u0000 sports day?',
      }),
    ]);
    expect(body).toContain('\\u0000');
    const id = await receiveDelivery(t.ctx, { platform: 'facebook', rawBody: Buffer.from(body) });
    expect(await processDelivery(t.ctx, id)).toEqual([expect.objectContaining({ kind: 'stored' })]);
    const comment = await commentsRepository.findByExternal(t.ctx.db, accountId, '900_nul');
    expect(comment?.text).toBe('When is sports day?');
  });
});
