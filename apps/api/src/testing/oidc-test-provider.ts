// A real OpenID provider (oidc-provider) on loopback for the sign-in tests, standing in for Microsoft Entra ID or
// Google Workspace. Whoever "signs in" at it is chosen by the test (`nextLogin`); it answers with a code, and its
// id tokens carry the claims the test gave that account. `tamperingFetch` lets a test change the provider's id
// token on its way to Schoolgate (re-signed with the provider's own key, or with another one).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

export interface TestAccount {
  /** Claims the id token carries (email, email_verified, tid, hd ...). */
  claims: Record<string, unknown>;
  /** The authentication methods the login reports (amr). */
  amr?: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** The account that signs in at the next authorization request. */
  nextLogin: { accountId: string };
  /** Changes the next id token Schoolgate receives; null: untouched. */
  tamper: ((idToken: string) => Promise<string>) | null;
  /** A fetch for openid-client that applies `tamper` to the token endpoint's answer. */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Re-signs an id token's claims (changed by `edit`) with the provider's key, or with a stranger's. */
  resign(
    idToken: string,
    edit: (claims: Record<string, unknown>) => void,
    options?: { foreignKey?: boolean },
  ): Promise<string>;
  /** Follows the browser's redirects from an authorization URL to Schoolgate's callback; returns the callback URL. */
  authorize(authorizationUrl: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startTestProvider(options: { redirectUris: string[] }): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const stranger = await generateKeyPair('RS256', { extractable: true });
  const clientId = 'schoolgate-test-client';
  const clientSecret = 'a-client-secret-for-tests-only-0123456789';
  const accounts = new Map<string, TestAccount>();
  const nextLogin = { accountId: '' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: { openid: ['sub', 'tid', 'hd', 'amr'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, ...(accounts.get(sub)?.claims ?? {}) }),
    }),
  });
  // Quiet: the provider logs refused requests, which several tests provoke on purpose.
  provider.on('server_error', () => undefined);
  const callback = provider.callback();

  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return void callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        const account = accounts.get(nextLogin.accountId);
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: nextLogin.accountId, amr: account?.amr ?? ['pwd'] } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const grant = new provider.Grant({
        accountId: details.session!.accountId,
        clientId: String(details.params.client_id),
      });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  const testProvider: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    accounts,
    nextLogin,
    tamper: null,
    async fetch(url, init) {
      const response = await fetch(url, init);
      const tamper = testProvider.tamper;
      if (!tamper || !url.endsWith('/token') || !response.ok) return response;
      const body = (await response.json()) as { id_token?: string };
      if (body.id_token) body.id_token = await tamper(body.id_token);
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      });
    },
    async resign(idToken, edit, resignOptions = {}) {
      const claims = { ...decodeJwt(idToken) } as Record<string, unknown>;
      edit(claims);
      const key = resignOptions.foreignKey ? stranger.privateKey : await importJWK(jwk, 'RS256');
      return new SignJWT(claims).setProtectedHeader(decodeProtectedHeader(idToken) as { alg: string }).sign(key);
    },
    async authorize(authorizationUrl) {
      const jar = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hop = 0; hop < 10; hop += 1) {
        if (url.origin !== issuer) return url;
        const response = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const line of response.headers.getSetCookie()) {
          const [pair] = line.split(';');
          const at = pair!.indexOf('=');
          jar.set(pair!.slice(0, at), pair!.slice(at + 1));
        }
        const location = response.headers.get('location');
        if (!location)
          throw new Error(`The test provider answered ${response.status} without a redirect: ${await response.text()}`);
        url = new URL(location, url);
      }
      throw new Error('Too many redirects at the test provider');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return testProvider;
}
