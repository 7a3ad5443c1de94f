/**
 * Phase 1: make spellings comparable. People dodge blocked-word lists with "f*ck", "id10t",
 * "f u c k" and "fuuuuck"; every later phase and the model see the undone spelling in `clean`,
 * while `lower` keeps punctuation for phrase rules and `raw` keeps the text for personal data.
 * The word lists and the model read the first MAX_ANALYSED_CHARS; the cheap rule phases
 * (personal data, links, money) read `fullRaw`/`fullLower`, up to MAX_RULE_CHARS.
 */
import { replaceLinks } from './links.ts';
import type { NormalisedText, Phase } from './phase.ts';

/** The word lists and the model read this much of a comment, so one huge line cannot stall the queue. */
export const MAX_ANALYSED_CHARS = 10_000;
/** The personal-data and link rules read this much, so a phone number at the end of a long post is found. */
export const MAX_RULE_CHARS = 200_000;

/** What the model sees for a link it should judge (the token it was trained with). */
export const LINK_PLACEHOLDER = 'url';
// Links are marked with a noncharacter while the text is cleaned, so only a real link becomes
// LINK_PLACEHOLDER; the plain word "url" is rewritten (it scored 0.99 spam on its own).
const LINK_MARK = '\uFDD0';
// Bounded and anchored at a word start so a long run of letters is not rescanned from each one.
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.]+/g;
const PLAIN_URL_WORD = /\burl('?s)?\b/g;

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '€': 'e',
};

/** Words a masked token ("f*ck", "c**t") may stand for; a mask that fits exactly one of them is that word. */
const MASKABLE = [
  'fuck',
  'fucking',
  'fucker',
  'shit',
  'shite',
  'cunt',
  'bitch',
  'twat',
  'wanker',
  'dick',
  'dickhead',
  'prick',
  'bastard',
  'arse',
  'asshole',
  'slut',
  'whore',
  'nigger',
  'nigga',
  'paki',
  'pakis',
  'faggot',
  'retard',
  'idiot',
  'bollocks',
  'piss',
  'pissed',
  'motherfucker',
];
/**
 * Then stems with common endings, for plurals and longer forms: "c**ts", "sh*tty", "w*nkers",
 * "b*tches". Tried second, so a mask the list above decides ("b******" is "bastard") stays as it was.
 */
const MASKABLE_STEMS = [
  'fuck',
  'shit',
  'cunt',
  'bitch',
  'twat',
  'wank',
  'wanker',
  'dick',
  'prick',
  'cock',
  'bastard',
  'arse',
  'slut',
  'whore',
  'nigger',
  'nigga',
  'paki',
  'faggot',
  'retard',
  'idiot',
  'piss',
  'tosser',
];
const MASK_ENDINGS = ['', 's', 'es', 'y', 'ty', 'ing', 'in', 'er', 'ers', 'ed'];
// "p**sy" fits "pissy" and this, so it stays undecided rather than becoming "pissy".
const MASKABLE_FORMS = [...MASKABLE_STEMS.flatMap((stem) => MASK_ENDINGS.map((ending) => stem + ending)), 'pussy'];

const byLength = (words: readonly string[]) => {
  const map = new Map<number, string[]>();
  for (const w of new Set(words)) map.set(w.length, [...(map.get(w.length) ?? []), w]);
  return map;
};
const MASK_TIERS = [byLength(MASKABLE), byLength(MASKABLE_FORMS)];

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decodeEntities = (s: string): string =>
  !s.includes('&')
    ? s
    : s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, body: string) => {
        if (body[0] === '#') {
          const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
          return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[body.toLowerCase()] ?? whole;
      });

