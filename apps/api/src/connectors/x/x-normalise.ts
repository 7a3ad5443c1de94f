// One page of GET /2/users/:id/mentions turned into normalised events. Pure: no I/O, no clock.
//
// Replies to the school's posts mention the account, so the mentions timeline holds both. The post a reply belongs
// to is its conversation's first post (conversation_id); a reply to a reply names its parent in referenced_tweets.
// Asked with the `referenced_tweets.id` expansion, X includes the posts replied to (`includes.tweets`): for a direct
// reply that is the conversation's first post, whose wording is then kept with the event. X gives no permalink.
import { z } from 'zod';
import { dedupeKeyFor, type NormaliseOutcome, type NormalisedEvent, type SkippedChange } from '../normalised-event.ts';
import { withoutNul } from '../storable-text.ts';

const Tweet = z.object({
  id: z.string().min(1),
  text: z.string(),
  author_id: z.string().min(1),
  created_at: z.iso.datetime({ offset: true }),
  conversation_id: z.string().optional(),
  in_reply_to_user_id: z.string().optional(),
  referenced_tweets: z.array(z.object({ type: z.string(), id: z.string() })).optional(),
});
const IncludedTweet = z.object({ id: z.string(), text: z.string() });
const User = z.object({ id: z.string(), name: z.string().optional(), username: z.string().optional() });
const MentionsPage = z.object({
  data: z.array(z.unknown()).optional(),
  includes: z.object({ users: z.array(z.unknown()).optional(), tweets: z.array(z.unknown()).optional() }).optional(),
  meta: z.object({ newest_id: z.string().optional(), next_token: z.string().optional() }).optional(),
});

export function normaliseXMentions(page: unknown, accountExternalId: string, receivedAt: Date): NormaliseOutcome {
  const parsed = MentionsPage.safeParse(withoutNul(page));
  if (!parsed.success) return { events: [], skipped: [{ reason: 'not an X mentions answer', raw: page }] };
  const users = new Map<string, z.infer<typeof User>>();
  for (const rawUser of parsed.data.includes?.users ?? []) {
    const user = User.safeParse(rawUser);
    if (user.success) users.set(user.data.id, user.data);
  }
  const included = new Map<string, string>();
  for (const rawIncluded of parsed.data.includes?.tweets ?? []) {
    const found = IncludedTweet.safeParse(rawIncluded);
    if (found.success) included.set(found.data.id, found.data.text);
  }
  const events: NormalisedEvent[] = [];
  const skipped: SkippedChange[] = [];
  for (const rawTweet of parsed.data.data ?? []) {
    const tweet = Tweet.safeParse(rawTweet);
    if (!tweet.success) {
      skipped.push({ reason: `post unreadable: ${tweet.error.issues[0]?.message ?? ''}`, raw: rawTweet });
      continue;
    }
    const t = tweet.data;
    const root = t.conversation_id ?? t.id;
    const parent = t.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
    const user = users.get(t.author_id);
    const createdAt = new Date(t.created_at);
    // A post that starts its own conversation (a mention, not a reply) is its own post.
    const postText = root === t.id ? t.text : included.get(root);
    const event: NormalisedEvent = {
      platform: 'x',
      kind: 'comment_added',
      accountExternalId,
      postExternalId: root,
      commentExternalId: t.id,
      ...(parent && parent !== root ? { parentCommentExternalId: parent } : {}),
      author: {
        externalId: t.author_id,
        ...(user?.name ? { name: user.name } : {}),
        ...(user?.username ? { handle: user.username } : {}),
      },
      text: t.text,
      ...(postText !== undefined ? { post: { text: postText } } : {}),
      createdAt,
      occurredAt: createdAt,
      receivedAt,
      dedupeKey: '',
      raw: rawTweet,
    };
    event.dedupeKey = dedupeKeyFor(event);
    events.push(event);
  }
  return { events, skipped };
}
