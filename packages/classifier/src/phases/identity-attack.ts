/**
 * Phase 4: attacks on protected groups (000 and 002: racist, sexist, homophobic comments).
 * Naming a group is neutral ("our Muslim families' Eid party"); it is hate when the words
 * next to it attack: hatred, dehumanising nouns, calls for harm or exclusion. A negation in
 * between ("trans people are not a threat") breaks the attack, and so does a claim the writer
 * denies ("I don't think women are stupid") or reports to condemn ("teachers who say gay people
 * are sick should be sacked"); see negation.ts. Some exclusion phrases are hate with no group
 * named: "go back to your own country" attacks national origin (race).
 */
import type { HateTarget } from '../categories.ts';
import { CONDEMNATION, deniedClaim, NEGATORS, positionsOf, reportedClaim, type Positions } from './negation.ts';
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

/** Words allowed between a harm verb and the group: "kill all the immigrants", "gas every last one of the". */
const HARM_FILLERS = new Set([
  'all', 'the', 'every', 'each', 'those', 'these', 'them', 'of', 'any', 'some', 'more', 'last', 'single', 'one',
  'fucking', 'bloody', 'dirty', 'filthy', 'damn', 'up', 'out', 'off', 'em',
]); // prettier-ignore

const HARM_REACH = 7;

/** The harm verb before the group at `start`, skipping determiners and intensifiers, or undefined. */
const harmBefore = (tokens: readonly string[], start: number): string | undefined => {
  for (let k = start - 1; k >= Math.max(0, start - HARM_REACH); k--) {
    const w = tokens[k] as string;
    // "beat the Polish lads at football" is sport; "beat up the ..." is not.
    if (HARM_VERBS.has(w)) return w === 'beat' && tokens[k + 1] !== 'up' ? undefined : w;
    if (!HARM_FILLERS.has(w)) return undefined;
  }
  return undefined;
};

/**
 * A denied claim of the form "I don't think X should be allowed ..." means "X should not be
 * allowed": denying a right is exclusion, so it stays an attack.
 */
const DENIED_RIGHT =
  /^(?:\w+ ){0,2}(?:should|must|ought to|can|deserve to|be) (?:\w+ )?(?:be (?:allowed|welcome|let)|allowed|have (?:rights|a say|the vote|children|kids)|vote|exist|live here|stay|belong|be treated (?:equally|the same))|^(?:\w+ ){0,2}(?:are|r|is) (?:\w+ )?(?:human|people|equal|welcome)\b/;
const NEG_RAISING = /\b(?:think|believe|agree)$/;

/** Returns the words of an attack next to the group at [start, end), or null. */
const attackAround = (p: Positions, start: number, end: number, condemned: () => boolean): string | null => {
  const tokens = p.tokens;
  const denied = deniedClaim(p, start);
  if (denied) {
    const after = window(tokens, end, end + 8).join(' ');
    return NEG_RAISING.test(denied) && DENIED_RIGHT.test(after) ? `${denied} ${tokens[start]} ${after}` : null;
  }
  // Reported to be condemned: "people who say immigrants are scum should be ashamed".
  if (reportedClaim(p, start) && condemned()) return null;
  const before = window(tokens, start - 4, start);
  const after = window(tokens, end, end + 7);
  const negatedBefore = before.some((w) => NEGATORS.has(w));
  const prev = tokens[start - 1];
  if (prev && BAD_ADJECTIVES.has(prev) && !negatedBefore) return `${prev} ${tokens[start]}`;
  const hateVerb = before.find((w) => HATE_VERBS.has(w));
  if (hateVerb && !negatedBefore && !before.includes('why')) return `${hateVerb} ... ${tokens[start]}`;
  const harm = harmBefore(tokens, start);
  if (harm && !negatedBefore) return `${harm} ... ${tokens[start]}`;
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

/** Exclusion that names national origin without naming a group: hate against race. */
const GO_BACK =
  /\b(?:go|get|fuck off|piss off|sod off|clear off|bugger off|run) (?:back )?(?:to|where) (?:your|ur|their|his|her|yer) (?:own )?(?:country|countries|land|homeland|home country|shithole|jungle|desert)\b|\bgo back (?:to )?where (?:you|u|they|he|she) (?:came|come) from\b/;
/** Exclusion by pronoun ("send them back"): hate when the comment names the group it means. */
const SEND_BACK =
  /\b(?:send|ship|deport|kick|throw|boot|fling) (?:them|em|the lot of them|all of them|them all) (?:all )?(?:back|home|out of (?:the|our|this) country)\b/;

/** Words one of the two exclusion rules needs. */
const EXCLUSION_HINTS = ['back', 'countr', 'homeland', 'shithole', 'jungle', 'desert'];

export const findIdentityAttacks = (
  tokens: readonly string[],
  groups: readonly { phrase: string; target: HateTarget; index: number }[],
  clean: string = tokens.join(' '),
): IdentityAttack[] => {
  const found: IdentityAttack[] = [];
  const joined = tokens.join(' ');
  // Most comments name no group and no exclusion: skip the sentence analysis for them.
  const hinted = EXCLUSION_HINTS.some((w) => joined.includes(w));
  if (groups.length === 0 && !hinted) return found;
  const p = positionsOf(clean, tokens);
  let condemnation: boolean | undefined;
  const condemned = () => (condemnation ??= CONDEMNATION.test(clean.replace(/'/g, '')));
  for (const group of groups) {
    const words = attackAround(p, group.index, group.index + group.phrase.split(' ').length, condemned);
    if (words) found.push({ target: group.target, words });
  }
  const goBack = hinted ? GO_BACK.exec(joined) : null;
  const sendBack = hinted ? SEND_BACK.exec(joined) : null;
  const denied = (phrase: string) => {
    const at = joined.slice(0, joined.indexOf(phrase)).split(' ').length - 1;
    return deniedClaim(p, at) !== undefined || (reportedClaim(p, at) !== undefined && condemned());
  };
  for (const exclusion of [goBack, sendBack]) {
    if (!exclusion || denied(exclusion[0]) || found.length > 0) continue;
    const targets = new Set(groups.map((g) => g.target));
    if (targets.size === 0 && exclusion === goBack) found.push({ target: 'race', words: exclusion[0] });
    for (const target of targets) found.push({ target, words: exclusion[0] });
  }
  return found;
};

export const identityAttackPhase: Phase = {
  name: 'identity-attack',
  run(state) {
    const attacks = findIdentityAttacks(state.text.tokens, state.lexicon.groups, state.text.clean);
    const out: Signal[] = attacks.map((attack) => ({
      category: 'hate',
      target: attack.target,
      score: 0.85,
      evidence: `attack on a protected group: "${attack.words}"`,
    }));
    state.signals.push(...out);
  },
};
