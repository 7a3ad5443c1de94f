// The simulator's access tokens: the fixed demo tokens, and those its OAuth endpoints hand out (Meta user and Page
// tokens, X user tokens and their refresh tokens). A test can revoke them all, as a person removing the app would.
import { randomBytes } from 'node:crypto';

export type TokenApi = 'graph' | 'x';

export interface SimToken {
  api: TokenApi;
  kind: 'user' | 'page' | 'x';
  /** The permissions (Meta) or scopes (X) granted with it. */
  scopes: string[];
  /** Meta user tokens: what the app asked for, granted or not. */
  asked?: string[];
  /** null: does not expire (a Page token from a long-lived user token). */
  expiresAt: Date | null;
  pageId?: string;
}

export class SimTokens {
  private readonly tokens = new Map<string, SimToken>();
  /** X refresh tokens: each works once (X rotates them). */
  private readonly refreshTokens = new Map<string, { scopes: string[] }>();

  constructor(private readonly now: () => Date) {}

  add(token: string, info: SimToken): string {
    this.tokens.set(token, info);
    return token;
  }

  issue(info: SimToken): string {
    return this.add(`${info.api}-${info.kind}-${randomBytes(18).toString('base64url')}`, info);
  }

  issueRefresh(scopes: string[]): string {
    const token = `x-refresh-${randomBytes(18).toString('base64url')}`;
    this.refreshTokens.set(token, { scopes });
    return token;
  }

  /** Uses a refresh token: its scopes, or undefined when it is unknown, used or revoked. */
  useRefresh(token: string): { scopes: string[] } | undefined {
    const found = this.refreshTokens.get(token);
    this.refreshTokens.delete(token);
    return found;
  }

  get(api: TokenApi, token: string | undefined): SimToken | undefined {
    const found = token ? this.tokens.get(token) : undefined;
    if (!found || found.api !== api) return undefined;
    if (found.expiresAt && found.expiresAt.getTime() <= this.now().getTime()) return undefined;
    return found;
  }

  isValid(api: TokenApi, token: string | undefined): boolean {
    return this.get(api, token) !== undefined;
  }

  /** Every token of this API stops working (the app was removed, or the password changed). */
  revokeAll(api: TokenApi): void {
    for (const [token, info] of this.tokens) if (info.api === api) this.tokens.delete(token);
    if (api === 'x') this.refreshTokens.clear();
  }
}
