// Staff suggestions for posts over HTTP (issue 11, 000 "speak to the Principal"), and what the policy lets a post be
// about and where it may go, for the forms.
import { z } from 'zod';
import { PLATFORMS, POST_CATEGORIES } from '@schoolgate/domain/shared';
import { cappedPageOf, PageQuery } from './common.ts';
import { SavePostRequest } from './posts.ts';
import { text } from './text.ts';

export const SuggestPostRequest = z.object({
  text: text().trim().min(1, 'Write what you would like posted.').max(2200, 'Keep it under 2,200 characters.'),
  /** The accounts it is meant for; empty: whichever the runners think fit. */
  accountIds: z.array(z.uuid()).max(10).default([]),
  category: z.enum(POST_CATEGORIES, 'Choose what the post is about.').optional(),
  note: text().trim().max(1000, 'Keep the note under 1,000 characters.').default(''),
});
export type SuggestPostRequest = z.infer<typeof SuggestPostRequest>;

export const POST_SUGGESTION_STATUSES = ['open', 'drafted', 'declined'] as const;
export const PostSuggestionStatusSchema = z.enum(POST_SUGGESTION_STATUSES);

export const PostSuggestionDto = z.object({
  id: z.uuid(),
  text: text(),
  accounts: z.array(z.object({ id: z.uuid(), platform: text(), handle: text() })),
  category: text().nullable(),
  note: text().nullable(),
  status: PostSuggestionStatusSchema,
  byName: text().nullable(),
  mine: z.boolean(),
  createdAt: text(),
  decidedByName: text().nullable(),
  decidedAt: text().nullable(),
  declineReason: text().nullable(),
  postId: z.uuid().nullable(),
  /** Whether the signed-in person may turn it into a draft or decline it. */
  mayDecide: z.boolean(),
});
export type PostSuggestionDto = z.infer<typeof PostSuggestionDto>;

export const PostSuggestionListQuery = PageQuery.extend({ status: PostSuggestionStatusSchema.optional() });
export const PostSuggestionList = cappedPageOf(PostSuggestionDto).extend({
  /** Whether the signed-in person decides suggestions (the head, senior leaders, an account's runners). */
  decides: z.boolean(),
});

export const DeclineSuggestionRequest = z.object({
  reason: text().trim().min(5, 'Say why, in a few words: the colleague who suggested it reads this.').max(500),
});
/** The draft as the runner settled it, pre-filled from the suggestion. */
export const DraftFromSuggestionRequest = SavePostRequest;

/** What the enforced policy lets a post be about and where it may go (the forms offer only these). */
export const PostOptionsResponse = z.object({
  categories: z.array(z.enum(POST_CATEGORIES)),
  platforms: z.array(z.enum(PLATFORMS)),
});

export const POST_SUGGESTIONS_API = {
  suggestions: '/api/post-suggestions',
  draft: (id: string) => `/api/post-suggestions/${id}/draft`,
  decline: (id: string) => `/api/post-suggestions/${id}/decline`,
  postOptions: '/api/posts/options',
} as const;
