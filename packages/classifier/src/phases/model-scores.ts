/**
 * Phase 8: the trained model (see MODEL_CARD.md). Its heads say how offensive, hateful,
 * targeted and spam-like the wording is, learnt from public data; this phase turns them into
 * category signals using what the lexicon found (who is addressed, which group is named),
 * and names the words that pushed each score up so a moderator can see why.
 */
import { extractFeatures } from '../model/features.ts';
import { headLogit, scoreHeads, type HeadName, type ModelWeights } from '../model/linear-model.ts';
import { modelTokens } from './idioms.ts';
import type { Phase, Signal } from './phase.ts';

/** A hate score without a named group needs more confidence: most such texts are insults, not hate. */
export const UNTARGETED_HATE_FACTOR = 0.85;
/**
 * Abuse from the model alone, with no word from the lists, is scaled down: on the tune halves
 * this cost nothing in-domain and helped every leave-one-source-out run (HateXplain 3-way +2.5),
 * and it removes most false abuse on friendly school posts ("this afternoon", "my daughter").
 */
export const NO_WORDS_FACTOR = 0.8;
const EXPLAIN_FROM = 0.3;
/** The model learnt English only; on text with no common English word its scores are noise. */
export const NON_ENGLISH_FACTOR = 0.6;
const ENGLISH = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'is',
  'are',
  'was',
  'to',
  'of',
  'in',
  'on',
  'for',
  'it',
  'you',
  'i',
  'we',
  'he',
  'she',
  'they',
  'this',
  'that',
  'my',
  'your',
  'be',
  'have',
  'has',
  'not',
  'no',
  'with',
  'so',
  'at',
  'me',
  'do',
  'all',
  'what',
  'just',
  'u',
  'ur',
  'im',
]);
const looksEnglish = (tokens: readonly string[]) => tokens.length < 3 || tokens.some((t) => ENGLISH.has(t));

/** The words that add most to a head's logit, each word scored with its own features. */
export const topWords = (model: ModelWeights, head: HeadName, tokens: readonly string[], k = 3): string[] => {
  const h = model.heads.find((x) => x.name === head);
  if (!h) return [];
  const seen = new Map<string, number>();
  for (const token of tokens.slice(0, 200)) {
    if (!seen.has(token)) seen.set(token, headLogit({ ...h, bias: 0 }, extractFeatures([token], model.dims)));
  }
  return [...seen.entries()]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([w]) => w);
};

const why = (model: ModelWeights, head: HeadName, tokens: readonly string[], score: number): string => {
  const words = score >= EXPLAIN_FROM ? topWords(model, head, tokens) : [];
  return `model ${head} ${score.toFixed(2)}${words.length ? `: ${words.map((w) => `"${w}"`).join(', ')}` : ''}`;
};

export const modelScoresPhase: Phase = {
  name: 'model-scores',
  run(state, env) {
    const model = env.model;
    if (!model || state.text.tokens.length === 0) return;
    const tokens = modelTokens(state.text.tokens);
    const scores = scoreHeads(model, tokens);
    state.model = scores;
    const lex = state.lexicon;
    const out: Signal[] = [];
    const offensive = scores.offensive ?? 0;
    const targeted = scores.targeted ?? 0.5;
    if (lex.profane.length > 0 && !lex.addressee) {
      out.push({ category: 'profanity', score: offensive, evidence: why(model, 'offensive', tokens, offensive) });
      out.push({ category: 'abuse', score: offensive * targeted, evidence: why(model, 'targeted', tokens, targeted) });
    } else {
      // With no swearing, insult or slur in sight the model needs more confidence (see NO_WORDS_FACTOR).
      const noWords = lex.profane.length === 0 && lex.insults.length === 0 && lex.slurs.length === 0;
      const score = noWords ? offensive * NO_WORDS_FACTOR : offensive;
      out.push({ category: 'abuse', score, evidence: why(model, 'offensive', tokens, score) });
    }
    const hate = scores.hate ?? 0;
    const named = [...lex.slurs.map((s) => s.target), ...lex.groups.map((g) => g.target)];
    if (named.length > 0) {
      for (const target of new Set(named))
        out.push({ category: 'hate', target, score: hate, evidence: why(model, 'hate', tokens, hate) });
    } else {
      const score = hate * UNTARGETED_HATE_FACTOR;
      out.push({ category: 'hate', score, evidence: why(model, 'hate', tokens, score) });
    }
    const spam = scores.spam ?? 0;
    out.push({ category: 'spam', score: spam, evidence: why(model, 'spam', tokens, spam) });
    if (!looksEnglish(tokens)) {
      for (const signal of out) {
        signal.score *= NON_ENGLISH_FACTOR;
        signal.evidence += ' (lowered: no English words the model knows)';
      }
    }
    state.signals.push(...out);
  },
};
