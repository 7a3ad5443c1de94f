/**
 * Phase 1: make spellings comparable. People dodge blocked-word lists with "f*ck", "id10t",
 * "f u c k" and "fuuuuck"; every later phase and the model see the undone spelling in `clean`,
 * while `lower` keeps punctuation for phrase rules and `raw` keeps the text for personal data.
 */
import type { NormalisedText, Phase } from './phase.ts';

/** Longer comments are classified on their first part so one huge line cannot stall the queue. */
export const MAX_ANALYSED_CHARS = 10_000;

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

/** Words a masked token ("f*ck", "c**t") may stand for; the mask must fit exactly one of them. */
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

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decodeEntities = (s: string): string =>
  s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });

const unmask = (token: string): string => {
  const pattern = new RegExp(`^${token.replace(/[*#_.-]/g, '[a-z]').replace(/[^a-z[\]-]/g, '')}$`);
  const hits = MASKABLE.filter((w) => w.length === token.length && pattern.test(w));
  return hits.length === 1 ? (hits[0] as string) : token.replace(/[*#]/g, '');
};

/** Undo digit and symbol swaps only inside words that also have letters, so "07700" stays a number. */
const deLeet = (token: string): string => {
  if (!/[a-z]/.test(token) || !/[0-9@$!|€]/.test(token)) return token;
  let out = '';
  for (const ch of token) out += LEET[ch] ?? ch;
  return out;
};

const cleanToken = (token: string): string => {
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

export const normaliseText = (input: string): NormalisedText => {
  const truncated = input.length > MAX_ANALYSED_CHARS;
  const raw = truncated ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  const lower = decodeEntities(raw)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  const withoutMarks = lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
  const masked = withoutMarks
    .replace(/\b[\w.+-]+@[\w-]+\.[\w.]+/g, ' emailaddress ')
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|co\.uk|net|org|ly|io|me|info|biz)(?:\/\S*)?/g, ' url ')
    .replace(/(^|\s)@\w+/g, '$1mention ');
  const clean = joinSpacedLetters(masked.split(/\s+/).map(cleanToken).join(' ')).trim();
  const tokens = clean
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  return { raw, lower, clean, tokens, truncated };
};

export const normalisePhase: Phase = {
  name: 'normalise',
  run(state) {
    state.text = normaliseText(state.text.raw);
  },
};
