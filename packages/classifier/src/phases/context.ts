/**
 * Phase 9: context that changes what the words mean, applied to the signals found so far.
 * - Counter-speech: quoting, reporting or denying hate to condemn it ("saying 'all Muslims are
 *   terrorists' is vile", "nobody should say that ...", "he called my son a ..., I am disgusted")
 *   lowers hate and threat; abuse too when every bad word is part of what is condemned.
 * - Negation: "you are not stupid" is not an insult.
 * - Positive statements about a group lower hate.
 * - Praise ("what a shot", "legend") and reports of an incident ("X pushed my daughter") lower
 *   abuse that only the model saw: slang praise and plain reports read as abuse to a model
 *   trained on tweets.
 * Scores are multiplied down, never removed, and the evidence says why.
 */
import { PROFANE } from './lexicon-data.ts';
import {
  CONDEMNATION,
  CONDEMNING_WORDS,
  deniedClaim,
  negatorBefore,
  positionsOf,
  reportedClaim,
  type Positions,
} from './negation.ts';
import type { ClassifyState, LexiconFacts, Phase, Signal } from './phase.ts';

export const COUNTER_SPEECH_FACTOR = 0.35;
/** Scores below this are not worth lowering: below every sensible threshold already. */
const WORTH_READING = 0.3;
const LOWERED = new Set(['abuse', 'hate', 'threat']);
/** Abuse the model alone saw in praise or in a report of an incident is scaled by this. */
export const FRIENDLY_FRAME_FACTOR = 0.6;

const CONDEMNS =
  /\b(?:(?:is|was|that'?s|thats|it'?s|so|totally|completely|clearly|utterly|deeply|blatantly) (?:racist|sexist|homophobic|transphobic|islamophobic|antisemitic|hateful|bigoted|unacceptable|not ok(?:ay)?)|no place for (?:racism|hate|homophobia|sexism|transphobia|bigotry)|(?:against|tackl(?:e|ing)|challeng(?:e|ing)|fight(?:ing)?|stamp(?:ing)? out|report(?:ed|ing)?) (?:racism|hate|homophobia|sexism|transphobia|bigotry|discrimination|this|it|him|her|them)|(?:do not|don'?t|never|stop|shouldn'?t|should not|we don'?t|must not) (?:say|use|call|tolerate|accept|put up with|let anyone)|(?:called|calling|called out|shouted|said|saying|wrote|writing|posted|posting|used the word|using the word)(?: (?:him|her|them|me|us|my \w+|our \w+|someone|people|a child|children))? (?:a |an )?["'“‘]|if you (?:think|say|believe))/;
const POSITIVE =
  /\b(?:i|we) (?:love|adore|respect|support|welcome|celebrate|stand with|value|admire)\b|\b(?:proud (?:of|to be)|nothing wrong with|don'?t hate|do not hate|never hated|are (?:welcome|valued|loved|amazing|brilliant|wonderful|equal|human))\b/;
const QUOTED = /["“'‘][^"”'’]{1,80}["”'’]/g;

/** A slur someone else said to a person, reported: "he called my son a ...", "they shouted ... at her". */
const REPORTED_SLUR_VERBS = new Set(['called', 'shouted', 'yelled', 'screamed', 'named', 'calling', 'shouting']);
/** "calling" reports only after an auxiliary: "he kept calling her a ...", not "calling them ... is fine". */
const PROGRESSIVE = new Set(['was', 'were', 'kept', 'keeps', 'been', 'is', 'are', 'started', 'keep']);
const CHILD =
  /^(?:my|our|his|her|their|a|the|another|one) (?:son|daughter|child|kid|boy|girl|lad|little one|grandson|granddaughter|pupil|student|nephew|niece|stepson|stepdaughter)s?$/;

const INCIDENT_CHILD =
  /involving "(?:[^"]*\b(?:son|daughter|child|kid|boy|girl|lad|pupil|student|year|grandson|granddaughter)s?\b[^"]*|[A-Z][^"]*)"/;

/** Listed insults that are also slang for "very good", excused in praise. */
// prettier-ignore
const SLANG_PRAISE = new Set(['disgusting', 'filth', 'animal', 'animals', 'beast', 'sick', 'filthy', 'nasty', 'savage']);

