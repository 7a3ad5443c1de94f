// The sign-in side of the simulated platforms, so connecting an account goes through the same redirects as with
// Meta and X:
//
// Meta (Facebook Login for Business): GET /oauth/meta/dialog shows the permissions asked for with an "Allow" button
// (each can be unticked, as Meta's "Edit access" allows); allowing sends the browser back to redirect_uri with a
// one-time code and the state. Graph then gives: GET /graph/<v>/oauth/access_token (code -> short-lived user token;
// grant_type=fb_exchange_token -> long-lived user token), GET /me/accounts (the Pages the person manages, each
// with its Page token and linked Instagram business account), GET /me/permissions, and POST and GET
// /{page-id}/subscribed_apps.
//
// X (OAuth 2.0 with PKCE): GET /oauth/x/authorize shows "Authorize app"; POST /x/2/oauth2/token exchanges the code
// (checking the code verifier against the S256 challenge, as X does) or a refresh token (each works once), and
// GET /x/2/users/me says who the token belongs to.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, type SimulatorContext } from './simulator-context.ts';
import type { SimAccount } from './simulator-state.ts';

const CODE_TTL_MS = 10 * 60_000;
const SHORT_USER_TOKEN_S = 3600;
const LONG_USER_TOKEN_S = 60 * 24 * 3600;
const X_TOKEN_S = 7200;

interface IssuedCode {
  api: 'graph' | 'x';
  redirectUri: string;
  scopes: string[];
  /** What the app asked for (Meta reports the rest as declined). */
  asked: string[];
  expiresAt: number;
  codeChallenge?: string;
}

