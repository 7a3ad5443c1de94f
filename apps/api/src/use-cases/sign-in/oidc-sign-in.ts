// Signing in with the school's identity provider (OpenID Connect, authorization code flow with PKCE). Start: a
// random state, nonce and PKCE verifier, kept server-side for ten minutes and usable once; the state also goes in a
// cookie so the sign-in finishes only in the browser that started it. Finish: openid-client checks the answer
// (state, issuer, signature, audience, expiry, nonce, PKCE), then the claims must name the school's tenant or domain
// and a verified email, which must belong to an active staff record there. No person is ever created: a staff
// record without a sign-in is given one, linked to it. Docs: docs/sign-in.md.
import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import {
  oidcSignInAttemptsRepository,
  signInLinksRepository,
  signInProvidersRepository,
  staffInvitationsRepository,
  tenancyRepository,
  usersRepository,
  type SignInProviderRow,
} from '@schoolgate/db';
import { judgeIdTokenClaims, type ProviderSignInProblem, type SignInProviderKind } from '@schoolgate/domain';
import type { SessionStage } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import { safeError } from '../../logging/safe-error.ts';
import { loadMemberships } from '../auth/memberships.ts';
import { openSession } from '../auth/open-session.ts';
import { oidcConfigurationOf, redirectUriOf } from './oidc-client.ts';

const ATTEMPT_MS = 10 * 60_000;
const digest = (value: string) => createHash('sha256').update(value).digest('hex');

/** A refusal with the reason the person is shown; thrown inside the transaction so nothing is kept. */
class ProviderSignInRefused extends Error {
  constructor(readonly problem: ProviderSignInProblem) {
    super(problem);
  }
}

export async function startOidcSignIn(
  ctx: AppContext,
  provider: SignInProviderKind,
  schoolId: string,
): Promise<{ ok: true; url: string; state: string } | { ok: false; problem: ProviderSignInProblem }> {
  const row = await signInProvidersRepository.forSchool(ctx.db, schoolId, provider);
  if (!row) return { ok: false, problem: 'not_configured' };
  let config: client.Configuration;
  try {
    config = await oidcConfigurationOf(ctx, row);
  } catch (error) {
    ctx.log.warn({ providerId: row.id, err: safeError(error) }, 'identity provider discovery failed');
    return { ok: false, problem: 'token_rejected' };
  }
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const now = ctx.now();
  await oidcSignInAttemptsRepository.deleteEnded(ctx.db, new Date(now.getTime() - ATTEMPT_MS));
  await oidcSignInAttemptsRepository.insert(ctx.db, {
    stateHash: digest(state),
    providerId: row.id,
    schoolId,
    nonce,
    codeVerifierEncrypted: ctx.credentialsBox.seal(verifier),
    createdAt: now,
    expiresAt: new Date(now.getTime() + ATTEMPT_MS),
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUriOf(ctx, provider),
    scope: 'openid email profile',
    response_type: 'code',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(provider === 'google' ? { hd: row.tenant } : {}),
  });
  return { ok: true, url: url.href, state };
}

function problemOf(error: unknown): ProviderSignInProblem {
  if (error instanceof ProviderSignInRefused) return error.problem;
  // The provider said no (access_denied, invalid_grant for a used code) or could not be reached.
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError)
    return 'provider_refused';
  if (error instanceof TypeError) return 'provider_refused';
  // Anything openid-client refused in the answer itself: issuer, signature, audience, expiry, nonce.
  return 'token_rejected';
}

export type OidcFinish =
  { ok: true; token: string; stage: SessionStage } | { ok: false; problem: ProviderSignInProblem };