/** Praise in which slang ("sick", "filthy", "beast") means good. */
const PRAISE =
  /\b(?:legends?|what an? (?:\w+ )?(?:goal|shot|save|game|match|performance|show|play|try|catch|run|result|finish|effort|team|day|night|player|volley|strike|tackle|win)|smash(?:ed|ing) it|kill(?:ed|ing) it|nail(?:ed|ing) it|well done|bravo|congrat\w*|brilliant|amazing|fantastic|superb|incredible|outstanding|awesome|so proud|proud of|top class|class act|unreal|buzzing|loved (?:it|every)|what a (?:star|hero|legend))\b/;

const damp = (signal: Signal, factor: number, why: string): Signal => ({
  ...signal,
  score: signal.score * factor,
  evidence: `${signal.evidence} (lowered: ${why})`,
});

const fromModel = (s: Signal) => s.evidence.startsWith('model ');

interface BadWord {
  index: number;
  word: string;
  slur: boolean;
  profane: boolean;
}

/** Where the words the lexicon listed (swearing, insults, slurs) stand in the comment. */
const badWords = (tokens: readonly string[], lex: LexiconFacts): BadWord[] => {
  if (lex.profane.length === 0 && lex.insults.length === 0 && lex.slurs.length === 0) return [];
  const listed = new Set([...lex.profane, ...lex.insults, ...lex.slurs.map((s) => s.word)]);
  const slurs = new Set(lex.slurs.map((s) => s.word));
  const out: BadWord[] = [];
  tokens.forEach((token, index) => {
    // The lexicon also matched stretched spellings squeezed ("idiiot" as "idiot").
    const word = listed.has(token) ? token : token.replace(/([a-z])\1+/g, '$1');
    if (!listed.has(word)) return;
    out.push({ index, word, slur: slurs.has(word), profane: PROFANE.has(word) });
  });
  return out;
};

/** The reported slur and who it was said to, when the comment reports one ("called my son a ..."). */
const reportedSlur = (p: Positions, bad: readonly BadWord[]): { word: string; person: string } | undefined => {
  for (const b of bad) {
    if (!b.slur) continue;
    for (let k = b.index - 1; k >= Math.max(0, b.index - 6); k--) {
      const verb = p.tokens[k] as string;
      if (!REPORTED_SLUR_VERBS.has(verb)) continue;
      const subject = p.tokens[k - 1];
      if (verb.endsWith('ing') && !(subject !== undefined && PROGRESSIVE.has(subject))) continue;
      if (subject === undefined || subject === 'i' || subject === 'we') continue;
      const person = p.tokens
        .slice(k + 1, b.index)
        .filter((w) => w !== 'a' && w !== 'an')
        .join(' ');
      return { word: b.word, person };
    }
  }
  return undefined;
};

/**
 * Why an insult at this position is not the writer's own, or undefined when it is. Swearing and
 * slurs are offensive however they are framed ("ain't no b*tch" is still offensive), so only
 * insult words can be excused, and condemnation words only when they condemn a reported claim.
 */
const excuse = (
  p: Positions,
  b: BadWord,
  condemnation: string | undefined,
  counter: boolean,
  praise: string | undefined,
): string | undefined => {
  if (b.slur || b.profane) return undefined;
  if (praise && SLANG_PRAISE.has(b.word)) return `praise "${praise}"`;
  const negator = negatorBefore(p, b.index);
  if (negator) return `negated "${negator} ... ${b.word}"`;
  const denied = deniedClaim(p, b.index);
  if (denied) return `denied "${denied}"`;
  if (condemnation) {
    const reported = reportedClaim(p, b.index);
    if (reported) return `reported "${reported}" to condemn it`;
    if (counter && CONDEMNING_WORDS.has(b.word) && condemnation.includes(b.word)) return `condemning "${b.word}"`;
  }
  return undefined;
};

