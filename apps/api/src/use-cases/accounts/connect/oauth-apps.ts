// The school's Meta app and X app as configured, and the addresses the platforms send the browser back to.
// Connecting a platform whose app is not configured is refused with the setting to add, in words.
import { AppError } from '@schoolgate/domain';
import type { AppContext } from '../../../app-context.ts';
import { DEFAULT_TIMEOUT_MS } from '../../../connectors/connector.ts';
import type { MetaAppSettings } from '../../../connectors/graph/graph-oauth.ts';
import type { XAppSettings } from '../../../connectors/x/x-oauth.ts';

export type OAuthProvider = 'meta' | 'x';

export const providerOf = (platform: string): OAuthProvider => (platform === 'x' ? 'x' : 'meta');

/** The platforms each callback may finish. */
export const PLATFORMS_OF: Record<OAuthProvider, string[]> = { meta: ['facebook', 'instagram'], x: ['x'] };

export const CALLBACK_PATHS: Record<OAuthProvider, string> = {
  meta: '/api/oauth/meta/callback',
  x: '/api/oauth/x/callback',
};

export function redirectUri(ctx: AppContext, provider: OAuthProvider): string {
  return `${ctx.publicUrl}${CALLBACK_PATHS[provider]}`;
}

export function metaApp(ctx: AppContext): MetaAppSettings {
  const oauth = ctx.platforms.oauth;
  if (!oauth?.metaAppId || !ctx.platforms.metaAppSecret) {
    throw new AppError(
      'CONFLICT',
      'Schoolgate is not set up to connect Facebook or Instagram yet: whoever runs Schoolgate must add the school’s Meta app (META_APP_ID and META_APP_SECRET).',
    );
  }
  return {
    graphUrl: ctx.platforms.metaGraphUrl,
    dialogUrl: oauth.metaDialogUrl,
    appId: oauth.metaAppId,
    appSecret: ctx.platforms.metaAppSecret,
    timeoutMs: ctx.platforms.connectorTimeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

export function xApp(ctx: AppContext): XAppSettings {
  const oauth = ctx.platforms.oauth;
  if (!oauth?.xClientId) {
    throw new AppError(
      'CONFLICT',
      'Schoolgate is not set up to connect X yet: whoever runs Schoolgate must add the school’s X app (X_CLIENT_ID, and X_CLIENT_SECRET for a confidential client).',
    );
  }
  return {
    apiUrl: ctx.platforms.xApiUrl,
    authorizeUrl: oauth.xAuthorizeUrl,
    clientId: oauth.xClientId,
    ...(oauth.xClientSecret ? { clientSecret: oauth.xClientSecret } : {}),
    timeoutMs: ctx.platforms.connectorTimeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}
