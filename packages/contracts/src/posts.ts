// Posts and replies with guardrails over HTTP (issue 11).
import { z } from 'zod';
import { POST_CATEGORIES, PUBLICATION_CHECKS } from '@schoolgate/domain/shared';
import { cappedPageOf, PageQuery } from './common.ts';
import { text } from './text.ts';

export const PublicationCheckSchema = z.enum(PUBLICATION_CHECKS);

/** Advisory findings sent anyway, and why (recorded in the audit trail). Consent findings are never overridable. */
export const PublicationOverride = z.object({
  checks: z.array(PublicationCheckSchema).min(1).max(PUBLICATION_CHECKS.length),
  reason: text().trim().min(5, 'Say why, in a few words.').max(500),
});
export type PublicationOverride = z.infer<typeof PublicationOverride>;

export const PublicationFindingSchema = z.object({
  check: PublicationCheckSchema,
  reason: text(),
  clause: text(),
  overridable: z.boolean(),
  pupilId: text().optional(),
});
export type PublicationFindingDto = z.infer<typeof PublicationFindingSchema>;

export const POST_STATUSES = ['draft', 'approved', 'scheduled', 'publishing', 'published', 'failed'] as const;
export const PostStatusSchema = z.enum(POST_STATUSES);
export const POST_IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const POST_IMAGES_MAX = 4;
/**
 * One short video per post, instead of photos: 3 to 140 seconds (Instagram Reels need 3, X takes 140 at most), an
 * MP4 or QuickTime file of 50 MB at most, with a poster frame the browser draws (a JPEG, PNG or WebP).
 */
export const POST_VIDEO_MAX_BYTES = 50 * 1024 * 1024;
export const POST_VIDEO_MIN_SECONDS = 3;
export const POST_VIDEO_MAX_SECONDS = 140;
export const POST_VIDEO_POSTER_MAX_BYTES = 5 * 1024 * 1024;

export const TaggedPupilInput = z.object({
  pupilId: z.uuid('Choose a pupil from the list.'),
  pictured: z.boolean(),
  named: z.boolean(),
});

export const SavePostRequest = z.object({
  text: text().trim().min(1, 'Write the post.').max(2200, 'Keep the post under 2,200 characters.'),
  category: z.enum(POST_CATEGORIES, 'Choose what the post is about.'),
  accountIds: z.array(z.uuid()).min(1, 'Choose at least one account.').max(10),
  controversial: z.boolean().default(false),
  tagged: z.array(TaggedPupilInput).max(60).default([]),
});
export type SavePostRequest = z.infer<typeof SavePostRequest>;

export const PostImageUpload = z.object({
  fileName: text().trim().min(1, 'Give the file a name.').max(200),
  base64: text()
    .min(1, 'The file is empty.')
    .max(Math.ceil((POST_IMAGE_MAX_BYTES * 4) / 3) + 4, 'The image is larger than 10 MB. Choose a smaller one.'),
  altText: text().trim().max(1000, 'Keep the description under 1,000 characters.').default(''),
});
export const PostImageUpdate = z.object({
  altText: text().trim().max(1000, 'Keep the description under 1,000 characters.'),
});
export const PostImageParams = z.object({ id: z.uuid(), imageId: z.uuid() });

const base64Of = (maxBytes: number, tooLarge: string) =>
  text()
    .min(1, 'The file is empty.')
    .max(Math.ceil((maxBytes * 4) / 3) + 4, tooLarge)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Send the file as base64.');
export const PostVideoUpload = z.object({
  fileName: text().trim().min(1, 'Give the file a name.').max(200),
  base64: base64Of(POST_VIDEO_MAX_BYTES, 'The video is larger than 50 MB. Shorten it or save it at a lower quality.'),
  /** A frame of the video drawn by the browser, shown before it plays. */
  posterBase64: base64Of(POST_VIDEO_POSTER_MAX_BYTES, 'The poster frame is larger than 5 MB.'),
  altText: text().trim().max(1000, 'Keep the description under 1,000 characters.').default(''),
});
export const PostVideoParams = z.object({ id: z.uuid(), videoId: z.uuid() });
export const PostVideoDto = z.object({
  id: z.uuid(),
  altText: text().nullable(),
  contentType: text(),
  sizeBytes: z.number().int(),
  durationMs: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
});
export type PostVideoDto = z.infer<typeof PostVideoDto>;

