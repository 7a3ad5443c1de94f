// The simulator's memory: the school accounts, their posts, the comments on them and who each account has
// blocked. Ids are made from counters so a fresh simulator playing the same scenario gives the same ids.
import type { Platform } from '../connectors/normalised-event.ts';

export interface SimAccount {
  platform: Platform;
  id: string;
  name: string;
  handle?: string;
}

/** A picture on a simulated post, as the platform received it (issue 11): tests check the bytes and description. */
export interface SimImage {
  id: string;
  contentType: string;
  bytes: Buffer;
  altText: string | null;
  /** Where the platform fetched it from (Instagram's image_url); null when the bytes were uploaded. */
  fetchedFrom: string | null;
}

/**
 * A video as the platform received it (issue 11), and how its processing goes: so many "still processing" answers,
 * then ready, or failed with the platform's reason.
 */
export interface SimVideo {
  id: string;
  contentType: string;
  bytes: Buffer;
  /** The description sent as alt text (X), or null. */
  altText: string | null;
  durationMs: number | null;
  /** Where the platform fetched it from (Instagram's video_url); null when the bytes were uploaded. */
  fetchedFrom: string | null;
  processing: SimVideoProcessing;
}

export interface SimVideoProcessing {
  /** Status checks still to answer "in progress". */
  stillProcessing: number;
  /** The reason processing fails, or null when it succeeds. */
  failure: string | null;
}

export interface SimPost {
  id: string;
  accountId: string;
  text: string;
  createdAt: Date;
  images?: SimImage[];
  video?: SimVideo;
  /** Deleted by the account through the API (a take-down). */
  deleted?: boolean;
}

/**
 * Something uploaded and not (yet) a post: a Facebook photo uploaded unpublished, an Instagram media container
 * (one picture, or a carousel of them), or an X media upload.
 */
export interface SimMedia {
  id: string;
  accountId: string;
  kind: 'facebook_photo' | 'instagram_container' | 'instagram_carousel' | 'x_media' | 'instagram_reel' | 'x_video';
  image: SimImage | null;
  /** A Reels container's or an X video upload's video (set once an X upload is finalized). */
  video?: SimVideo;
  /** An X chunked upload under way: what INIT announced, and the parts APPENDed so far by segment index. */
  upload?: { mediaType: string; totalBytes: number; parts: Map<number, Buffer>; finalized: boolean };
  caption: string | null;
  carouselItem: boolean;
  children: string[];
  /** Attached to a post, or published: it cannot be used again. */
  used: boolean;
}

export interface SimAuthor {
  id: string;
  name: string;
  handle?: string;
}

export interface SimComment {
  id: string;
  platform: Platform;
  accountId: string;
  postId: string;
  parentId?: string;
  author: SimAuthor;
  text: string;
  createdAt: Date;
  editedAt?: Date;
  hidden: boolean;
  deleted: boolean;
}

/** Every action the simulated platforms carried out through their APIs, for tests to check. */
export interface SimAction {
  api: 'graph' | 'x';
  action:
    'hide' | 'unhide' | 'delete' | 'reply' | 'block' | 'publish' | 'upload' | 'describe' | 'delete_post' | 'status';
  targetId: string;
  at: Date;
}

export class SimulatorState {
  readonly accounts = new Map<string, SimAccount>();
  readonly posts = new Map<string, SimPost>();
  readonly comments = new Map<string, SimComment>();
  readonly blocked = new Map<string, Set<string>>();
  readonly actions: SimAction[] = [];
  /** Uploaded pictures and containers by id; every picture received by id (for the simulator's pages). */
  readonly media = new Map<string, SimMedia>();
  readonly images = new Map<string, SimImage>();
  /** Pages subscribed to the app's webhooks, with their fields (POST /{page-id}/subscribed_apps). */
  readonly subscriptions = new Map<string, string[]>();
  /** Page id -> the Instagram business account linked to it. */
  readonly linkedInstagram = new Map<string, string>();
  /**
   * How the next video received is processed (tests and the demo set it; used once): by default one "still
   * processing" answer, then ready.
   */
  nextVideoProcessing: Partial<SimVideoProcessing> | null = null;
  readonly videos = new Map<string, SimVideo>();
  private counter = 0;