export async function finishOidcSignIn(
  ctx: AppContext,
  provider: SignInProviderKind,
  query: Record<string, unknown>,
  meta: { stateCookie: string | null; address: string | null; previousToken: string | null },
): Promise<OidcFinish> {
  const state = typeof query.state === 'string' ? query.state : '';
  // The state must be the one this browser was given, and one the server issued and has not seen back yet.
  if (!state || !meta.stateCookie || meta.stateCookie !== state) return { ok: false, problem: 'state_mismatch' };
  const attempt = await oidcSignInAttemptsRepository.use(ctx.db, digest(state), ctx.now());
  if (!attempt) return { ok: false, problem: 'state_mismatch' };
  const row = await signInProvidersRepository.findById(ctx.db, attempt.providerId);
  if (!row || row.provider !== provider) return { ok: false, problem: 'state_mismatch' };
  try {
    const config = await oidcConfigurationOf(ctx, row);
    const callbackUrl = new URL(redirectUriOf(ctx, provider));
    for (const [key, value] of Object.entries(query))
      if (typeof value === 'string') callbackUrl.searchParams.set(key, value);
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: ctx.credentialsBox.open(attempt.codeVerifierEncrypted),
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    return await signInMatchedPerson(ctx, row, attempt.schoolId, claims, meta);
  } catch (error) {
    const problem = problemOf(error);
    if (!(error instanceof ProviderSignInRefused)) {
      ctx.log.info({ providerId: row.id, problem, err: safeError(error) }, 'identity provider sign-in refused');
    }
    return { ok: false, problem };
  }
}

async function signInMatchedPerson(
  ctx: AppContext,
  row: SignInProviderRow,
  schoolId: string,
  claims: Record<string, unknown>,
  meta: { address: string | null; previousToken: string | null },
): Promise<OidcFinish> {
  const kind = row.provider as SignInProviderKind;
  const verdict = judgeIdTokenClaims(claims, { provider: kind, tenant: row.tenant, mfaRequired: false });
  if (!verdict.ok) throw new ProviderSignInRefused(verdict.problem);
  const now = ctx.now();
  // The sign-in is for the provider's scope: its school, or every school of its trust.
  const inScope = (place: { trustId: string; schoolId: string }) =>
    place.trustId === row.trustId && (row.schoolId === null || place.schoolId === row.schoolId);
  const result = await ctx.db.transaction(async (tx) => {
    let user = await usersRepository.findByEmail(tx, verdict.email);
    if (!user) {
      const records = await signInLinksRepository.unlinkedStaffByEmail(tx, row.trustId, row.schoolId, verdict.email);
      const first = records[0];
      if (!first) throw new ProviderSignInRefused('unknown_person');
      user = await usersRepository.create(tx, {
        email: verdict.email,
        displayName: `${first.firstName} ${first.lastName}`,
        passwordHash: null,
      });
      await signInLinksRepository.linkStaff(
        tx,
        records.map((r) => r.id),
        user.id,
      );
      // Any invitation they had is done with: they have a sign-in now.
      await staffInvitationsRepository.replaceOpen(
        tx,
        records.map((r) => r.id),
        now,
      );
    }
    if (user.status !== 'active') throw new ProviderSignInRefused('account_disabled');
    const memberships = await loadMemberships(tx, user.id);
    const places = memberships.places.filter(inScope);
    const place = places.find((p) => p.schoolId === schoolId) ?? places[0];
    if (!place) throw new ProviderSignInRefused('unknown_person');
    const amrSaysMfa = Array.isArray(claims.amr) && claims.amr.includes('mfa');
    if (row.providerEnforcesMfa && memberships.needsTwoFactor && !amrSaysMfa)
      throw new ProviderSignInRefused('mfa_missing');
    await signInLinksRepository.markProviderSignIn(tx, user.id, now);
    return openSession(ctx, tx, {
      user,
      memberships,
      place,
      meta,
      providerMfa: row.providerEnforcesMfa && amrSaysMfa,
      details: { provider: kind },
    });
  });
  return { ok: true, ...result };
}

/** The providers a sign-in page may offer: one school's, or every configured one of the deployment. */
export async function offeredProviders(ctx: AppContext, schoolId: string | undefined) {
  if (!schoolId) return { providers: (await signInProvidersRepository.offeredEverywhere(ctx.db)) as OfferedProvider[] };
  const school = await tenancyRepository.findSchool(ctx.db, schoolId);
  if (!school) return { providers: [] };
  const rows = await signInProvidersRepository.offeredForSchool(ctx.db, schoolId);
  return {
    providers: rows.map((r) => ({ provider: r.provider as SignInProviderKind, schoolId, label: school.name })),
  };
}
type OfferedProvider = { provider: SignInProviderKind; schoolId: string; label: string };
