// An administrator starts connecting an approved account (or reconnecting one): a random state, kept only as a
// digest, single use and good for ten minutes, and for X a PKCE verifier kept sealed; the answer is the platform's
// sign-in page to send the browser to.
import { accountConnectionsRepository, socialAccountsRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import { createHash, randomBytes } from 'node:crypto';
import type { ConnectionStarted } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../../app-context.ts';
import { schoolOf } from '../../../app-context.ts';
import { META_SCOPES, metaDialogUrl } from '../../../connectors/graph/graph-oauth.ts';
import { pkcePair, X_SCOPES, xAuthorizeUrl } from '../../../connectors/x/x-oauth.ts';
import { authorise } from '../../authorise.ts';
import { recordAudit } from '../../audit-entry.ts';
import { metaApp, providerOf, redirectUri, xApp } from './oauth-apps.ts';

export const STATE_TTL_MS = 10 * 60_000;

export const stateDigest = (state: string) => createHash('sha256').update(state).digest('hex');

export async function startConnection(ctx: AppContext, actor: Actor, accountId: string): Promise<ConnectionStarted> {
  authorise(actor, 'update', 'account');
  const schoolId = schoolOf(actor);
  const account = await socialAccountsRepository.findInSchool(ctx.db, schoolId, accountId);
  if (!account) throw notFound('That account');
  if (!['approved_not_connected', 'needs_reconnecting', 'active'].includes(account.status)) {
    throw new AppError('CONFLICT', 'This account cannot be connected in its present state.');
  }
  const provider = providerOf(account.platform);
  const state = randomBytes(32).toString('base64url');
  const now = ctx.now();
  let url: string;
  let codeVerifierSealed: string | null = null;
  if (provider === 'meta') {
    const platform = account.platform === 'instagram' ? 'instagram' : 'facebook';
    url = metaDialogUrl(metaApp(ctx), {
      redirectUri: redirectUri(ctx, 'meta'),
      state,
      scopes: META_SCOPES[platform],
    });
  } else {
    const pkce = pkcePair();
    codeVerifierSealed = ctx.credentialsBox.seal(pkce.verifier);
    url = xAuthorizeUrl(xApp(ctx), {
      redirectUri: redirectUri(ctx, 'x'),
      state,
      challenge: pkce.challenge,
      scopes: X_SCOPES,
    });
  }
  await ctx.db.transaction(async (tx) => {
    const row = await accountConnectionsRepository.insert(tx, {
      schoolId,
      accountId,
      startedBy: actor.userId,
      platform: account.platform,
      stateHash: stateDigest(state),
      codeVerifierSealed,
      expiresAt: new Date(now.getTime() + STATE_TTL_MS),
      createdAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'account.connect_started',
        entityType: 'social_account',
        entityId: accountId,
        details: { platform: account.platform, connectionId: row.id },
      },
      now,
    );
  });
  return { redirectUrl: url };
}
