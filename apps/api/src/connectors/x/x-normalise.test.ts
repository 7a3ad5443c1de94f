import { describe, expect, it } from 'vitest';
import { X_USER_ID, xMentionsPage, xTweet } from '../testing/payload-factories.ts';
import { normaliseXMentions } from './x-normalise.ts';

const RECEIVED = new Date('2025-06-16T08:35:00Z');
const AUTHOR = { id: '987654321098765432', name: 'Dean Marshall', username: 'deanm_78' };

describe('normaliseXMentions', () => {
  it('turns a reply to the school into comment_added on the conversation, with the author from includes', () => {
    const tweet = xTweet();
    const { events, skipped } = normaliseXMentions(xMentionsPage([tweet], [AUTHOR]), X_USER_ID, RECEIVED);
    expect(skipped).toEqual([]);
    expect(events).toEqual([
      {
        platform: 'x',
        kind: 'comment_added',
        accountExternalId: X_USER_ID,
        postExternalId: '1934500000000000000',
        commentExternalId: '1934567890123456789',
        author: { externalId: AUTHOR.id, name: 'Dean Marshall', handle: 'deanm_78' },
        text: '@MeadowbankPri what time do the gates open for sports day?',
        createdAt: new Date('2025-06-16T08:31:05.000Z'),
        occurredAt: new Date('2025-06-16T08:31:05.000Z'),
        receivedAt: RECEIVED,
        dedupeKey: 'x:1934567890123456789:comment_added',
        raw: tweet,
      },
    ]);
  });

  it.each([
    [
      'a reply to a reply names its parent',
      xTweet({ referenced_tweets: [{ type: 'replied_to', id: '1934511111111111111' }] }),
      '1934500000000000000',
      '1934511111111111111',
    ],
    [
      'a mention outside any conversation is its own post',
      xTweet({
        id: '1934999',
        conversation_id: '1934999',
        referenced_tweets: undefined,
        in_reply_to_user_id: undefined,
      }),
      '1934999',
      undefined,
    ],
    [
      'a quote is not a reply',
      xTweet({ referenced_tweets: [{ type: 'quoted', id: '1934522222222222222' }] }),
      '1934500000000000000',
      undefined,
    ],
  ])('%s', (_label, tweet, post, parent) => {
    const [event] = normaliseXMentions(xMentionsPage([tweet], [AUTHOR]), X_USER_ID, RECEIVED).events;
    expect(event?.postExternalId).toBe(post);
    expect(event?.parentCommentExternalId).toBe(parent);
  });

  it('keeps the wording of the post a reply is on, from the posts X includes', () => {
    const root = { id: '1934500000000000000', text: 'Sports day is on Friday: gates open at 9.' };
    const mention = xTweet({ id: '1934999', conversation_id: '1934999', referenced_tweets: undefined });
    const [direct, own] = normaliseXMentions(
      xMentionsPage([xTweet(), mention], [AUTHOR], {}, [root]),
      X_USER_ID,
      RECEIVED,
    ).events;
    expect(direct?.post).toEqual({ text: root.text });
    // A mention outside any conversation is its own post.
    expect(own?.post).toEqual({ text: mention.text });
  });

  it('leaves the post of a reply to a reply unknown when X includes only that parent', () => {
    const deeper = xTweet({ referenced_tweets: [{ type: 'replied_to', id: '1934511' }] });
    const page = xMentionsPage([deeper], [AUTHOR], {}, [{ id: '1934511', text: 'Another parent' }]);
    const [event] = normaliseXMentions(page, X_USER_ID, RECEIVED).events;
    // Its first post's wording is fetched once through the connector instead.
    expect(event).not.toHaveProperty('post');
  });

  it('keeps a post whose author is missing from includes, with only the id', () => {
    const [event] = normaliseXMentions(xMentionsPage([xTweet()], []), X_USER_ID, RECEIVED).events;
    expect(event?.author).toEqual({ externalId: '987654321098765432' });
  });

  it('reads an empty answer as no events', () => {
    expect(normaliseXMentions({ meta: { result_count: 0 } }, X_USER_ID, RECEIVED)).toEqual({ events: [], skipped: [] });
  });

  it.each([
    ['without created_at', xTweet({ created_at: undefined })],
    ['with a bad created_at', xTweet({ created_at: 'yesterday' })],
    ['without author_id', xTweet({ author_id: undefined })],
  ])('skips a post %s and keeps the rest', (_label, bad) => {
    const { events, skipped } = normaliseXMentions(
      xMentionsPage([bad, xTweet({ id: '2' })], [AUTHOR]),
      X_USER_ID,
      RECEIVED,
    );
    expect(events.map((e) => e.commentExternalId)).toEqual(['2']);
    expect(skipped).toHaveLength(1);
  });

  it('skips an answer that is not a mentions page', () => {
    expect(normaliseXMentions({ data: 'nope' }, X_USER_ID, RECEIVED).skipped).toHaveLength(1);
  });
});
