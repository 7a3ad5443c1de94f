// The head's (or the trust team's) settings for signing in with the school's identity provider. The client secret
// is sealed with the deployment's key and never sent back. Every change is audited, without the secret.
import { signInProvidersRepository, type SignInProviderRow } from '@schoolgate/db';
import { AppError, notFound, tenantProblem, type SignInProviderKind } from '@schoolgate/domain';
import type { SignInProviderSettings, SignInSettingsResponse } from '@schoolgate/contracts';
import type { z } from 'zod';
import type { SaveSignInProviderRequest as SaveSchema } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { forgetOidcConfigurations, redirectUriOf } from './oidc-client.ts';

type Scope = 'school' | 'trust';

function present(row: SignInProviderRow): SignInProviderSettings {
  return {
    provider: row.provider as SignInProviderKind,
    scope: row.schoolId ? 'school' : 'trust',
    tenant: row.tenant,
    clientId: row.clientId,
    hasClientSecret: row.clientSecretEncrypted.length > 0,
    issuerUrl: row.issuerUrl,
    providerEnforcesMfa: row.providerEnforcesMfa,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function assertMayEditScope(actor: Actor, scope: Scope) {
  if (scope === 'trust' && actor.role !== 'trust_admin') {
    throw new AppError('FORBIDDEN', 'Only the trust team can set a sign-in for every school of the trust.');
  }
}

export async function getSignInSettings(ctx: AppContext, actor: Actor): Promise<SignInSettingsResponse> {
  authorise(actor, 'read', 'sign_in');
  const schoolId = schoolOf(actor);
  const [school, trust] = await Promise.all([
    signInProvidersRepository.listAt(ctx.db, actor.trustId, schoolId),
    signInProvidersRepository.listAt(ctx.db, actor.trustId, null),
  ]);
  return {
    school: school.map(present),
    trust: trust.map(present),
    redirectUris: { microsoft: redirectUriOf(ctx, 'microsoft'), google: redirectUriOf(ctx, 'google') },
    canEditTrust: actor.role === 'trust_admin',
  };
}

export async function saveSignInProvider(
  ctx: AppContext,
  actor: Actor,
  provider: SignInProviderKind,
  input: z.output<typeof SaveSchema>,
): Promise<SignInSettingsResponse> {
  authorise(actor, 'update', 'sign_in');
  assertMayEditScope(actor, input.scope);
  const schoolId = input.scope === 'school' ? schoolOf(actor) : null;
  const tenant = input.tenant.toLowerCase();
  const problem = tenantProblem(provider, tenant);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, [{ field: 'tenant', message: problem }]);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const existing = await signInProvidersRepository.findAt(tx, actor.trustId, schoolId, provider);
    if (!existing && !input.clientSecret) {
      throw new AppError('VALIDATION_FAILED', 'Enter the client secret.', [
        { field: 'clientSecret', message: 'Enter the client secret.' },
      ]);
    }
    const values = {
      tenant,
      clientId: input.clientId,
      issuerUrl: input.issuerUrl ?? null,
      providerEnforcesMfa: input.providerEnforcesMfa,
      updatedAt: now,
      ...(input.clientSecret ? { clientSecretEncrypted: ctx.credentialsBox.seal(input.clientSecret) } : {}),
    };
    const id = existing
      ? (await signInProvidersRepository.update(tx, existing.id, values), existing.id)
      : (
          await signInProvidersRepository.insert(tx, {
            ...values,
            trustId: actor.trustId,
            schoolId,
            provider,
            clientSecretEncrypted: ctx.credentialsBox.seal(input.clientSecret!),
            createdAt: now,
          })
        ).id;
    await recordAudit(
      tx,
      actor,
      {
        action: 'sign_in.provider_saved',
        entityType: 'sign_in_provider',
        entityId: id,
        details: {
          provider,
          scope: input.scope,
          tenant,
          clientId: input.clientId,
          issuerUrl: input.issuerUrl ?? null,
          providerEnforcesMfa: input.providerEnforcesMfa,
          clientSecretChanged: Boolean(input.clientSecret),
        },
        // Trust-wide settings go in the trust's chain.
        schoolId,
      },
      now,
    );
  });
  forgetOidcConfigurations();
  return getSignInSettings(ctx, actor);
}

export async function removeSignInProvider(
  ctx: AppContext,
  actor: Actor,
  provider: SignInProviderKind,
  scope: Scope,
): Promise<SignInSettingsResponse> {
  authorise(actor, 'update', 'sign_in');
  assertMayEditScope(actor, scope);
  const schoolId = scope === 'school' ? schoolOf(actor) : null;
  await ctx.db.transaction(async (tx) => {
    const existing = await signInProvidersRepository.findAt(tx, actor.trustId, schoolId, provider);
    if (!existing) throw notFound('That sign-in provider');
    await signInProvidersRepository.delete(tx, existing.id);
    await recordAudit(
      tx,
      actor,
      {
        action: 'sign_in.provider_removed',
        entityType: 'sign_in_provider',
        entityId: existing.id,
        details: { provider, scope },
        schoolId,
      },
      ctx.now(),
    );
  });
  forgetOidcConfigurations();
  return getSignInSettings(ctx, actor);
}
