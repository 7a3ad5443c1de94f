// The connector that acts as one of the school's accounts, built from its sealed credentials and the configured
// platform URLs (the real APIs, or the platform simulator for the demo and tests).
import type { SocialAccountRow } from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import type { Connector, ConnectorCapabilities } from '../../connectors/connector.ts';
import { createGraphConnector } from '../../connectors/graph/graph-connector.ts';
import { FACEBOOK_PAGE, INSTAGRAM_ACCOUNT } from '../../connectors/graph/graph-platforms.ts';
import { createXConnector } from '../../connectors/x/x-connector.ts';
import { X_CAPABILITIES } from '../../connectors/x/x-capabilities.ts';

export function capabilitiesOf(platform: string): ConnectorCapabilities {
  return platform === 'instagram'
    ? INSTAGRAM_ACCOUNT.capabilities
    : platform === 'x'
      ? X_CAPABILITIES
      : FACEBOOK_PAGE.capabilities;
}

export function connectorForAccount(ctx: AppContext, account: SocialAccountRow): Connector | null {
  if (!account.credentialsSealed) return null;
  const token = ctx.credentialsBox.open(account.credentialsSealed);
  const timeoutMs = ctx.platforms.connectorTimeoutMs;
  switch (account.platform) {
    case 'facebook':
    case 'instagram':
      // An Instagram account acts with the token of the Page it is linked to, stored with the account.
      return createGraphConnector(account.platform === 'facebook' ? FACEBOOK_PAGE : INSTAGRAM_ACCOUNT, {
        baseUrl: ctx.platforms.metaGraphUrl,
        accountId: account.externalId,
        accessToken: token,
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
