import { describe, expect, it } from 'vitest';
import { IG_ACCOUNT_ID, instagramCommentValue, instagramWebhook } from '../testing/payload-factories.ts';
import { normaliseInstagramWebhook } from './graph-normalise.ts';

const RECEIVED = new Date('2025-06-16T08:31:41Z');
const ENTRY_TIME = new Date(1750062700 * 1000);

describe('normaliseInstagramWebhook', () => {
  it('turns a comment into comment_added on the media, timed by the entry', () => {
    const payload = instagramWebhook([instagramCommentValue()]);
    const { events, skipped } = normaliseInstagramWebhook(payload, RECEIVED);
    expect(skipped).toEqual([]);
    expect(events).toEqual([
      {
        platform: 'instagram',
        kind: 'comment_added',
        accountExternalId: IG_ACCOUNT_ID,
        postExternalId: '18027439871234567',
        commentExternalId: '17986543210987654',
        author: { externalId: '17841400123456789', handle: 'gemma.hollis' },
        text: 'Do the sweatshirts have to have the badge?',
        createdAt: ENTRY_TIME,
        occurredAt: ENTRY_TIME,
        receivedAt: RECEIVED,
        dedupeKey: 'instagram:17986543210987654:comment_added',
        raw: payload.entry[0]?.changes[0],
      },
    ]);
  });

  it('gives a reply its parent comment', () => {
    const [event] = normaliseInstagramWebhook(
      instagramWebhook([instagramCommentValue({ parent_id: '17986500000000001' })]),
      RECEIVED,
    ).events;
    expect(event?.parentCommentExternalId).toBe('17986500000000001');
  });

  it('reads an entry time sent in milliseconds', () => {
    const [event] = normaliseInstagramWebhook(
      instagramWebhook([instagramCommentValue()], { time: 1750062700123 }),
      RECEIVED,
    ).events;
    expect(event?.createdAt).toEqual(new Date(1750062700123));
  });

  it.each([
    ['a mention', instagramWebhook([{ media_id: '1', comment_id: '2' }], { field: 'mentions' })],
    ['a comment without an author', instagramWebhook([instagramCommentValue({ from: undefined })])],
    ['a comment without media', instagramWebhook([instagramCommentValue({ media: undefined })])],
    ['a Page delivery', { object: 'page', entry: [] }],
    ['not an envelope', [1, 2, 3]],
  ])('skips %s, saying why', (_label, payload) => {
    const { events, skipped } = normaliseInstagramWebhook(payload, RECEIVED);
    expect(events).toEqual([]);
    expect(skipped).toHaveLength(1);
  });
});
