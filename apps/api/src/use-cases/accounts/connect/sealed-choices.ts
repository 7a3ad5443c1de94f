// What a platform offered after sign-in, kept sealed on the connection until the administrator chooses: the
// permissions granted and missing, and each Page, Instagram account or X user with the token that acts for it.
export interface SealedChoice {
  externalId: string;
  name: string;
  handle: string | null;
  accessToken: string;
  refreshToken: string | null;
  /** ISO; null when the token does not expire. */
  expiresAt: string | null;
  /** Instagram: the Page whose token acts for it. */
  linkedPageId: string | null;
}

export interface SealedChoices {
  granted: string[];
  missing: string[];
  choices: SealedChoice[];
}