export const ApprovePostRequest = z.object({ override: PublicationOverride.optional() });
export const PublishPostRequest = z.object({
  /** When to publish (ISO date-time); absent: now. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export const PausePublishingRequest = z.object({
  paused: z.boolean(),
  reason: text().trim().max(500).default(''),
});
export const PublishingPauseResponse = z.object({
  paused: z.boolean(),
  reason: text().nullable(),
  since: text().nullable(),
});

export const PostSummary = z.object({
  id: z.uuid(),
  text: text(),
  category: text(),
  status: PostStatusSchema,
  authorName: text().nullable(),
  accounts: z.array(z.object({ id: z.uuid(), platform: text(), handle: text() })),
  scheduledFor: text().nullable(),
  updatedAt: text(),
  imageCount: z.number().int(),
});
/** A page of the school's posts, most recently changed first (`page` and `pageSize` as every list; page 1 by default). */
export const PostListQuery = PageQuery.extend({
  status: PostStatusSchema.optional(),
  search: text().trim().max(200).optional(),
});
export const PostListResponse = cappedPageOf(PostSummary);

export const PostTargetDto = z.object({
  accountId: z.uuid(),
  platform: text(),
  handle: text(),
  status: text(),
  attempts: z.number().int(),
  lastError: text().nullable(),
  externalPostId: text().nullable(),
  permalink: text().nullable(),
  publishedAt: text().nullable(),
  consentSnapshot: z
    .array(
      z.object({
        pupilId: text(),
        pupilName: text(),
        doNotPublish: z.boolean(),
        photo: text(),
        name: text(),
      }),
    )
    .nullable(),
});

export const PostDetail = PostSummary.extend({
  authorUserId: z.uuid(),
  controversial: z.boolean(),
  images: z.array(z.object({ id: z.uuid(), altText: text().nullable(), width: z.number(), height: z.number() })),
  /** The post's video, when it has one (then it has no photos). */
  video: PostVideoDto.nullable(),
  tagged: z.array(z.object({ pupilId: z.uuid(), name: text(), pictured: z.boolean(), named: z.boolean() })),
  findings: z.array(PublicationFindingSchema),
  overrides: z.array(z.object({ check: text(), reason: text(), by: text().nullable(), at: text() })),
  approvals: z.array(z.object({ name: text().nullable(), role: text(), at: text() })),
  approvalsRequired: z.number().int(),
  targets: z.array(PostTargetDto),
  /** What the signed-in person may do now, and if not, why. */
  can: z.object({
    edit: z.boolean(),
    approve: z.boolean(),
    publish: z.boolean(),
    why: z.array(text()),
  }),
});
export type PostDetail = z.infer<typeof PostDetail>;

export const PostPupilOption = z.object({ id: z.uuid(), name: text(), yearGroup: text() });
export const PostPupilQuery = z.object({ search: text().trim().max(100).default('') });
export const PostPupilOptions = z.object({ items: z.array(PostPupilOption) });

export const TakedownDto = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  postText: text(),
  platform: text(),
  handle: text(),
  permalink: text().nullable(),
  pupilName: text(),
  because: text(),
  status: z.enum(['open', 'done']),
  createdAt: text(),
  steps: z.array(z.object({ at: text(), via: text(), note: text() })),
  /** Whether the platform's API can delete the post (Facebook, X), and what to do by hand otherwise (Instagram). */
  removal: z.object({ viaApi: z.boolean(), manualSteps: z.array(text()), note: text().nullable() }),
  /** The last attempt to remove it through the API failed with this, and may be tried again. */
  lastError: text().nullable(),
});
export type TakedownDto = z.infer<typeof TakedownDto>;
export const TakedownList = z.object({ items: z.array(TakedownDto) });
export const TakedownDoneRequest = z.object({
  note: text().trim().min(1, 'Say what was done.').max(500),
});

export const POSTS_API = {
  posts: '/api/posts',
  pupils: '/api/posts/pupils',
  pause: '/api/posts/pause',
  takedowns: '/api/posts/takedowns',
  archive: '/api/posts/archive.json',
  post: (id: string) => `/api/posts/${id}`,
  images: (id: string) => `/api/posts/${id}/images`,
  image: (id: string, imageId: string) => `/api/posts/${id}/images/${imageId}`,
  thumbnail: (id: string, imageId: string) => `/api/posts/${id}/images/${imageId}/thumbnail`,
  video: (id: string) => `/api/posts/${id}/video`,
  videoItem: (id: string, videoId: string) => `/api/posts/${id}/video/${videoId}`,
  videoPoster: (id: string, videoId: string) => `/api/posts/${id}/video/${videoId}/poster`,
  videoFile: (id: string, videoId: string) => `/api/posts/${id}/video/${videoId}/file`,
  approve: (id: string) => `/api/posts/${id}/approve`,
  publish: (id: string) => `/api/posts/${id}/publish`,
  takedownDone: (id: string) => `/api/posts/takedowns/${id}/done`,
  takedownRemove: (id: string) => `/api/posts/takedowns/${id}/remove`,
} as const;
