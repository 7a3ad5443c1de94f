// The connector that acts as one of the school's accounts, built from its sealed credentials and the configured
// platform URLs (the real APIs, or the platform simulator for the demo and tests).
import type { SocialAccountRow } from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import type { Connector, ConnectorCapabilities } from '../../connectors/connector.ts';
import { createFacebookConnector } from '../../connectors/facebook/facebook-connector.ts';
import { createInstagramConnector } from '../../connectors/instagram/instagram-connector.ts';
import { createXConnector } from '../../connectors/x/x-connector.ts';
import { FACEBOOK_CAPABILITIES } from '../../connectors/facebook/facebook-capabilities.ts';
import { INSTAGRAM_CAPABILITIES } from '../../connectors/instagram/instagram-capabilities.ts';
import { X_CAPABILITIES } from '../../connectors/x/x-capabilities.ts';

export function capabilitiesOf(platform: string): ConnectorCapabilities {
  return platform === 'instagram' ? INSTAGRAM_CAPABILITIES : platform === 'x' ? X_CAPABILITIES : FACEBOOK_CAPABILITIES;
}

export function connectorForAccount(ctx: AppContext, account: SocialAccountRow): Connector | null {
  if (!account.credentialsSealed) return null;
  const token = ctx.credentialsBox.open(account.credentialsSealed);
  const timeoutMs = ctx.platforms.connectorTimeoutMs;
  switch (account.platform) {
    case 'facebook':
      return createFacebookConnector({
        baseUrl: ctx.platforms.metaGraphUrl,
        pageId: account.externalId,
        pageAccessToken: token,
        ...(timeoutMs ? { timeoutMs } : {}),
      });
    case 'instagram':
      return createInstagramConnector({
        baseUrl: ctx.platforms.metaGraphUrl,
        instagramAccountId: account.externalId,
        pageAccessToken: token,
        ...(timeoutMs ? { timeoutMs } : {}),
      });
    case 'x':
      return createXConnector({
        baseUrl: ctx.platforms.xApiUrl,
        userId: account.externalId,
        bearerToken: token,
        ...(timeoutMs ? { timeoutMs } : {}),
      });
    default:
      return null;
  }
}
