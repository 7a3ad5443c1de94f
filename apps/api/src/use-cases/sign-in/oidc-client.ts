// The openid-client configuration of one school's identity provider: discovered from its issuer (cached for an
// hour), with the client secret opened from its sealed form. Plain http is allowed only for an issuer on this
// machine (a test provider); every other issuer must be https.
import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import type { SignInProviderRow } from '@schoolgate/db';
import { defaultIssuer, type SignInProviderKind } from '@schoolgate/domain';
import type { AppContext } from '../../app-context.ts';

const CACHE_MS = 3_600_000;
const cache = new Map<string, { config: client.Configuration; until: number }>();

export function issuerOf(row: Pick<SignInProviderRow, 'provider' | 'tenant' | 'issuerUrl'>): string {
  return row.issuerUrl ?? defaultIssuer(row.provider as SignInProviderKind, row.tenant);
}

export function redirectUriOf(ctx: AppContext, provider: string): string {
  return `${ctx.publicUrl}/api/auth/oidc/${provider}/callback`;
}

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export async function oidcConfigurationOf(ctx: AppContext, row: SignInProviderRow): Promise<client.Configuration> {
  const issuer = new URL(issuerOf(row));
  const secret = ctx.credentialsBox.open(row.clientSecretEncrypted);
  const key = createHash('sha256').update(`${issuer.href}\n${row.clientId}\n${secret}`).digest('hex');
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.config;
  // Non-repudiation checks: the id token's signature is verified against the provider's published keys, not taken
  // on trust because it came over TLS (which OpenID Connect would allow).
  const execute = [client.enableNonRepudiationChecks];
  if (issuer.protocol === 'http:' && isLoopback(issuer)) execute.push(client.allowInsecureRequests);
  const options: client.DiscoveryRequestOptions = { timeout: 10, execute };
  if (ctx.oidcFetch) options[client.customFetch] = ctx.oidcFetch as client.CustomFetch;
  // discovery() checks that the document's issuer is exactly the one configured.
  const config = await client.discovery(issuer, row.clientId, secret, undefined, options);
  cache.set(key, { config, until: Date.now() + CACHE_MS });
  return config;
}

/** Forget cached configurations (after the settings change, and between tests). */
export function forgetOidcConfigurations() {
  cache.clear();
}