  newVideo(input: Omit<SimVideo, 'id' | 'processing'>): SimVideo {
    this.counter += 1;
    const next = this.nextVideoProcessing ?? {};
    this.nextVideoProcessing = null;
    const video: SimVideo = {
      ...input,
      id: `video-${this.counter}`,
      processing: { stillProcessing: next.stillProcessing ?? 1, failure: next.failure ?? null },
    };
    this.videos.set(video.id, video);
    return video;
  }

  addAccount(account: SimAccount): SimAccount {
    this.accounts.set(account.id, account);
    return account;
  }

  account(platform: Platform): SimAccount {
    const found = [...this.accounts.values()].find((a) => a.platform === platform);
    if (!found) throw new Error(`The simulator has no ${platform} account`);
    return found;
  }

  addPost(accountId: string, text: string, createdAt: Date): SimPost {
    const account = this.accounts.get(accountId);
    if (!account) throw new Error(`No simulated account ${accountId}`);
    const post = { id: this.newId(account.platform, account.id), accountId, text, createdAt };
    this.posts.set(post.id, post);
    return post;
  }

  addComment(input: Omit<SimComment, 'id' | 'platform' | 'accountId' | 'hidden' | 'deleted'>): SimComment {
    const post = this.posts.get(input.postId);
    if (!post) throw new Error(`No simulated post ${input.postId}`);
    const account = this.accounts.get(post.accountId) as SimAccount;
    const comment: SimComment = {
      ...input,
      id: this.newId(account.platform, post.id),
      platform: account.platform,
      accountId: account.id,
      hidden: false,
      deleted: false,
    };
    this.comments.set(comment.id, comment);
    return comment;
  }

  addMedia(input: Omit<SimMedia, 'id' | 'used'>): SimMedia {
    const account = this.accounts.get(input.accountId);
    if (!account) throw new Error(`No simulated account ${input.accountId}`);
    const media: SimMedia = { ...input, id: this.newId(account.platform === 'x' ? 'x' : 'instagram', ''), used: false };
    if (media.image) this.images.set(media.image.id, media.image);
    this.media.set(media.id, media);
    return media;
  }

  newImage(input: Omit<SimImage, 'id'>): SimImage {
    this.counter += 1;
    const image = { ...input, id: `img-${this.counter}` };
    this.images.set(image.id, image);
    return image;
  }

  /** A post that exists and was not deleted, or undefined. */
  livePost(id: string): SimPost | undefined {
    const post = this.posts.get(id);
    return post && !post.deleted ? post : undefined;
  }

  /** A live (not deleted) comment, or undefined. */
  liveComment(id: string): SimComment | undefined {
    const comment = this.comments.get(id);
    return comment && !comment.deleted ? comment : undefined;
  }

  isBlocked(accountId: string, authorId: string): boolean {
    return this.blocked.get(accountId)?.has(authorId) ?? false;
  }

  block(accountId: string, authorId: string): void {
    const set = this.blocked.get(accountId) ?? new Set<string>();
    set.add(authorId);
    this.blocked.set(accountId, set);
  }

  /**
   * Ids in each platform's own style: Facebook `<page>_<post>` for posts and `<post>_<comment>` for comments,
   * Instagram long numbers, X increasing 19-digit snowflakes (since_id relies on them growing).
   */
  private newId(platform: Platform, parentId: string): string {
    this.counter += 1;
    const n = this.counter;
    if (platform === 'facebook') {
      const tail = parentId.includes('_') ? parentId.split('_')[1] : parentId;
      return `${tail}_${String(1_000_000_000 + n)}`;
    }
    if (platform === 'instagram') return String(17_950_000_000_000_000n + BigInt(n));
    return String(1_850_000_000_000_000_000n + BigInt(n) * 1_000n);
  }
}
