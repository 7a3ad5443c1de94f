/**
 * Finding links in a comment and telling which ones say nothing about spam: a link to the
 * school's own site or to a public body (gov.uk, sch.uk, nhs.uk, bbc.co.uk) is ordinary school
 * news, and a JustGiving or GoFundMe link is a request for money (the donation rules), not spam.
 * Shared by the normaliser (what the model sees for a link) and the commerce phase (how many
 * links). Pure.
 */

/** Public bodies and registries only UK public services can use; links to them are not spam. */
export const BENIGN_DOMAINS: readonly string[] = [
  'gov.uk',
  'sch.uk',
  'nhs.uk',
  'bbc.co.uk',
  'ac.uk',
  'police.uk',
  'parliament.uk',
];

/** Fundraising platforms: a link to one is a donation signal, found by the donation rules. */
export const FUNDRAISING_DOMAINS: readonly string[] = [
  'justgiving.com',
  'gofundme.com',
  'crowdfunder.co.uk',
  'paypal.me',
];

export type LinkKind = 'benign' | 'fundraising' | 'other';

export interface FoundLink {
  /** The link as written, without trailing punctuation. */
  text: string;
  host: string;
  kind: LinkKind;
  index: number;
}

// One alternation so each link is matched once: a scheme, else "www.", else a bare domain with a
// common ending ("bit.ly/x", "school.sch.uk"). The look-behind keeps the domain of an email
// address ("sarah@gmail.com") and the middle of a longer token out.
const LINK =
  /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|(?<![@\w.\-/])(?:[a-z0-9-]+\.)+(?:com|net|org|ly|io|me|info|biz|uk)\b(?:\/[^\s<>"]*)?/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;

/** Lower-case host of a link, without "www." and any port or credentials. */
export const hostOf = (link: string): string =>
  link
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^.*@/, '')
    .replace(/:\d*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Normalises a domain given by a school ("https://www.stmarys.org.uk/" -> "stmarys.org.uk"). */
export const normaliseDomain = (domain: string): string => hostOf(domain.trim());

export const linkKind = (host: string, trustedDomains: readonly string[] = []): LinkKind => {
  if (FUNDRAISING_DOMAINS.some((d) => under(host, d))) return 'fundraising';
  if (BENIGN_DOMAINS.some((d) => under(host, d)) || trustedDomains.some((d) => d.length > 0 && under(host, d))) {
    return 'benign';
  }
  return 'other';
};

/** Every link in the text, each once, in order. */
export const findLinks = (text: string, trustedDomains: readonly string[] = []): FoundLink[] => {
  const out: FoundLink[] = [];
  for (const m of text.matchAll(LINK)) {
    const link = m[0].replace(TRAILING, '');
    const host = hostOf(link);
    out.push({ text: link, host, kind: linkKind(host, trustedDomains), index: m.index });
  }
  return out;
};

/** Replaces each link with what `replace` returns for it (the normaliser's placeholders). */
export const replaceLinks = (
  text: string,
  replace: (link: FoundLink) => string,
  trustedDomains: readonly string[] = [],
): string =>
  text.replace(LINK, (whole: string, index: number) => {
    const link = whole.replace(TRAILING, '');
    const host = hostOf(link);
    return replace({ text: link, host, kind: linkKind(host, trustedDomains), index }) + whole.slice(link.length);
  });
