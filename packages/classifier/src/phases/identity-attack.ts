/**
 * Phase 4: attacks on protected groups (000 and 002: racist, sexist, homophobic comments).
 * Naming a group is neutral ("our Muslim families' Eid party"); it is hate when the words
 * next to it attack: hatred, dehumanising nouns, calls for harm or exclusion. A negation in
 * between ("trans people are not a threat") breaks the attack.
 */
import type { HateTarget } from '../categories.ts';
import type { Phase, Signal } from './phase.ts';

const HATE_VERBS = new Set(['hate', 'despise', 'detest', 'loathe', 'hates', 'despises', 'stand']);
const HARM_VERBS = new Set([
  'kill', 'shoot', 'gas', 'deport', 'exterminate', 'hang', 'lynch', 'burn', 'nuke', 'eradicate', 'ban', 'expel',
  'stab', 'bomb', 'murder', 'slaughter', 'beat', 'remove', 'purge',
]); // prettier-ignore
const BAD_ADJECTIVES = new Set([
  'filthy', 'dirty', 'disgusting', 'vile', 'subhuman', 'stupid', 'lazy', 'smelly', 'thieving', 'inbred', 'worthless',
  'typical', 'bloody', 'fucking', 'damn', 'evil', 'savage', 'primitive', 'useless', 'dumb', 'retarded',
]); // prettier-ignore
const BAD_PREDICATES = new Set([
  'disgusting', 'vermin', 'rats', 'animals', 'scum', 'parasites', 'filth', 'trash', 'rubbish', 'subhuman', 'inferior',
  'pathetic', 'worthless', 'disease', 'plague', 'cancer', 'criminals', 'terrorists', 'rapists', 'savages', 'dirty',
  'evil', 'burden', 'drain', 'useless', 'stupid', 'thick', 'lazy', 'waste', 'pigs', 'cockroaches', 'apes', 'monkeys',
  'retarded', 'freaks', 'sick', 'disgrace', 'abomination', 'threat', 'dangerous', 'problem', 'perverts', 'paedos',
  'pedophiles', 'paedophiles', 'groomers', 'liars', 'dumb', 'idiots', 'morons', 'inbred', 'primitive', 'barbaric',
  'unnatural', 'wrong', 'mentally', 'invaders', 'leeches', 'thieves', 'worse', 'ugly', 'gross', 'smelly', 'infestation',
  'cunts', 'twats', 'shit', 'crap', 'joke', 'nothing', 'property', 'objects', 'weak', 'incapable', 'hysterical',
]); // prettier-ignore
const HARM_AFTER = new Set([
  'die',
  'killed',
  'shot',
  'hanged',
  'gassed',
  'deported',
  'burn',
  'exterminated',
  'suffer',
  'rot',
  'banned',
  'removed',
  'locked',
  'sterilised',
  'wiped',
]);
/** Exclusion and denial of humanity, which a negation inside the phrase does not soften. */
const EXCLUSION =
  /^(?:\w+ ){0,3}(?:go back|(?:belong|stay) in the kitchen|know (?:their|her|your) place|(?:are|r) not (?:human|people|real)|arent (?:human|people|real)|(?:should|shouldnt|must) not be allowed|shouldnt be allowed|(?:dont|do not) belong|have no place|(?:dont|do not) deserve (?:rights|to live)|should(?:nt| not) (?:exist|have rights|be (?:allowed|let) (?:in|near|to))|need to be (?:eradicated|removed|wiped out))/;
const MODALS = new Set(['should', 'must', 'need', 'needs', 'deserve', 'deserves', 'ought', 'will', 'gonna']);
const COPULAS = new Set(['are', 'r', 'is', 'were', 'be', 'being', 'arent']);
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'dont',
  'doesnt',
  'isnt',
  'arent',
  'cant',
  'wont',
  'shouldnt',
  'nobody',
  'neither',
]);
const FILLERS = new Set([
  'all',
  'just',
  'so',
  'a',
  'an',
  'the',
  'such',
  'really',
  'fucking',
  'bloody',
  'complete',
  'total',
  'absolute',
  'nothing',
  'but',
  'like',
  'literally',
  'utter',
  'very',
  'too',
  'to',
  'be',
  'them',
  'of',
  'dirty',
  'filthy',
]);

const window = (tokens: readonly string[], from: number, to: number) =>
  tokens.slice(Math.max(0, from), Math.max(0, to));

/** Returns the words of an attack next to the group at [start, end), or null. */
const attackAround = (tokens: readonly string[], start: number, end: number): string | null => {
  const before = window(tokens, start - 4, start);
  const after = window(tokens, end, end + 7);
  const negatedBefore = before.some((w) => NEGATORS.has(w));
  const prev = tokens[start - 1];
  const prev2 = tokens[start - 2];
  if (prev && BAD_ADJECTIVES.has(prev) && !negatedBefore) return `${prev} ${tokens[start]}`;
  const hateVerb = before.find((w) => HATE_VERBS.has(w));
  if (hateVerb && !negatedBefore && !before.includes('why')) return `${hateVerb} ... ${tokens[start]}`;
  const harm = [prev, prev2].find((w) => w !== undefined && HARM_VERBS.has(w));
  if (harm && !negatedBefore) return `${harm} ${tokens[start]}`;
  if (prev === 'no' && after.some((w) => w === 'allowed' || w === 'welcome')) return `no ${tokens[start]} allowed`;
  if (EXCLUSION.test(after.join(' '))) return `${tokens[start]} ${after.slice(0, 4).join(' ')}`;
  // Look forward past a copula or a modal for a predicate, stopping at a negation.
  let sawLink = false;
  for (const w of after) {
    if (NEGATORS.has(w)) return null;
    if (COPULAS.has(w) || MODALS.has(w)) {
      sawLink = true;
      continue;
    }
    if (sawLink && (BAD_PREDICATES.has(w) || HARM_AFTER.has(w))) return `${tokens[start]} ... ${w}`;
    if (!sawLink && (w === 'ruin' || w === 'ruining' || w === 'infest' || w === 'invading' || w === 'breed')) {
      return `${tokens[start]} ${w}`;
    }
    if (!FILLERS.has(w) && !COPULAS.has(w) && !MODALS.has(w) && sawLink) return null;
    if (!sawLink && !FILLERS.has(w)) return null;
  }
  return null;
};

export interface IdentityAttack {
  target: HateTarget;
  words: string;
}

export const findIdentityAttacks = (
  tokens: readonly string[],
  groups: readonly { phrase: string; target: HateTarget; index: number }[],
): IdentityAttack[] => {
  const found: IdentityAttack[] = [];
  for (const group of groups) {
    const words = attackAround(tokens, group.index, group.index + group.phrase.split(' ').length);
    if (words) found.push({ target: group.target, words });
  }
  return found;
};

export const identityAttackPhase: Phase = {
  name: 'identity-attack',
  run(state) {
    const out: Signal[] = findIdentityAttacks(state.text.tokens, state.lexicon.groups).map((attack) => ({
      category: 'hate',
      target: attack.target,
      score: 0.85,
      evidence: `attack on a protected group: "${attack.words}"`,
    }));
    state.signals.push(...out);
  },
};