/** The one listed word (else the one stem with an ending) the masked token fits, letter for letter. */
const unmask = (token: string): string => {
  // Other characters go first, so a "[" or "]" in the comment cannot open a class of its own.
  const pattern = new RegExp(`^${token.replace(/[^a-z*#_.-]/g, '').replace(/[*#_.-]/g, '[a-z]')}$`);
  for (const tier of MASK_TIERS) {
    const hits = (tier.get(token.length) ?? []).filter((w) => pattern.test(w));
    if (hits.length === 1) return hits[0] as string;
  }
  return token.replace(/[*#]/g, '');
};

/** Undo digit and symbol swaps only inside words that also have letters, so "07700" stays a number. */
const deLeet = (token: string): string => {
  if (!/[a-z]/.test(token) || !/[0-9@$!|€]/.test(token)) return token;
  let out = '';
  for (const ch of token) out += LEET[ch] ?? ch;
  return out;
};

/** Characters that make `cleanToken` do more than squeeze stretched letters: masks, swaps, digits. */
const SPECIAL = /[*#!|@$€0-9]/;

/** Whether a letter a-z appears three or more times in a row ("fuuuck"). */
const hasStretch = (token: string): boolean => {
  for (let i = 2; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 97 && c <= 122 && c === token.charCodeAt(i - 1) && c === token.charCodeAt(i - 2)) return true;
  }
  return false;
};

const cleanToken = (token: string): string => {
  // Most words have no mask, swap or stretch: nothing below would change them.
  if (!SPECIAL.test(token) && !hasStretch(token)) return token;
  let t = token;
  // A mask inside or at the end of a word ("f*ck", "sh**") hides letters.
  if (/[a-z0-9][*#]+|[*#]+[a-z]/.test(t)) t = unmask(deLeet(t.replace(/^[^a-z0-9*#]+|[^a-z0-9*#]+$/g, '')));
  t = deLeet(t.replace(/^[!|]+|[!|]+$/g, ''));
  // Stretched letters: keep two, so "fuuuck" and "sooo" meet the lexicon half-way (it also tries one).
  return t.replace(/([a-z])\1{2,}/g, '$1$1');
};

/** "f u c k", "f.u.c.k" and "f-u-c-k" become one word when three or more single letters run together. */
const joinSpacedLetters = (s: string): string =>
  s.replace(/\b(?:[a-z][ .\-_]){2,}[a-z]\b/g, (run) => run.replace(/[ .\-_]/g, ''));

/** Cuts at a length without leaving half of a surrogate pair (an emoji) at the end. */
const cut = (s: string, max: number): string => {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
};

/** Text that Unicode normalisation (NFKC, NFD, NFC) leaves as it is. */
const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
};
const nfkc = (s: string): string => (isAscii(s) ? s : s.normalize('NFKC'));

const prepare = (s: string): string =>
  nfkc(decodeEntities(s))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');

export interface NormaliseOptions {
  /** The school's own web domains; links to them, like links to public bodies, are hidden from the model. */
  trustedDomains?: readonly string[];
}

export const normaliseText = (input: string, options: NormaliseOptions = {}): NormalisedText => {
  const truncated = input.length > MAX_ANALYSED_CHARS;
  const raw = cut(input, MAX_ANALYSED_CHARS);
  const fullRaw = cut(input, MAX_RULE_CHARS);
  const lower = prepare(raw);
  const fullLower = truncated ? prepare(fullRaw) : lower;
  const withoutMarks = isAscii(lower)
    ? lower
    : lower
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .normalize('NFC')
        .replace(/\uFDD0/g, '');
  // Links to public bodies, the school and fundraising platforms say nothing about spam (the donation
  // rules read `lower`), so the model does not see them; any other link is the placeholder.
  // The patterns for addresses and mentions need an "@", the plain word "url" its letters: most comments have neither.
  const at = withoutMarks.includes('@');
  const linked = replaceLinks(
    at ? withoutMarks.replace(EMAIL, ' emailaddress ') : withoutMarks,
    (link) => (link.kind === 'other' ? ` ${LINK_MARK} ` : ' '),
    options.trustedDomains,
  );
  const masked = at ? linked.replace(/(^|\s)@\w+/g, '$1mention ') : linked;
  const joined = joinSpacedLetters(masked.split(/\s+/).map(cleanToken).join(' '));
  const clean = (
    joined.includes('url')
      ? joined.replace(PLAIN_URL_WORD, (_, plural: string | undefined) =>
          plural ? 'website addresses' : 'website address',
        )
      : joined
  )
    .replaceAll(LINK_MARK, LINK_PLACEHOLDER)
    .trim();
  const tokens = clean
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  return { raw, lower, clean, tokens, truncated, fullRaw, fullLower, length: input.length };
};

/** A note for the evidence of a comment longer than what the phases read, or undefined. */
export const truncationNote = (text: Pick<NormalisedText, 'length'>): string | undefined => {
  if (text.length <= MAX_ANALYSED_CHARS) return undefined;
  const n = (x: number) => String(x).replace(/\B(?=(\d{3})+$)/g, ',');
  return text.length > MAX_RULE_CHARS
    ? `long comment (${n(text.length)} characters): personal-data and link rules read the first ${n(MAX_RULE_CHARS)}, word lists and model the first ${n(MAX_ANALYSED_CHARS)}`
    : `long comment (${n(text.length)} characters): word lists and model read the first ${n(MAX_ANALYSED_CHARS)}`;
};

export const normalisePhase: Phase = {
  name: 'normalise',
  run(state, env) {
    state.text = normaliseText(state.text.raw, { trustedDomains: env.trustedDomains });
  },
};
