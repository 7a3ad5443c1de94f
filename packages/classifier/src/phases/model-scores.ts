/**
 * Phase 8: the trained model (see MODEL_CARD.md). Its heads say how offensive, hateful,
 * targeted and spam-like the wording is, learnt from public data; this phase turns them into
 * category signals using what the earlier phases found (who is addressed, which group is named,
 * which rules fired), and names the words that pushed each score up so a moderator can see why.
 */
import { CLASSES_FROM_VERSION, featureWord } from '../model/features.ts';
import { scoreHeads, wordLogits, type HeadName, type ModelWeights } from '../model/linear-model.ts';
import { WORD_CLASSES, wordClassBits } from '../model/word-classes.ts';
import { modelTokens } from './idioms.ts';
import { GROUP_ADJECTIVES, GROUPS, INSULTS, MILD_SWEARING, PROFANE, SLURS } from './lexicon-data.ts';
import type { ClassifyState, Phase, Signal } from './phase.ts';

/**
 * Hate is an attack on people for a protected characteristic: with no group and no slur in the
 * text, the model's hate score alone is scaled below every threshold ("shut up", "die" and
 * "I hope you die" read as hate to the model). Abuse and threat rules still see the text.
 */
export const UNTARGETED_HATE_FACTOR = 0.45;
/**
 * ...but the wording the model found hateful is hostile, so its hate score, scaled by this, is
 * evidence of abuse. Without it, leave-one-source-out OLID lost 1.7 points of macro-F1 (the hate
 * head finds much of OLID's offensive wording).
 */
export const UNTARGETED_HATE_AS_ABUSE = 0.85;
/**
 * Abuse from the model alone, with no word from the lists, is scaled down: on the tune halves
 * this cost nothing in-domain and helped every leave-one-source-out run (HateXplain 3-way +2.5),
 * and it removes most false abuse on friendly school posts ("this afternoon", "my daughter").
 */
export const NO_WORDS_FACTOR = 0.8;
/**
 * The model's spam head learnt from YouTube that "please", "if" and numbers are spam-like. When
 * another rule already explains the comment (a phone number, an advert, a request for money),
 * the head alone needs more confidence; a spam rule or a link that agrees keeps it whole.
 */
export const EXPLAINED_SPAM_FACTOR = 0.5;
/**
 * When only a group is named (no listed word, no rule found an attack), the model's abuse and hate
 * scores may exceed what it gives the same comment with the group replaced by NEUTRAL_GROUP_WORD
 * by at most this much: "Jews" alone scored 0.78 abuse and 0.71 hate, "people" 0.14 and 0.23.
 */
export const GROUP_MARGIN = 0.15;
/**
 * The threat head learnt threats in any wording, but also that hateful talk about a group sounds
 * like one. Without a word of harm in the comment (a weapon, an injury, a violent act, stems so
 * "stabbing" and "knives" count) its threat score is multiplied by this, below the threshold.
 */
export const HARMLESS_THREAT_FACTOR = 0.5;
// prettier-ignore
const HARM = /\b(?:kill|stab|shoot|shot|gun|knife|knive|blade|machete|hammer|petrol|burn|torch|bomb|acid|hurt|harm|beat|batter|punch|smash|kick|slap|strangl|chok|throat|bone|hospital|dead|die|dying|murder|hang|lynch|gas|exterminat|slit|bleed|blood|break|crush|drown|eliminat|destroy|cut|fire|rape|execut|behead|shank|glass|deck|lamp|hunt|coming for)/;

/**
 * With feature version 5 the model has classes of violent acts and weapons (src/model/word-classes.ts);
 * a word of either class counts as a word of harm too ("bat", "crowbar", a misspelt "stabb"), so
 * the gate and the features agree on what harm is.
 */
const HARM_CLASSES = (1 << WORD_CLASSES.indexOf('harm')) | (1 << WORD_CLASSES.indexOf('weapon'));
const harmWord = (model: ModelWeights, tokens: readonly string[]): string | undefined =>
  HARM.exec(tokens.join(' '))?.[0] ??
  (model.featureVersion >= CLASSES_FROM_VERSION
    ? tokens.find((t) => (wordClassBits(featureWord(t)) & HARM_CLASSES) !== 0)
    : undefined);

