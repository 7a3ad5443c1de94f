import { describe, expect, it } from 'vitest';
import { COMMENT_ID, PAGE_ID, POST_ID, feedCommentValue, pageWebhook } from '../testing/payload-factories.ts';
import { normaliseFacebookWebhook } from './graph-normalise.ts';

const RECEIVED = new Date('2025-06-16T08:30:14Z');
const CREATED = new Date(1750062612 * 1000);
const ENTRY_TIME = new Date(1750062613 * 1000);

describe('normaliseFacebookWebhook', () => {
  it('turns a new top-level comment into comment_added with its author, text and times', () => {
    const payload = pageWebhook([feedCommentValue()]);
    const { events, skipped } = normaliseFacebookWebhook(payload, RECEIVED);
    expect(skipped).toEqual([]);
    expect(events).toEqual([
      {
        platform: 'facebook',
        kind: 'comment_added',
        accountExternalId: PAGE_ID,
        postExternalId: POST_ID,
        commentExternalId: COMMENT_ID,
        author: { externalId: '7091234567890123', name: 'Sarah Collins' },
        text: 'Is sports day still on if it rains?',
        post: { permalink: `https://www.facebook.com/${PAGE_ID}/posts/122145736582014` },
        createdAt: CREATED,
        occurredAt: CREATED,
        receivedAt: RECEIVED,
        dedupeKey: `facebook:${COMMENT_ID}:comment_added`,
        raw: payload.entry[0]?.changes[0],
      },
    ]);
  });

  it.each([
    ['edited', 'comment_edited', true],
    ['remove', 'comment_removed', false],
    ['hide', 'comment_hidden', false],
    ['unhide', 'comment_unhidden', false],
  ] as const)('maps verb %s to %s, timed by the entry', (verb, kind, hasText) => {
    const value = feedCommentValue({ verb, ...(hasText ? { message: 'Edited text' } : { message: undefined }) });
    const [event] = normaliseFacebookWebhook(pageWebhook([value]), RECEIVED).events;
    expect(event?.kind).toBe(kind);
    expect(event?.createdAt).toEqual(CREATED);
    expect(event?.occurredAt).toEqual(ENTRY_TIME);
    expect(event?.dedupeKey).toBe(`facebook:${COMMENT_ID}:${kind}:${ENTRY_TIME.toISOString()}`);
    expect(event?.text).toBe(hasText ? 'Edited text' : undefined);
  });

  it('gives a reply to a comment its parent comment, and a top-level comment none', () => {
    const parent = '122145736582014_1089600000000001';
    const [reply, topLevel] = normaliseFacebookWebhook(
      pageWebhook([feedCommentValue({ parent_id: parent }), feedCommentValue({ comment_id: '122145736582014_2' })]),
      RECEIVED,
    ).events;
    expect(reply?.parentCommentExternalId).toBe(parent);
    expect(topLevel).not.toHaveProperty('parentCommentExternalId');
  });

  it('keeps what the change says about its post: the https permalink, and the wording when Meta includes it', () => {
    const [withWording, withoutPost, unsafe] = normaliseFacebookWebhook(
      pageWebhook([
        feedCommentValue({ post: { id: POST_ID, message: 'Sports day is on Friday.' } }),
        feedCommentValue({ comment_id: 'c_2', post: undefined }),
        feedCommentValue({ comment_id: 'c_3', post: { id: POST_ID, permalink_url: 'javascript:alert(1)' } }),
      ]),
      RECEIVED,
    ).events;
    expect(withWording?.post).toEqual({ text: 'Sports day is on Friday.' });
    // Only the post's id: its wording is fetched later, and the comment is stored either way.
    expect(withoutPost).not.toHaveProperty('post');
    expect(withoutPost?.postExternalId).toBe(POST_ID);
    expect(unsafe).not.toHaveProperty('post');
  });

  it('keeps a removal that arrives without the author, with an empty author id', () => {
    const value = feedCommentValue({ verb: 'remove', from: undefined, message: undefined });
    const [event] = normaliseFacebookWebhook(pageWebhook([value]), RECEIVED).events;
    expect(event?.author).toEqual({ externalId: '' });
  });

  it('reads every entry and change of a batched delivery, in order', () => {
    const payload = {
      object: 'page',
      entry: [
        { id: PAGE_ID, time: 1750062613, changes: [{ field: 'feed', value: feedCommentValue({ comment_id: 'a_1' }) }] },
        {
          id: '2001',
          time: 1750062614,
          changes: [
            { field: 'feed', value: feedCommentValue({ comment_id: 'b_1' }) },
            { field: 'feed', value: feedCommentValue({ comment_id: 'b_2', verb: 'hide' }) },
          ],
        },
      ],
    };
    const { events } = normaliseFacebookWebhook(payload, RECEIVED);
    expect(events.map((e) => [e.accountExternalId, e.commentExternalId, e.kind])).toEqual([
      [PAGE_ID, 'a_1', 'comment_added'],
      ['2001', 'b_1', 'comment_added'],
      ['2001', 'b_2', 'comment_hidden'],
    ]);
  });

  it.each([
    ['a reaction', pageWebhook([{ item: 'reaction', verb: 'add', reaction_type: 'like', post_id: POST_ID }])],
    ['a new post', pageWebhook([{ item: 'status', verb: 'add', post_id: POST_ID, message: 'Term dates' }])],
    ['another field', pageWebhook([feedCommentValue()], { field: 'mention' })],
    ['an unknown verb', pageWebhook([feedCommentValue({ verb: 'block' })])],
    ['a comment without an id', pageWebhook([feedCommentValue({ comment_id: undefined })])],
    ['a change without a field', { object: 'page', entry: [{ id: PAGE_ID, time: 1, changes: [{ value: {} }] }] }],
    ['an entry without changes (Messenger)', { object: 'page', entry: [{ id: PAGE_ID, time: 1, messaging: [] }] }],
    ['an entry without an id', { object: 'page', entry: [{ time: 1, changes: [] }] }],
    ['an Instagram delivery', { object: 'instagram', entry: [] }],
    ['not an envelope', 'hello'],
    ['null', null],
  ])('skips %s, saying why, without failing', (_label, payload) => {
    const { events, skipped } = normaliseFacebookWebhook(payload, RECEIVED);
    expect(events).toEqual([]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.reason).toMatch(/\w/);
  });

  it('skips the bad change of a delivery and keeps the good one', () => {
    const payload = pageWebhook([{ item: 'like', verb: 'add' }, feedCommentValue()]);
    const { events, skipped } = normaliseFacebookWebhook(payload, RECEIVED);
    expect(events).toHaveLength(1);
    expect(skipped).toHaveLength(1);
  });
});
