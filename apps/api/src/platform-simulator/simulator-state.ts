// The simulator's memory: the school accounts, their posts, the comments on them and who each account has
// blocked. Ids are made from counters so a fresh simulator playing the same scenario gives the same ids.
import type { Platform } from '../connectors/normalised-event.ts';

export interface SimAccount {
  platform: Platform;
  id: string;
  name: string;
  handle?: string;
}

export interface SimPost {
  id: string;
  accountId: string;
  text: string;
  createdAt: Date;
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
  action: 'hide' | 'unhide' | 'delete' | 'reply' | 'block' | 'publish';
  targetId: string;
  at: Date;
}

export class SimulatorState {
  readonly accounts = new Map<string, SimAccount>();
  readonly posts = new Map<string, SimPost>();
  readonly comments = new Map<string, SimComment>();
  readonly blocked = new Map<string, Set<string>>();
  readonly actions: SimAction[] = [];
  /** Pages subscribed to the app's webhooks, with their fields (POST /{page-id}/subscribed_apps). */
  readonly subscriptions = new Map<string, string[]>();
  /** Page id -> the Instagram business account linked to it. */
  readonly linkedInstagram = new Map<string, string>();
  private counter = 0;

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