type Query = Record<string, string | undefined>;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1c1e21}
main{border:1px solid #ccd0d5;border-radius:8px;padding:1.5rem}h1{font-size:1.3rem}fieldset{border:0;padding:0}
label{display:block;margin:.4rem 0}button{font-size:1rem;padding:.5rem 1.2rem;margin-right:.5rem;border-radius:6px;
border:1px solid #1b4fa0;background:#1b4fa0;color:#fff}button.secondary{background:#fff;color:#1b4fa0}
.note{color:#555;font-size:.9rem}</style></head><body><main>${body}</main></body></html>`;
}

function hidden(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
}

function redirectWith(reply: FastifyReply, redirectUri: string, params: Record<string, string>) {
  const url = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return reply.redirect(url.toString(), 302);
}

const formOrQuery = (request: FastifyRequest): Query => ({
  ...((request.query ?? {}) as Query),
  ...(typeof request.body === 'object' && request.body !== null ? (request.body as Query) : {}),
});

/** The scopes ticked on the consent page: the form sends each ticked box as scope_<name>=on. */
const ticked = (form: Query, asked: string[]) => asked.filter((s) => form[`scope_${s}`] === 'on');

export function registerOAuthRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  const codes = new Map<string, IssuedCode>();
  const newCode = (info: IssuedCode) => {
    const code = randomBytes(24).toString('base64url');
    codes.set(code, info);
    return code;
  };
  /** Takes a code (it works once), or undefined. */
  const takeCode = (api: 'graph' | 'x', code: string | undefined): IssuedCode | undefined => {
    const found = code ? codes.get(code) : undefined;
    if (code) codes.delete(code);
    if (!found || found.api !== api || found.expiresAt < ctx.now().getTime()) return undefined;
    return found;
  };

  const oauthError = (reply: FastifyReply, message: string, subcode?: number) =>
    reply.code(400).send({
      error: {
        message,
        type: 'OAuthException',
        code: 100,
        ...(subcode ? { error_subcode: subcode } : {}),
        fbtrace_id: 'SimulatedTrace',
      },
    });

  // --- Meta ---
  app.get('/oauth/meta/dialog', async (request, reply) => {
    const q = request.query as Query;
    if (q['client_id'] !== ctx.apps.metaAppId || !q['redirect_uri'] || !q['state']) {
      return reply
        .code(400)
        .type('text/html')
        .send(page('Error', '<h1>Invalid app ID</h1><p>The app asking to connect is not known to Meta.</p>'));
    }
    const scopes = (q['scope'] ?? '').split(/[ ,]+/).filter(Boolean);
    const boxes = scopes
      .map((s) => `<label><input type="checkbox" name="scope_${escapeHtml(s)}" checked> ${escapeHtml(s)}</label>`)
      .join('');
    return reply.type('text/html').send(
      page(
        'Simulated Meta: connect Schoolgate',
        `<h1>Schoolgate would like to manage your Pages and Instagram accounts</h1>
<p class="note">This is the platform simulator standing in for Meta. Nothing leaves this computer.</p>
<form method="post" action="/oauth/meta/dialog">${hidden({ redirect_uri: q['redirect_uri'], state: q['state'], scope: scopes.join(',') })}
<fieldset><legend>What Schoolgate may do</legend>${boxes}</fieldset>
<p><button type="submit" name="choice" value="allow">Allow</button>
<button type="submit" name="choice" value="cancel" class="secondary">Cancel</button></p></form>`,
      ),
    );
  });

  app.post('/oauth/meta/dialog', async (request, reply) => {
    const form = formOrQuery(request);
    const redirectUri = form['redirect_uri'];
    const state = form['state'] ?? '';
    if (!redirectUri) return reply.code(400).send('redirect_uri missing');
    if (form['choice'] !== 'allow') {
      return redirectWith(reply, redirectUri, {
        error: 'access_denied',
        error_reason: 'user_denied',
        error_description: 'Permissions error',
        state,
      });
    }
    const asked = (form['scope'] ?? '').split(',').filter(Boolean);
    const code = newCode({
      api: 'graph',
      redirectUri,
      scopes: ticked(form, asked),
      asked,
      expiresAt: ctx.now().getTime() + CODE_TTL_MS,
    });
    return redirectWith(reply, redirectUri, { code, state });
  });

  app.get('/graph/:version/oauth/access_token', async (request, reply) => {
    const q = request.query as Query;
    if (q['client_id'] !== ctx.apps.metaAppId || q['client_secret'] !== ctx.apps.metaAppSecret) {
      return oauthError(reply, 'Error validating client secret.', 1);
    }
    if (q['grant_type'] === 'fb_exchange_token') {
      const user = ctx.tokens.get('graph', q['fb_exchange_token']);
      if (!user || user.kind !== 'user') return oauthError(reply, 'Error validating access token.', 460);
      const expiresAt = new Date(ctx.now().getTime() + LONG_USER_TOKEN_S * 1000);
      const token = ctx.tokens.issue({ api: 'graph', kind: 'user', scopes: user.scopes, asked: user.asked, expiresAt });
      return { access_token: token, token_type: 'bearer', expires_in: LONG_USER_TOKEN_S };
    }
    const code = takeCode('graph', q['code']);
    if (!code) return oauthError(reply, 'This authorization code has been used or has expired.', 36009);
    if (code.redirectUri !== q['redirect_uri']) {
      return oauthError(
        reply,
        'Error validating verification code. Please make sure your redirect_uri is identical.',
        36008,
      );
    }
    const expiresAt = new Date(ctx.now().getTime() + SHORT_USER_TOKEN_S * 1000);
    const token = ctx.tokens.issue({ api: 'graph', kind: 'user', scopes: code.scopes, asked: code.asked, expiresAt });
    return { access_token: token, token_type: 'bearer', expires_in: SHORT_USER_TOKEN_S };
  });

  const userToken = (request: FastifyRequest) => {
    const q = request.query as Query;
    const token = bearerToken(request.headers.authorization) ?? q['access_token'];
    const found = ctx.tokens.get('graph', token);
    return found?.kind === 'user' ? found : undefined;
  };
  const invalidToken = (reply: FastifyReply) =>
    reply.code(400).send({
      error: {
        message: 'Error validating access token.',
        type: 'OAuthException',
        code: 190,
        fbtrace_id: 'SimulatedTrace',
      },
    });

  app.get('/graph/:version/me/accounts', async (request, reply) => {
    const user = userToken(request);
    if (!user) return invalidToken(reply);
    if (!user.scopes.includes('pages_show_list')) return { data: [] };
    const pages = [...ctx.state.accounts.values()].filter((a) => a.platform === 'facebook');
    return {
      data: pages.map((p) => {
        const instagram = linkedInstagram(ctx, p);
        return {
          id: p.id,
          name: p.name,
          access_token: ctx.tokens.issue({
            api: 'graph',
            kind: 'page',
            scopes: user.scopes,
            expiresAt: null,
            pageId: p.id,
          }),
          ...(instagram ? { instagram_business_account: { id: instagram.id, username: instagram.handle } } : {}),
        };
      }),
      paging: { cursors: { before: 'QVFI', after: 'QVFI' } },
    };
  });

  app.get('/graph/:version/me/permissions', async (request, reply) => {
    const user = userToken(request);
    if (!user) return invalidToken(reply);
    const asked = new Set([...user.scopes, ...(user.asked ?? [])]);
    return {
      data: [...asked].map((permission) => ({
        permission,
        status: user.scopes.includes(permission) ? 'granted' : 'declined',
      })),
    };
  });

  type PageRequest = FastifyRequest<{ Params: { version: string; id: string } }>;
  app.post('/graph/:version/:id/subscribed_apps', async (request: PageRequest, reply) => {
    const token = ctx.tokens.get('graph', bearerToken(request.headers.authorization));
    if (!token) return invalidToken(reply);
    if (token.kind !== 'page' || token.pageId !== request.params.id) {
      return reply.code(400).send({
        error: {
          message: '(#210) A page access token is required to request this resource.',
          type: 'OAuthException',
          code: 210,
        },
      });
    }
    if (!token.scopes.includes('pages_manage_metadata')) {
      return reply.code(403).send({
        error: {
          message: '(#200) The pages_manage_metadata permission is required to subscribe a Page to an app.',
          type: 'OAuthException',
          code: 200,
        },
      });
    }
    const fields = (formOrQuery(request)['subscribed_fields'] ?? '').split(',').filter(Boolean);
    ctx.state.subscriptions.set(request.params.id, fields);
    return { success: true };
  });

  app.get('/graph/:version/:id/subscribed_apps', async (request: PageRequest, reply) => {
    const token = ctx.tokens.get('graph', bearerToken(request.headers.authorization));
    if (!token) return invalidToken(reply);
    const fields = ctx.state.subscriptions.get(request.params.id);
    return {
      data: fields ? [{ id: ctx.apps.metaAppId, name: 'Schoolgate', subscribed_fields: fields }] : [],
    };
  });

  // --- X ---
  app.get('/oauth/x/authorize', async (request, reply) => {
    const q = request.query as Query;
    const problems = [
      q['client_id'] !== ctx.apps.xClientId && 'client_id is not a known app',
      q['response_type'] !== 'code' && 'response_type must be code',
      !q['redirect_uri'] && 'redirect_uri is missing',
      !q['state'] && 'state is missing',
      (!q['code_challenge'] || q['code_challenge_method'] !== 'S256') &&
        'a code_challenge with method S256 is required',
    ].filter((p): p is string => typeof p === 'string');
    if (problems.length > 0) {
      return reply
        .code(400)
        .type('text/html')
        .send(page('Error', `<h1>Something went wrong</h1><p>${escapeHtml(problems.join('; '))}</p>`));
    }
    const scopes = (q['scope'] ?? '').split(' ').filter(Boolean);
    const boxes = scopes
      .map((s) => `<label><input type="checkbox" name="scope_${escapeHtml(s)}" checked> ${escapeHtml(s)}</label>`)
      .join('');
    return reply.type('text/html').send(
      page(
        'Simulated X: authorise Schoolgate',
        `<h1>Schoolgate wants to access your X account</h1>
<p class="note">This is the platform simulator standing in for X. Nothing leaves this computer.</p>
<form method="post" action="/oauth/x/authorize">${hidden({
          redirect_uri: q['redirect_uri']!,
          state: q['state']!,
          scope: scopes.join(' '),
          code_challenge: q['code_challenge']!,
        })}<fieldset><legend>Things this app can do</legend>${boxes}</fieldset>
<p><button type="submit" name="choice" value="allow">Authorize app</button>
<button type="submit" name="choice" value="cancel" class="secondary">Cancel</button></p></form>`,
      ),
    );
  });

  app.post('/oauth/x/authorize', async (request, reply) => {
    const form = formOrQuery(request);
    const redirectUri = form['redirect_uri'];
    if (!redirectUri) return reply.code(400).send('redirect_uri missing');
    const state = form['state'] ?? '';
    if (form['choice'] !== 'allow') return redirectWith(reply, redirectUri, { error: 'access_denied', state });
    const asked = (form['scope'] ?? '').split(' ').filter(Boolean);
    const code = newCode({
      api: 'x',
      redirectUri,
      scopes: ticked(form, asked),
      asked,
      expiresAt: ctx.now().getTime() + CODE_TTL_MS,
      codeChallenge: form['code_challenge'] ?? '',
    });
    return redirectWith(reply, redirectUri, { code, state });
  });

  const xTokenError = (reply: FastifyReply, description: string) =>
    reply.code(400).send({ error: 'invalid_request', error_description: description });

  app.post('/x/2/oauth2/token', async (request, reply) => {
    const form = formOrQuery(request);
    // A confidential client authenticates with Basic; a public one names its client_id in the form.
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [basicId, basicSecret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    const clientId = basicId ?? form['client_id'];
    if (clientId !== ctx.apps.xClientId || (basicSecret !== undefined && basicSecret !== ctx.apps.xClientSecret)) {
      return reply
        .code(401)
        .send({ error: 'unauthorized_client', error_description: 'Missing valid authorization header' });
    }
    let scopes: string[];
    if (form['grant_type'] === 'refresh_token') {
      const used = ctx.tokens.useRefresh(form['refresh_token'] ?? '');
      if (!used) return xTokenError(reply, 'Value passed for the token was invalid.');
      scopes = used.scopes;
    } else if (form['grant_type'] === 'authorization_code') {
      const code = takeCode('x', form['code']);
      if (!code) return xTokenError(reply, 'Value passed for the authorization code was invalid.');
      const verifier = form['code_verifier'] ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!verifier || challenge !== code.codeChallenge) {
        return xTokenError(reply, 'Value passed for the code_verifier was invalid.');
      }
      if (code.redirectUri !== form['redirect_uri'])
        return xTokenError(reply, 'Value passed for the redirect_uri was invalid.');
      scopes = code.scopes;
    } else {
      return xTokenError(reply, 'Value passed for the grant_type was invalid.');
    }
    const expiresAt = new Date(ctx.now().getTime() + X_TOKEN_S * 1000);
    const accessToken = ctx.tokens.issue({ api: 'x', kind: 'x', scopes, expiresAt });
    return {
      token_type: 'bearer',
      expires_in: X_TOKEN_S,
      access_token: accessToken,
      scope: scopes.join(' '),
      ...(scopes.includes('offline.access') ? { refresh_token: ctx.tokens.issueRefresh(scopes) } : {}),
    };
  });

  app.get('/x/2/users/me', async (request, reply) => {
    if (!ctx.tokens.isValid('x', bearerToken(request.headers.authorization))) {
      return reply.code(401).send({ title: 'Unauthorized', detail: 'Unauthorized', type: 'about:blank', status: 401 });
    }
    const account = ctx.state.account('x');
    return { data: { id: account.id, name: account.name, username: account.handle ?? account.name } };
  });
}

/** The Instagram business account linked to a Page, if any. */
function linkedInstagram(ctx: SimulatorContext, pageAccount: SimAccount): SimAccount | undefined {
  const id = ctx.state.linkedInstagram.get(pageAccount.id);
  return id ? ctx.state.accounts.get(id) : undefined;
}
