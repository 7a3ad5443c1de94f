import { describe, expect, it } from 'vitest';
import { defaultIssuer, judgeIdTokenClaims, tenantProblem } from './id-token-claims.ts';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const entra = { provider: 'microsoft' as const, tenant: TENANT, mfaRequired: false };
const google = { provider: 'google' as const, tenant: 'oak.sch.uk', mfaRequired: false };

describe('id token claims', () => {
  it('accepts an Entra token of the tenant with a verified email, lower-casing it', () => {
    expect(
      judgeIdTokenClaims({ tid: TENANT.toUpperCase(), email: 'A.Head@Oak.sch.uk', email_verified: true }, entra),
    ).toEqual({
      ok: true,
      email: 'a.head@oak.sch.uk',
    });
    expect(judgeIdTokenClaims({ tid: TENANT, email: 'a@oak.sch.uk', xms_edov: '1' }, entra).ok).toBe(true);
  });
  it('refuses another tenant or Workspace domain, and a personal Google account', () => {
    expect(judgeIdTokenClaims({ tid: 'other', email: 'a@oak.sch.uk', email_verified: true }, entra)).toEqual({
      ok: false,
      problem: 'wrong_tenant',
    });
    expect(judgeIdTokenClaims({ email: 'a@gmail.com', email_verified: true }, google)).toMatchObject({
      problem: 'wrong_tenant',
    });
    expect(judgeIdTokenClaims({ hd: 'elm.sch.uk', email: 'a@elm.sch.uk', email_verified: true }, google)).toMatchObject(
      {
        problem: 'wrong_tenant',
      },
    );
  });
  it('refuses an email the provider does not vouch for', () => {
    expect(
      judgeIdTokenClaims({ hd: 'oak.sch.uk', email: 'a@oak.sch.uk', email_verified: false }, google),
    ).toMatchObject({
      problem: 'email_unverified',
    });
    expect(judgeIdTokenClaims({ tid: TENANT, email: 'a@oak.sch.uk' }, entra)).toMatchObject({
      problem: 'email_unverified',
    });
    expect(judgeIdTokenClaims({ hd: 'oak.sch.uk', email_verified: true }, google)).toMatchObject({
      problem: 'email_unverified',
    });
  });
  it('asks for mfa in amr only when MFA is required', () => {
    const claims = { tid: TENANT, email: 'a@oak.sch.uk', email_verified: true, amr: ['pwd'] };
    expect(judgeIdTokenClaims(claims, entra).ok).toBe(true);
    expect(judgeIdTokenClaims(claims, { ...entra, mfaRequired: true })).toMatchObject({ problem: 'mfa_missing' });
    expect(judgeIdTokenClaims({ ...claims, amr: ['pwd', 'mfa'] }, { ...entra, mfaRequired: true }).ok).toBe(true);
  });
  it('derives issuers and checks tenants', () => {
    expect(defaultIssuer('microsoft', TENANT)).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
    expect(defaultIssuer('google', 'oak.sch.uk')).toBe('https://accounts.google.com');
    expect(tenantProblem('microsoft', TENANT)).toBeNull();
    expect(tenantProblem('microsoft', 'oak.sch.uk')).not.toBeNull();
    expect(tenantProblem('google', 'oak.sch.uk')).toBeNull();
    expect(tenantProblem('google', 'not a domain')).not.toBeNull();
  });
});
