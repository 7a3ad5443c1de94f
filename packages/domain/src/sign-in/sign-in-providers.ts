// Signing in with the school's identity provider (issue 13): the providers, the problems a sign-in can end in and
// what each means for a person, as one list shared by the API (which names the problem) and the web (which says it).
// Browser-safe: imports nothing.

export const SIGN_IN_PROVIDERS = ['microsoft', 'google'] as const;
export type SignInProviderKind = (typeof SIGN_IN_PROVIDERS)[number];

export const SIGN_IN_PROVIDER_LABELS: Record<SignInProviderKind, string> = {
  microsoft: 'Microsoft',
  google: 'Google',
};

/** Why a sign-in with a provider was refused; the web shows the message, the audit and tests use the code. */
export const PROVIDER_SIGN_IN_PROBLEMS = {
  not_configured: 'This school has not set up signing in with that provider. Sign in with your email and password.',
  state_mismatch:
    'That sign-in link was already used, has expired, or was started in another browser. Start signing in again.',
  provider_refused:
    'The provider did not sign you in. Start again, or ask your school’s IT lead if it keeps happening.',
  token_rejected:
    'The provider’s answer could not be trusted (wrong issuer, bad signature or out of date), so you were not signed in. Ask your school’s IT lead to check the sign-in settings.',
  wrong_tenant: 'That account belongs to another organisation. Sign in with your school account.',
  email_unverified:
    'Your provider did not confirm your email address, so Schoolgate cannot match it to a staff record.',
  unknown_person:
    'No member of staff at this school has that email address, or their record is not active. Ask your school office to add or invite you.',
  mfa_missing:
    'Your school asks for multi-factor sign-in at its provider, and this sign-in did not include it. Sign in again and complete the extra step.',
  account_disabled: 'This account is not active. Ask your school office to restore it.',
} as const;
export type ProviderSignInProblem = keyof typeof PROVIDER_SIGN_IN_PROBLEMS;

export function isProviderSignInProblem(value: unknown): value is ProviderSignInProblem {
  return typeof value === 'string' && Object.hasOwn(PROVIDER_SIGN_IN_PROBLEMS, value);
}