/** The word a protected group is replaced by to ask the model what the rest of the comment says. */
export const NEUTRAL_GROUP_WORD = 'people';
const EXPLAIN_FROM = 0.3;
/** The model learnt English only; on text with no word it knows its scores are noise. */
export const NON_ENGLISH_FACTOR = 0.6;
// prettier-ignore
const ENGLISH = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'is', 'are', 'was', 'were', 'be', 'been', 'to', 'of', 'in', 'on', 'for',
  'it', 'its', 'you', 'i', 'we', 'he', 'she', 'they', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their',
  'his', 'her', 'him', 'them', 'us', 'have', 'has', 'had', 'not', 'no', 'with', 'so', 'at', 'me', 'do', 'does', 'did',
  'dont', 'all', 'what', 'who', 'why', 'how', 'when', 'where', 'just', 'u', 'ur', 'im', 'ive', 'will', 'can', 'would',
  'should', 'from', 'by', 'as', 'up', 'out', 'get', 'go', 'like', 'about', 'there', 'here', 'one', 'people', 'good',
  'love', 'know', 'think', 'want', 'need', 'day', 'time', 'today', 'thanks', 'thank', 'please', 'lol', 'yes', 'off',
]);
/** Words the model has certainly seen: common English and every listed word. */
const KNOWN = new Set([
  ...ENGLISH,
  ...PROFANE,
  ...INSULTS,
  ...SLURS.keys(),
  ...GROUPS.flatMap(([phrase]) => phrase.split(' ')),
  ...GROUP_ADJECTIVES.keys(),
]);
/** Two or fewer tokens are judged as they are ("fuck off"); longer text needs one known word. */
const knowsAWord = (tokens: readonly string[]) => tokens.length < 3 || tokens.some((t) => KNOWN.has(t));

/**
 * Repeated filler ("aaaa aaaa aaaa ...", "yes yes yes ...") would count one word's weights again
 * and again: the logit grows with the square root of the repeats, and 100 copies of a harmless
 * word scored 0.8 abuse. When few of the words are distinct, each distinct word is scored once.
 */
export const REPETITIVE_SHARE = 0.3;
const REPETITIVE_FROM = 6;
export const withoutRepeats = (tokens: string[]): string[] => {
  if (tokens.length < REPETITIVE_FROM) return tokens;
  const distinct = [...new Set(tokens)];
  return distinct.length / tokens.length < REPETITIVE_SHARE ? distinct : tokens;
};

/**
 * The words that add most to a head's logit, each word scored with its own features. A comment's
 * words are hashed once and reused for every head it explains (explanations were a tenth of the
 * classifier's time when each head hashed them again).
 */
export const wordExplainer = (model: ModelWeights, tokens: readonly string[]) => {
  let words: { token: string; logits: Float64Array }[] | undefined;
  return (head: HeadName, k = 3): string[] => {
    const h = model.heads.findIndex((x) => x.name === head);
    if (h < 0) return [];
    words ??= [...new Set(tokens.slice(0, 200))].map((token) => ({
      token,
      logits: wordLogits(model, token),
    }));
    return words
      .map(({ token, logits }) => ({ token, logit: logits[h] as number }))
      .filter((w) => w.logit > 0)
      .sort((a, b) => b.logit - a.logit)
      .slice(0, k)
      .map((w) => w.token);
  };
};

export const topWords = (model: ModelWeights, head: HeadName, tokens: readonly string[], k = 3): string[] =>
  wordExplainer(model, tokens)(head, k);

type Explainer = ReturnType<typeof wordExplainer>;

const why = (explain: Explainer, head: HeadName, score: number): string => {
  const words = score >= EXPLAIN_FROM ? explain(head) : [];
  return `model ${head} ${score.toFixed(2)}${words.length ? `: ${words.map((w) => `"${w}"`).join(', ')}` : ''}`;
};

/**
 * Whether something besides a group's name backs up the model: a listed bad word, or a rule
 * that already found an attack or a threat. Without it, "Jews" or "Muslims and Jews celebrated
 * together" must not be abuse or hate just because the model learnt the group words from hateful posts.
 */
const hasAttackEvidence = (state: ClassifyState): boolean => {
  const lex = state.lexicon;
  if (lex.slurs.length > 0 || lex.insults.length > 0 || lex.profane.length > 0) return true;
  return state.signals.some((s) => (s.category === 'hate' || s.category === 'threat') && s.score >= 0.5);
};

/** Identity words that describe a thing rather than people ("the disabled toilet", "a gay bar"). */
const IDENTITY_WORDS = new Set([...GROUP_ADJECTIVES.keys(), ...GROUPS.map(([p]) => p).filter((p) => !p.includes(' '))]);

/**
 * The comment with every group mention replaced by a neutral word and other identity words left
 * out, as the model sees it; undefined when it names no group and no identity word.
 */
const withoutGroups = (state: ClassifyState): string[] | undefined => {
  const tokens: string[] = [...state.text.tokens];
  let found = false;
  for (const group of state.lexicon.groups) {
    const length = group.phrase.split(' ').length;
    tokens.splice(group.index, length, NEUTRAL_GROUP_WORD, ...Array<string>(length - 1).fill(''));
    found = true;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (IDENTITY_WORDS.has(tokens[i] as string)) {
      tokens[i] = '';
      found = true;
    }
  }
  return found ? withoutRepeats(modelTokens(tokens.filter((t) => t.length > 0))) : undefined;
};

const hasRule = (state: ClassifyState, category: string, kind?: string): boolean =>
  state.signals.some((s) => s.category === category && s.score >= 0.5 && (kind === undefined || s.kind === kind));

