// Every normaliser hands on text PostgreSQL can store: a NUL character in a comment, a name, a private message or
// an X mention is dropped, the rest of the words kept.
import { describe, expect, it } from 'vitest';
import { normaliseFacebookWebhook, normaliseInstagramWebhook } from './graph/graph-normalise.ts';
import { normaliseGraphMessages } from './graph/graph-messages.ts';
import { normaliseXMentions } from './x/x-normalise.ts';
import {
  feedCommentValue,
  instagramCommentValue,
  instagramWebhook,
  pageWebhook,
  PAGE_ID,
  xMentionsPage,
  xTweet,
  X_USER_ID,
} from './testing/payload-factories.ts';
import { withoutNul } from './storable-text.ts';

const NOW = new Date('2026-11-18T14:00:00Z');
const hasNul = (value: unknown) => JSON.stringify(value).includes('\\u0000');

describe('text a platform sends with NUL characters', () => {
  it('drops them from strings and keys at any depth, leaving other values alone', () => {
    const when = new Date(0);
    expect(withoutNul({ 'a\u0000': ['b\u0000c', { d: 'e\u0000' }], n: 1, ok: true, none: null, when })).toEqual({
      a: ['bc', { d: 'e' }],
      n: 1,
      ok: true,
      none: null,
      when,
    });
  });

  it('reaches no Facebook or Instagram comment event', () => {
    const facebook = normaliseFacebookWebhook(
      pageWebhook([feedCommentValue({ message: 'Sports\u0000 day?', from: { id: '1', name: 'Sam\u0000' } })]),
      NOW,
    );
    expect(facebook.events[0]).toMatchObject({ text: 'Sports day?', author: { name: 'Sam' } });
    const instagram = normaliseInstagramWebhook(instagramWebhook([instagramCommentValue({ text: 'Hi\u0000!' })]), NOW);
    expect(instagram.events[0]?.text).toBe('Hi!');
    expect(hasNul([facebook, instagram])).toBe(false);
  });

  it('reaches no private message or X mention', () => {
    const messages = normaliseGraphMessages(
      'facebook',
      {
        object: 'page',
        entry: [
          {
            id: PAGE_ID,
            time: 1,
            messaging: [
              {
                sender: { id: '7' },
                recipient: { id: PAGE_ID },
                timestamp: 1,
                message: { mid: 'm1', text: 'a\u0000b' },
              },
            ],
          },
        ],
      },
      NOW,
    );
    expect(messages[0]?.text).toBe('ab');
    const x = normaliseXMentions(xMentionsPage([xTweet({ text: `@school x\u0000y` })]), X_USER_ID, NOW);
    expect(x.events[0]?.text).toContain('xy');
    expect(hasNul([messages, x])).toBe(false);
  });
});
