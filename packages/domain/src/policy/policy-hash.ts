// The content hash of a policy version: proof, years later, of exactly which settings and which wording the
// governors approved and staff signed. The domain stays pure and portable (STYLE rule 1), so it builds the exact
// text to hash and takes the SHA-256 function as an argument: node:crypto on the server, Web Crypto elsewhere.
import type { PolicyContent } from './policy-content.ts';
import type { PolicySettings } from './policy-settings.schema.ts';

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex characters. */
export type Sha256Hex = (text: string) => string;

/** Bump only if the canonical form changes; it is part of what is hashed, so old hashes stay checkable. */
export const POLICY_HASH_FORMAT = 'schoolgate.policy-version.v1';
/** Versions that hold the school's own words (issue 15): the content is hashed beside settings and document. */
export const POLICY_HASH_FORMAT_WITH_CONTENT = 'schoolgate.policy-version.v2';

/**
 * JSON with object keys sorted at every level and no spaces, so the same value always gives the same text.
 * Array order is kept: where order means nothing (platforms, categories) the settings parser has already fixed it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot hash a non-finite number: ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`).join(',')}}`;
  }
  throw new TypeError(`Cannot hash a value of type ${typeof value}`);
}

/**
 * The exact text whose SHA-256 is the version's hash; store it beside the hash if you want to re-check later.
 * With `content` (the school's words, the Statement of Acceptance and the responsible person) the v2 form is used,
 * so a change to any of them changes the hash even where the rendered text would not show it.
 */
export function policyVersionContent(
  settings: PolicySettings,
  renderedMarkdown: string,
  content?: PolicyContent | null,
): string {
  if (content) {
    return canonicalJson({ format: POLICY_HASH_FORMAT_WITH_CONTENT, settings, content, document: renderedMarkdown });
  }
  return canonicalJson({ format: POLICY_HASH_FORMAT, settings, document: renderedMarkdown });
}

export function hashPolicyVersion(
  settings: PolicySettings,
  renderedMarkdown: string,
  sha256: Sha256Hex,
  content?: PolicyContent | null,
): string {
  const digest = sha256(policyVersionContent(settings, renderedMarkdown, content));
  if (!/^[0-9a-f]{64}$/.test(digest))
    throw new TypeError('The sha256 function must return 64 lowercase hex characters.');
  return digest;
}
