// Which id token claims let a provider sign-in match a staff record (issue 13, docs/sign-in.md). The signature,
// issuer, audience, expiry, nonce and PKCE are checked by openid-client before these claims are looked at.
import type { ProviderSignInProblem, SignInProviderKind } from './sign-in-providers.ts';

/** The issuer a provider's tokens come from, unless the school names another (a test provider). */
export function defaultIssuer(provider: SignInProviderKind, tenant: string): string {
  return provider === 'microsoft'
    ? `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/v2.0`
    : 'https://accounts.google.com';
}

/** An Entra tenant id is a GUID; a Google Workspace domain is a host name. */
export function tenantProblem(provider: SignInProviderKind, tenant: string): string | null {
  if (provider === 'microsoft') {
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tenant)
      ? null
      : 'Enter the directory (tenant) id: a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47.';
  }
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(tenant)
    ? null
    : 'Enter the Google Workspace domain, like myschool.org.uk.';
}

export interface ClaimRule {
  provider: SignInProviderKind;
  tenant: string;
  /** The school says its provider enforces MFA, and the person's role needs a second factor. */
  mfaRequired: boolean;
}

export type ClaimVerdict = { ok: true; email: string } | { ok: false; problem: ProviderSignInProblem };

const truthy = (value: unknown) => value === true || value === 'true' || value === 1 || value === '1';

export function judgeIdTokenClaims(claims: Record<string, unknown>, rule: ClaimRule): ClaimVerdict {
  const tenant = rule.tenant.toLowerCase();
  if (rule.provider === 'microsoft') {
    if (typeof claims.tid !== 'string' || claims.tid.toLowerCase() !== tenant)
      return { ok: false, problem: 'wrong_tenant' };
  } else if (typeof claims.hd !== 'string' || claims.hd.toLowerCase() !== tenant) {
    // Google sets hd only for Workspace accounts: a personal Gmail account has none.
    return { ok: false, problem: 'wrong_tenant' };
  }
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  // Entra sends email_verified only when asked; its optional claim xms_edov says the email's domain is the tenant's.
  const verified = truthy(claims.email_verified) || (rule.provider === 'microsoft' && truthy(claims.xms_edov));
  if (!email || !verified) return { ok: false, problem: 'email_unverified' };
  if (rule.mfaRequired) {
    const amr = Array.isArray(claims.amr) ? claims.amr : [];
    if (!amr.includes('mfa')) return { ok: false, problem: 'mfa_missing' };
  }
  return { ok: true, email };
}
