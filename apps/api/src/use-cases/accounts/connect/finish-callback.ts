// The platform sends the browser back with a code and the state. The state is the callback's only credential (the
// session cookie is SameSite=Strict, so a browser coming back from Meta or X does not send it): it must be one this
// deployment made, unused and in time, and it is used up by the first callback that shows it, so a replayed or
// forged callback is refused before any code is exchanged. What the platform offers is then kept, sealed, for the
// person who started the connection, who alone may see it and choose (get-connection.ts, choose-connection.ts).
// Meta: the code becomes a user token, then a long-lived one; the Pages the person manages (with their linked
// Instagram accounts) and the permissions granted are kept. X: the code and the PKCE verifier become an access token
// and a refresh token, and X says which user they act for.
import {
  accountConnectionsRepository,
  auditRepository,
  tenancyRepository,
  type AccountConnectionRow,
} from '@schoolgate/db';
import type { ConnectProblem, OAuthCallbackQuery } from '@schoolgate/contracts';
import type { AppContext } from '../../../app-context.ts';
import { ConnectorError } from '../../../connectors/connector-error.ts';
import {
  exchangeMetaCode,
  grantedMetaPermissions,
  listManagedPages,
  longLivedMetaToken,
  META_SCOPES,
} from '../../../connectors/graph/graph-oauth.ts';
import { exchangeXCode, X_SCOPES, xUserOf } from '../../../connectors/x/x-oauth.ts';
import { metaApp, PLATFORMS_OF, redirectUri, xApp, type OAuthProvider } from './oauth-apps.ts';
import { stateDigest } from './start-connection.ts';
import type { SealedChoice, SealedChoices } from './sealed-choices.ts';

export type CallbackOutcome = { ok: true; connectionId: string } | { ok: false; problem: ConnectProblem };

export async function finishCallback(
  ctx: AppContext,
  provider: OAuthProvider,
  query: OAuthCallbackQuery,
  address: string | null,
): Promise<CallbackOutcome> {
  const now = ctx.now();
  const audit = async (connection: AccountConnectionRow, action: string, details: Record<string, unknown>) => {
    const school = await tenancyRepository.findSchool(ctx.db, connection.schoolId);
    if (!school) return;
    await auditRepository.append(ctx.db, {
      trustId: school.trustId,
      schoolId: school.id,
      actorUserId: connection.startedBy,
      actorAddress: address,
      action,
      entityType: 'social_account',
      entityId: connection.accountId,
      details: { connectionId: connection.id, platform: connection.platform, ...details },
      now,
    });
  };
  const refuse = async (problem: ConnectProblem, connection: AccountConnectionRow | null) => {
    if (connection) {
      await ctx.db.transaction(async (tx) => {
        await accountConnectionsRepository.update(tx, connection.id, { status: 'failed', failure: problem });
      });
      await audit(connection, 'account.connect_refused', { problem });
    } else {
      // Nobody to tell and no school to file it under: the log keeps the attempt (no state, no code).
      ctx.log.warn({ provider, problem }, 'account connection callback refused');
    }
    return { ok: false, problem } as const;
  };

  if (!query.state) return refuse('state_missing', null);
  const digest = stateDigest(query.state);
  const connection = await accountConnectionsRepository.useState(ctx.db, digest, PLATFORMS_OF[provider], now);
  if (!connection) {
    const known = await accountConnectionsRepository.findByState(ctx.db, digest);
    if (!known || !PLATFORMS_OF[provider].includes(known.platform)) return refuse('state_unknown', null);
    const problem = known.callbackAt ? 'state_used' : 'state_expired';
    await audit(known, 'account.connect_refused', { problem });
    return { ok: false, problem };
  }
  if (query.error || !query.code) return refuse('cancelled', connection);

  const gathered =
    provider === 'meta' ? await gatherMeta(ctx, connection, query.code) : await gatherX(ctx, connection, query.code);
  if (!gathered.ok) {
    ctx.log.warn(
      { connectionId: connection.id, code: gathered.error.code },
      'account connection refused by the platform',
    );
    return refuse('platform_refused', connection);
  }
  if (gathered.value.choices.length === 0) return refuse('nothing_to_connect', connection);
  await accountConnectionsRepository.update(ctx.db, connection.id, {
    status: 'choosing',
    choicesSealed: ctx.credentialsBox.seal(JSON.stringify(gathered.value)),
  });
  await audit(connection, 'account.connect_authorised', {
    offered: gathered.value.choices.length,
    missingPermissions: gathered.value.missing,
  });
  return { ok: true, connectionId: connection.id };
}

type Gathered = { ok: true; value: SealedChoices } | { ok: false; error: ConnectorError };

async function gatherMeta(ctx: AppContext, connection: AccountConnectionRow, code: string): Promise<Gathered> {
  const app = metaApp(ctx);
  const now = ctx.now();
  const short = await exchangeMetaCode(app, code, redirectUri(ctx, 'meta'), now);
  if (!short.ok) return short;
  const long = await longLivedMetaToken(app, short.value.accessToken, now);
  if (!long.ok) return long;
  const userToken = long.value.accessToken;
  const granted = await grantedMetaPermissions(app, userToken);
  if (!granted.ok) return granted;
  const pages = await listManagedPages(app, userToken);
  if (!pages.ok) return pages;
  const instagram = connection.platform === 'instagram';
  const asked: readonly string[] = instagram ? META_SCOPES.instagram : META_SCOPES.facebook;
  return {
    ok: true,
    value: {
      granted: granted.value,
      missing: asked.filter((s) => !granted.value.includes(s)),
      choices: pages.value.flatMap((page): SealedChoice[] =>
        instagram
          ? page.instagram
            ? [
                {
                  externalId: page.instagram.id,
                  name: `${page.instagram.username} (linked to ${page.name})`,
                  handle: page.instagram.username,
                  accessToken: page.accessToken,
                  refreshToken: null,
                  expiresAt: null,
                  linkedPageId: page.id,
                },
              ]
            : []
          : [
              {
                externalId: page.id,
                name: page.name,
                handle: null,
                accessToken: page.accessToken,
                refreshToken: null,
                // A Page token from a long-lived user token does not expire.
                expiresAt: null,
                linkedPageId: null,
              },
            ],
      ),
    },
  };
}

async function gatherX(ctx: AppContext, connection: AccountConnectionRow, code: string): Promise<Gathered> {
  const app = xApp(ctx);
  const now = ctx.now();
  if (!connection.codeVerifierSealed) return { ok: false, error: missingVerifier() };
  const tokens = await exchangeXCode(
    app,
    { code, verifier: ctx.credentialsBox.open(connection.codeVerifierSealed), redirectUri: redirectUri(ctx, 'x') },
    now,
  );
  if (!tokens.ok) return tokens;
  const user = await xUserOf(app, tokens.value.accessToken, now);
  if (!user.ok) return user;
  return {
    ok: true,
    value: {
      granted: tokens.value.scopes,
      missing: X_SCOPES.filter((s) => !tokens.value.scopes.includes(s)),
      choices: [
        {
          externalId: user.value.id,
          name: user.value.name,
          handle: user.value.username,
          accessToken: tokens.value.accessToken,
          refreshToken: tokens.value.refreshToken,
          expiresAt: tokens.value.expiresAt?.toISOString() ?? null,
          linkedPageId: null,
        },
      ],
    },
  };
}

function missingVerifier(): ConnectorError {
  // Cannot happen for a row this code made; treated as the platform refusing rather than trusted.
  return new ConnectorError('AUTH_FAILED', 'No PKCE verifier stored', { retryable: false });
}
