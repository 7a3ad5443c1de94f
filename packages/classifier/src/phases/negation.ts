/**
 * Where words stand in a sentence, for the identity-attack and context phases: whether a word
 * is negated ("you are not stupid"), whether it sits in a claim the writer denies ("I don't
 * think women are stupid", "nobody should say that Muslims are terrorists"), and whether it is
 * reported from someone else ("teachers who say gay people are sick should be sacked"). Pure
 * functions over the normaliser's `clean` text and its tokens.
 */

/** Words that negate what follows them in the same clause. */
export const NEGATORS = new Set([
  'not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'aint', 'cant', 'cannot',
  'wont', 'wouldnt', 'shouldnt', 'couldnt', 'mustnt', 'nobody', 'noone', 'neither', 'nor', 'hardly',
]); // prettier-ignore

const SURPRISE = new Set(['cant', 'cannot', 'couldnt']);

/** After a negator these keep the rest asserted: "not only stupid", "not just lazy". */
const NOT_NEGATING = new Set(['only', 'just', 'even', 'merely', 'simply']);

/** Verbs of saying and believing: a claim that follows them is someone's claim, not a fact. */
export const CLAIM_VERBS = new Set([
  'say', 'says', 'said', 'saying', 'think', 'thinks', 'thought', 'thinking', 'believe', 'believes', 'believing',
  'claim', 'claims', 'claimed', 'claiming', 'call', 'calls', 'called', 'calling', 'suggest', 'suggests', 'suggesting',
  'pretend', 'pretends', 'pretending', 'imply', 'implies', 'implying', 'assume', 'assumes', 'assuming', 'tell', 'tells',
  'told', 'telling', 'post', 'posts', 'posted', 'posting', 'write', 'writes', 'wrote', 'writing', 'tweet', 'tweets',
  'tweeted', 'shout', 'shouts', 'shouted', 'shouting', 'chant', 'chanted', 'chanting', 'agree', 'accept', 'mean',
  'label', 'labelling', 'labeling', 'spread', 'spreading', 'true',
]); // prettier-ignore

/** How far back from a word the verb of a denied or reported claim may be. */
const CLAIM_REACH = 6;

/** Words that start a relative or reported clause: "people who say ...", "when he said ...". */
const REPORTERS = new Set(['who', 'that', 'when', 'whoever', 'anyone', 'anybody', 'people', 'those']);

/** Frames that deny or forbid a claim: "stop saying", "it is wrong to say", "it is a lie that". */
const DENIAL_FRAMES =
  /\b(?:stop|quit|cease) (?:\w+ )?(?:saying|calling|claiming|pretending|spreading|posting|suggesting)\b|\b(?:wrong|unfair|ignorant|racist|sexist|homophobic|bigoted|offensive|hateful) (?:to|of \w+ to) (?:say|call|claim|think|suggest|assume|pretend|label)\b|\b(?:a lie|a myth|nonsense|rubbish|false|untrue) (?:that|to say)\b/g;

const PIECES = /[\p{L}\p{N}]+|[.!?]|[,;:()]/gu;
const CLAUSE_OPENERS = new Set(['but', 'although', 'though', 'however', 'yet']);

export interface Positions {
  tokens: readonly string[];
  /**
   * The clause of each token: clauses end at punctuation and start again at "but", so in "you
   * are not stupid, you are brilliant" the negation does not reach past the comma.
   */
  clause: readonly number[];
  /** The sentence of each token: sentences end only at full stops, question and exclamation marks. */
  sentence: readonly number[];
  /** The denial frames of the comment ("stop saying"), each with the index of its last word; found once, when first asked. */
  frames(): readonly { words: string; end: number }[];
}

/**
 * Positions of a comment's words. The clause and sentence of each word are worked out in one
 * pass over `clean` (whose words are exactly `tokens`), and only when a rule first needs them:
 * most comments have no negation or verb of saying near a listed word, and never do.
 */
export const positionsOf = (clean: string, tokens: readonly string[]): Positions => {
  let ids: { clause: number[]; sentence: number[] } | undefined;
  let frames: { words: string; end: number }[] | undefined;
  const flat = () => clean.replace(/'/g, '');
  const split = () => {
    const clause: number[] = [];
    const sentence: number[] = [];
    let c = 0;
    let s = 0;
    for (const m of flat().matchAll(PIECES)) {
      const piece = m[0];
      if (piece === '.' || piece === '!' || piece === '?') {
        s++;
        c++;
      } else if (piece.length === 1 && ',;:()'.includes(piece)) {
        c++;
      } else {
        if (CLAUSE_OPENERS.has(piece) && clause.length > 0) c++;
        clause.push(c);
        sentence.push(s);
      }
    }
    // Should the pieces ever disagree with the tokens, treat the comment as one sentence.
    if (clause.length === tokens.length) return { clause, sentence };
    const none = new Array<number>(tokens.length).fill(0);
    return { clause: none, sentence: none };
  };
  return {
    tokens,
    get clause() {
      ids ??= split();
      return ids.clause;
    },
    get sentence() {
      ids ??= split();
      return ids.sentence;
    },
    frames() {
      const text = flat();
      frames ??= [...text.matchAll(DENIAL_FRAMES)].map((m) => ({
        words: m[0],
        end: (text.slice(0, m.index + m[0].length).match(/[\p{L}\p{N}]+/gu) ?? []).length - 1,
      }));
      return frames;
    },
  };
};

/** The negator directly before token i (up to three words back, same clause), or undefined. */
export const negatorBefore = (p: Positions, i: number, reach = 3): string | undefined => {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    const w = p.tokens[k] as string;
    if (!NEGATORS.has(w)) continue;
    if (p.clause[k] !== p.clause[i]) return undefined;
    // Only the nearest negator counts, and only if no clause boundary lies between.
    for (let j = k + 1; j < i; j++) if (p.clause[j] !== p.clause[i]) return undefined;
    return NOT_NEGATING.has(p.tokens[k + 1] as string) ? undefined : w;
  }
  return undefined;
};