/** Counter-speech about a group: the first group mention sits in a denied or condemned report. */
const groupClaim = (state: ClassifyState, p: Positions, condemned: boolean): string | undefined => {
  // The identity phase already judged denied rights ("I don't think X should be allowed") an attack.
  const attacked = new Set(
    state.signals.filter((s) => s.category === 'hate' && s.evidence.startsWith('attack on')).map((s) => s.target),
  );
  for (const g of state.lexicon.groups) {
    if (attacked.has(g.target)) continue;
    const denied = deniedClaim(p, g.index);
    if (denied) return `denied claim "${denied}"`;
    const reported = condemned ? reportedClaim(p, g.index) : undefined;
    if (reported) return `claim reported to condemn it "${reported}"`;
  }
  return undefined;
};

export const contextPhase: Phase = {
  name: 'context',
  run(state) {
    // Context only lowers scores: with no abuse, hate or threat worth lowering there is nothing to read.
    if (!state.signals.some((s) => s.score >= WORTH_READING && LOWERED.has(s.category))) return;
    const lex = state.lexicon;
    const text = state.text.lower.replace(/\s+/g, ' ');
    const bad = badWords(state.text.tokens, lex);
    // The sentence analysis is needed only for listed words and group mentions; most comments have neither.
    const p = bad.length > 0 || lex.groups.length > 0 ? positionsOf(state.text.clean, state.text.tokens) : undefined;
    const condemnation = p ? CONDEMNATION.exec(state.text.clean.replace(/'/g, ''))?.[0] : undefined;
    const condemned = condemnation !== undefined;
    const slur = p ? reportedSlur(p, bad) : undefined;

    const condemns = CONDEMNS.exec(text)?.[0];
    const counter = condemns
      ? `counter-speech "${condemns.trim()}"`
      : slur
        ? `reported slur "${slur.word}" said to "${slur.person}"`
        : p && lex.groups.length > 0
          ? groupClaim(state, p, condemned)
          : undefined;
    const positive = lex.groups.length > 0 ? POSITIVE.exec(text)?.[0] : undefined;

    const quoted = (text.match(QUOTED) ?? []).join(' ');
    const quotedBad = lex.slurs.some((s) => quoted.includes(s.word)) || lex.insults.some((w) => quoted.includes(w));
    // Slang praise ("that volley was disgusting, what a strike") only when nobody is addressed.
    const praise = lex.addressee ? undefined : PRAISE.exec(text)?.[0];
    // Every bad word is negated, denied, reported or a word of condemnation: the writer insults nobody.
    const reports =
      p !== undefined && bad.some((b) => deniedClaim(p, b.index) || (condemned && reportedClaim(p, b.index)));
    const excuses = bad.map((b) =>
      slur && b.word === slur.word && (condemned || CHILD.test(slur.person))
        ? `reported slur "${slur.word}"`
        : p && excuse(p, b, condemnation, counter !== undefined || reports, praise),
    );
    const noOwnInsult = bad.length > 0 && excuses.every((e) => typeof e === 'string');
    // An incident involving a child ("X pushed my daughter"), not any news of a crime.
    const incident = state.signals.some(
      (s) => s.category === 'incident' && s.score >= 0.5 && INCIDENT_CHILD.test(s.evidence),
    );

    state.signals = state.signals.map((s) => {
      if (counter && (s.category === 'hate' || s.category === 'threat')) return damp(s, COUNTER_SPEECH_FACTOR, counter);
      if (positive && !counter && s.category === 'hate') {
        return damp(s, COUNTER_SPEECH_FACTOR, `positive about the group "${positive}"`);
      }
      if (s.category !== 'abuse') return s;
      if (condemns && quotedBad) return damp(s, COUNTER_SPEECH_FACTOR, `counter-speech "${condemns.trim()}"`);
      if (noOwnInsult) return damp(s, COUNTER_SPEECH_FACTOR, excuses[0] as string);
      if (bad.length === 0 && counter && fromModel(s)) return damp(s, COUNTER_SPEECH_FACTOR, counter);
      if (bad.length === 0 && fromModel(s) && (praise || incident)) {
        return damp(s, FRIENDLY_FRAME_FACTOR, praise ? `praise "${praise}"` : 'a report of an incident');
      }
      return s;
    });
    if (slur && CHILD.test(slur.person)) {
      state.signals.push({
        category: 'incident',
        score: 0.8,
        evidence: `slur "${slur.word}" reported as said to "${slur.person}"`,
      });
    }
  },
};