export const modelScoresPhase: Phase = {
  name: 'model-scores',
  run(state, env) {
    const model = env.model;
    if (!model || state.text.tokens.length === 0) return;
    const tokens = withoutRepeats(modelTokens(state.text.tokens));
    const scores = scoreHeads(model, tokens);
    state.model = scores;
    const explain = wordExplainer(model, tokens);
    const lex = state.lexicon;
    const out: Signal[] = [];
    let offensive = scores.offensive ?? 0;
    let hate = scores.hate ?? 0;
    let capped = '';
    // A group named with nothing said against it: score what the rest of the comment says.
    // Only when a score is high enough to matter: the cap can only lower it.
    const matters = offensive >= EXPLAIN_FROM || hate >= EXPLAIN_FROM;
    const neutralTokens = matters && !hasAttackEvidence(state) ? withoutGroups(state) : undefined;
    if (neutralTokens) {
      const neutral = scoreHeads(model, neutralTokens);
      const neutralOffensive = (neutral.offensive ?? 0) + GROUP_MARGIN;
      const neutralHate = Math.max(neutral.hate ?? 0, neutral.insult ?? 0, neutral.offensive ?? 0) + GROUP_MARGIN;
      if (offensive > neutralOffensive || hate > neutralHate) {
        capped = ' (capped: only the group is named, no attack on it)';
        offensive = Math.min(offensive, neutralOffensive);
        hate = Math.min(hate, neutralHate);
      }
    }
    const targeted = scores.targeted ?? 0.5;
    // With no swearing, insult or slur in sight the model needs more confidence (see NO_WORDS_FACTOR).
    const noWords = lex.profane.length === 0 && lex.insults.length === 0 && lex.slurs.length === 0;
    const mild = noWords ? state.text.tokens.find((t) => MILD_SWEARING.has(t)) : undefined;
    if (lex.profane.length > 0 && !lex.addressee) {
      out.push({ category: 'profanity', score: offensive, evidence: why(explain, 'offensive', offensive) });
      out.push({ category: 'abuse', score: offensive * targeted, evidence: why(explain, 'targeted', targeted) });
    } else if (mild) {
      // Mild swearing is at most profanity; abuse needs the model to find a target as well.
      const score = offensive * NO_WORDS_FACTOR;
      out.push({
        category: 'profanity',
        score,
        evidence: `${why(explain, 'offensive', score)}, mild swearing "${mild}"`,
      });
      out.push({ category: 'abuse', score: score * targeted, evidence: why(explain, 'targeted', targeted) });
    } else {
      const score = noWords ? offensive * NO_WORDS_FACTOR : offensive;
      out.push({ category: 'abuse', score, evidence: why(explain, 'offensive', score) + capped });
    }
    const named = [...lex.slurs.map((s) => s.target), ...lex.groups.map((g) => g.target)];
    if (named.length > 0) {
      for (const target of new Set(named))
        out.push({ category: 'hate', target, score: hate, evidence: why(explain, 'hate', hate) + capped });
    } else {
      const score = hate * UNTARGETED_HATE_FACTOR;
      const evidence = `${why(explain, 'hate', hate)} (lowered: no protected group or slur named)`;
      out.push({ category: 'hate', score, evidence });
      // Still hostile wording: it may be abuse.
      out.push({
        category: 'abuse',
        score: hate * UNTARGETED_HATE_AS_ABUSE,
        evidence: `model hate ${hate.toFixed(2)} with no protected group or slur named, read as abuse`,
      });
    }
    let spam = scores.spam ?? 0;
    let spamNote = '';
    const spamAgrees = hasRule(state, 'spam') || /\burl\b/.test(tokens.join(' '));
    const explained =
      hasRule(state, 'personal_data', 'phone') || hasRule(state, 'donation') || hasRule(state, 'commercial');
    if (explained && !spamAgrees) {
      spam *= EXPLAINED_SPAM_FACTOR;
      spamNote = ' (lowered: a phone number, advert or donation request, which other rules report)';
    }
    out.push({ category: 'spam', score: spam, evidence: why(explain, 'spam', spam) + spamNote });
    // Threats in any wording ("put a knife through the head"), not only the phrases the threat rules know.
    // A model trained before the threat head existed has no score, and adds nothing here.
    if (scores.threat !== undefined) {
      const harm = harmWord(model, tokens);
      const score = harm ? scores.threat : scores.threat * HARMLESS_THREAT_FACTOR;
      const note = harm ? `, harm "${harm}"` : ' (lowered: no word of harm)';
      out.push({ category: 'threat', score, evidence: why(explain, 'threat', score) + note });
    }
    if (!knowsAWord(state.text.tokens)) {
      for (const signal of out) {
        signal.score *= NON_ENGLISH_FACTOR;
        signal.evidence += ' (lowered: no English words the model knows)';
      }
    }
    state.signals.push(...out);
  },
};