/** Words one of the denial frames needs; without one of them the frames are not looked for. */
const FRAME_WORDS = new Set([
  'stop', 'quit', 'cease', 'wrong', 'unfair', 'ignorant', 'racist', 'sexist', 'homophobic', 'bigoted', 'offensive',
  'hateful', 'lie', 'myth', 'nonsense', 'rubbish', 'false', 'untrue',
]); // prettier-ignore

/**
 * The words of a denied claim that token i sits in: a negated verb of saying or believing earlier
 * in the sentence ("I don't think", "nobody should ever say that", "it is not true that"), or a
 * frame that forbids the claim ("stop saying", "it is wrong to call"). Undefined when none.
 */
export const deniedClaim = (p: Positions, i: number): string | undefined => {
  const from = Math.max(0, i - CLAIM_REACH);
  // Text without punctuation (most tweets) is one clause: the claim must start close to the word.
  for (let k = i - 1; k >= from; k--) {
    const verb = p.tokens[k] as string;
    if (!CLAIM_VERBS.has(verb)) continue;
    for (let n = k - 1; n >= Math.max(0, k - 4); n--) {
      const negator = p.tokens[n] as string;
      // "I can't believe they let ..." is astonishment, not denial.
      if (!NEGATORS.has(negator) || (SURPRISE.has(negator) && verb.startsWith('believ'))) continue;
      if (p.clause[n] === p.clause[i] && p.clause[k] === p.clause[i]) return p.tokens.slice(n, k + 1).join(' ');
    }
  }
  if (!p.tokens.slice(from, i).some((w) => FRAME_WORDS.has(w))) return undefined;
  // A frame must end shortly before the word, in its sentence: "stop saying immigrants are scum",
  // not "immigrants are scum, stop saying otherwise".
  const frame = p.frames().find((f) => f.end < i && f.end >= from && p.sentence[f.end] === p.sentence[i]);
  return frame?.words;
};

/**
 * The words reporting someone else's claim that token i sits in ("teachers who say", "when he
 * said", "calling refugees"), or undefined. A report is not the writer's own view, but it is
 * counter-speech only when the comment also condemns it (see `condemnation`).
 */
export const reportedClaim = (p: Positions, i: number): string | undefined => {
  for (let k = i - 1; k >= Math.max(0, i - CLAIM_REACH); k--) {
    const w = p.tokens[k] as string;
    if (!CLAIM_VERBS.has(w) || w === 'true') continue;
    const sentence = p.sentence[i];
    if (p.sentence[k] !== sentence) return undefined;
    const prev = p.tokens[k - 1];
    const prev2 = p.tokens[k - 2];
    // "saying X", "calling X" open a sentence or follow "for"/"by"; "who say", "people who think" report others.
    const gerund = w.endsWith('ing') && (k === 0 || p.sentence[k - 1] !== sentence || prev === 'for' || prev === 'by');
    const relative =
      (prev !== undefined && REPORTERS.has(prev)) ||
      (prev2 !== undefined && REPORTERS.has(prev2) && prev !== 'i' && prev !== 'we');
    const thirdParty =
      prev !== undefined && ['he', 'she', 'they', 'someone', 'somebody', 'people', 'others'].includes(prev);
    if (gerund || relative || thirdParty) return p.tokens.slice(Math.max(0, k - 2), k + 1).join(' ');
  }
  return undefined;
};

/** Condemnation of what was said: "is vile and wrong", "should be sacked", "I am disgusted". */
export const CONDEMNATION =
  /\b(?:(?:is|are|was|were|its|thats|that is|it is|this is|so|totally|completely|utterly|just|plain|deeply|clearly|blatantly) (?:(?!not |never |no )\w+ )?(?:vile|wrong|racist|sexist|homophobic|transphobic|islamophobic|antisemitic|bigoted|hateful|disgusting|unacceptable|shameful|appalling|ignorant|offensive|abhorrent|out of order|not ok(?:ay)?|not acceptable|a disgrace|disgraceful|hate speech|a hate crime|nonsense|rubbish|lies|a lie)|should be (?:sacked|fired|ashamed|reported|banned|removed|disciplined|struck off|educated|challenged|named and shamed|arrested|prosecuted)|(?:i am|im|i was|we are|were|i feel) (?:\w+ )?(?:disgusted|appalled|sickened|horrified|ashamed|shocked|gutted|furious|heartbroken)|(?:disgusted|appalled|sickened|horrified) (?:by|at|that|with)|(?:reported|report|reporting) (?:it|this|them|him|her|that)|(?:has|have) no place|no place for|(?:need|needs) (?:educating|to be educated|to be reported|to be challenged|calling out))\b/;

/** Condemnation words that the lexicon also lists as insults: said of a statement, they are not abuse. */
export const CONDEMNING_WORDS = new Set(['vile', 'disgusting', 'pathetic', 'disgrace', 'ignorant', 'wrong']);
