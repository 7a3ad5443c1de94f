import type { SessionStage } from '@schoolgate/contracts';

/** What a signed-in person must still do before they may use the app. */
export function sessionStage(input: {
  twoFactorEnabled: boolean;
  twoFactorVerified: boolean;
  needsTwoFactor: boolean;
  /** Signed in through an identity provider whose id token said MFA was done: that is the second factor. */
  providerMfa?: boolean;
}): SessionStage {
  if (input.providerMfa) return 'signed_in';
  if (input.twoFactorEnabled) return input.twoFactorVerified ? 'signed_in' : 'two_factor_required';
  return input.needsTwoFactor ? 'two_factor_enrolment_required' : 'signed_in';
}
