/**
 * Phase 3: the word lists. Finds swearing, insults, slurs and mentions of protected groups,
 * and decides whether bad words are aimed at someone: "f*ck you" is abuse, "f*ck, I missed
 * the bus" is profanity. The obscenity package backs up our own lists for spellings the
 * normaliser did not undo (it finds "fuuuck1ng" but not "f.u.c.k", which the normaliser joins).
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import {
  ADDRESSEES,
  CRITICISM,
  GROUP_ADJECTIVES,
  GROUPS,
  INSULTS,
  NOT_PEOPLE,
  PERSON_NOUNS,
  PROFANE,
  RECLAIM_CUES,
  SECOND_PERSON,
  SLURS,
} from './lexicon-data.ts';
import type { LexiconFacts, Phase, Signal } from './phase.ts';
import type { HateTarget } from '../categories.ts';

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/**
 * The obscenity matcher was a sixth of the classifier's time, run over every comment with no
 * listed swearing, and most of a call is fixed cost. It now runs over the whole comment only when
 * one of its words, or two short neighbours joined ("f ck"), matches on its own. Words are
 * remembered, so ordinary vocabulary is checked once; the words not yet seen are checked together
 * in one call, kept apart by " . " (no pattern or allowed phrase spans one). Numbers are not
 * looked at: the matcher reads "455" as "ass". On the 56,896 texts of the public sets this finds
 * what running it on every comment found, except on numbers.
 */
const MAX_REMEMBERED = 50_000;
const NUMBER = /^\d+$/;
const obscenityByWord = new Map<string, boolean>();
const remember = (word: string, found: boolean) => {
  if (obscenityByWord.size >= MAX_REMEMBERED) obscenityByWord.clear();
  obscenityByWord.set(word, found);
};
const mayBeObscene = (tokens: readonly string[]): boolean => {
  const unseen: string[] = [];
  let prev: string | undefined;
  for (const token of tokens) {
    const t = NUMBER.test(token) ? undefined : token;
    const words = t === undefined ? [] : prev !== undefined && t.length <= 3 && prev.length <= 3 ? [t, prev + t] : [t];
    prev = t;
    for (const word of words) {
      const known = obscenityByWord.get(word);
      if (known) return true;
      if (known === undefined) unseen.push(word);
    }
  }
  if (unseen.length === 0) return false;
  if (!matcher.hasMatch(unseen.join(' . '))) {
    for (const word of unseen) remember(word, false);
    return false;
  }
  let any = false;
  for (const word of unseen) {
    const found = matcher.hasMatch(word);
    remember(word, found);
    any ||= found;
  }
  return any;
};

const groupsByFirstWord = (() => {
  const map = new Map<string, { words: string[]; target: HateTarget; phrase: string }[]>();
  for (const [phrase, target] of GROUPS) {
    const words = phrase.split(' ');
    const list = map.get(words[0] as string) ?? [];
    list.push({ words, target, phrase });
    map.set(words[0] as string, list);
  }
  // Longest first, so "gay people" is found before "gay".
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** A group mention starting at token i: a listed phrase, or a group adjective before a word for people. */
const groupAt = (tokens: readonly string[], i: number): { phrase: string; target: HateTarget } | undefined => {
  const token = tokens[i] as string;
  const adjective = GROUP_ADJECTIVES.get(token);
  const next = tokens[i + 1];
  if (adjective && next !== undefined && PERSON_NOUNS.has(next))
    return { phrase: `${token} ${next}`, target: adjective };
  const candidates = groupsByFirstWord.get(token);
  if (!candidates) return undefined;
  const group = candidates.find((g) => g.words.every((w, k) => tokens[i + k] === w));
  // "the disabled parking bay", "a gay bar": the adjective describes a thing, not people.
  const after = group ? tokens[i + group.words.length] : undefined;
  return after !== undefined && NOT_PEOPLE.has(after) ? undefined : group;
};

/**
 * The word with each run of one letter squeezed to one ("fuuck" -> "fuck"), as
 * `word.replace(/([a-z])\1+/g, '$1')` gives, without a regular expression (three per word were a
 * tenth of this phase).
 */
export const squeezeRepeats = (word: string): string => {
  let i = 1;
  while (i < word.length && !(word.charCodeAt(i) === word.charCodeAt(i - 1) && isLetter(word.charCodeAt(i)))) i++;
  if (i >= word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!(c === word.charCodeAt(i - 1) && isLetter(c))) out += word[i];
  }
  return out;
};
const isLetter = (c: number) => c >= 97 && c <= 122;

/** Tries the word, then its stretched letters squeezed to one (`squeezed`, from `squeezeRepeats`). */
const lookup = <T>(has: (w: string) => T | undefined, word: string, squeezed: string): [string, T] | undefined => {
  const direct = has(word);
  if (direct !== undefined) return [word, direct];
  const again = squeezed === word ? undefined : has(squeezed);
  return again === undefined ? undefined : [squeezed, again];
};

/** Score of an ambiguous slur's own signal when a model is there to judge it (below every threshold). */
export const AMBIGUOUS_SLUR_SCORE = 0.4;

/** British homonyms: "a fag" is a cigarette, "faggots" are meatballs, when the words around say so. */
const CIGARETTE = new Set([
  'smoke',
  'smoking',
  'light',
  'lit',
  'lighter',
  'cigarette',
  'fags',
  'packet',
  'pack',
  'ciggie',
  'quick',
  'out',
  'outside',
  'break',
  'tobacco',
  'ash',
]);
const FOOD = new Set([
  'fire',
  'oven',
  'gravy',
  'peas',
  'mash',
  'onion',
  'tea',
  'dinner',
  'butcher',
  'pork',
  'meatballs',
  'cook',
  'cooking',
  'eat',
  'ate',
  'recipe',
  'chips',
  'plate',
]);
const homonym = (tokens: readonly string[], i: number, word: string): boolean => {
  // The word itself is left out: "fags" is both the slur and a cigarette word.
  const near = [...tokens.slice(Math.max(0, i - 4), i), ...tokens.slice(i + 1, i + 5)];
  if (word === 'fag' || word === 'fags')
    return near.some((w) => CIGARETTE.has(w)) && !near.some((w) => w === 'you' || w === 'u');
  if (word === 'faggot' || word === 'faggots')
    return near.some((w) => FOOD.has(w)) && !near.some((w) => w === 'you' || w === 'u');
  return false;
};

/**
 * Words the obscenity package matches that are not swearing: slurs (the slur list judges them,
 * and in HateXplain most posts quoting them are not profane) and words for crimes or sex that
 * appear in ordinary news talk ("rape" is in 370 of HateXplain's normal posts).
 */
// prettier-ignore
const NOT_SWEARING = new Set([
  'abo', 'abeed', 'africoon', 'arabush', 'boonga', 'chingchong', 'chink', 'dyke', 'fag', 'kike', 'negro', 'nigger',
  'retard', 'spastic', 'tranny', 'rape', 'sex', 'cuck', 'incest', 'bestiality',
]);

const AIM_BEFORE = 4;
const AIM_AFTER = 2;

const aimedAt = (tokens: readonly string[], i: number): string | null => {
  for (let k = Math.max(0, i - AIM_BEFORE); k <= Math.min(tokens.length - 1, i + AIM_AFTER); k++) {
    if (k !== i && ADDRESSEES.has(tokens[k] as string)) return tokens[k] as string;
  }
  return null;
};

export const findLexiconFacts = (tokens: readonly string[], clean: string): LexiconFacts => {
  const facts: LexiconFacts = { profane: [], insults: [], slurs: [], groups: [], addressee: null };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const squeezed = squeezeRepeats(token);
    const profane = lookup((w) => (PROFANE.has(w) ? true : undefined), token, squeezed);
    if (profane) facts.profane.push(profane[0]);
    const insult = lookup((w) => (INSULTS.has(w) ? true : undefined), token, squeezed);
    if (insult) facts.insults.push(insult[0]);
    const slur = lookup((w) => SLURS.get(w), token, squeezed);
    if (slur) {
      // Reclaimable words ("queer", "dyke") are hate only when aimed at someone and not said of oneself.
      const before = tokens.slice(Math.max(0, i - 3), i);
      const reclaimed = slur[1].reclaimable && (before.some((w) => RECLAIM_CUES.has(w)) || !aimedAt(tokens, i));
      if (!reclaimed && !homonym(tokens, i, slur[0])) {
        facts.slurs.push({ word: slur[0], target: slur[1].target, ...(slur[1].ambiguous ? { ambiguous: true } : {}) });
      }
    }
    const group = groupAt(tokens, i);
    // "black people" is one mention: "people" inside it does not start another.
    const last = facts.groups[facts.groups.length - 1];
    if (group && !(last && i < last.index + last.phrase.split(' ').length)) {
      facts.groups.push({ phrase: group.phrase, target: group.target, index: i });
    }
    if ((profane || insult) && !facts.addressee) facts.addressee = aimedAt(tokens, i);
  }
  if (facts.profane.length === 0 && clean.length > 0 && mayBeObscene(tokens)) {
    for (const match of matcher.getAllMatches(clean)) {
      const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? 'obscenity';
      if (!NOT_SWEARING.has(word)) facts.profane.push(word);
    }
  }
  return facts;
};

const quoteList = (words: string[]) => [...new Set(words)].map((w) => `"${w}"`).join(', ');

export const lexiconPhase: Phase = {
  name: 'lexicon',
  run(state, env) {
    const facts = findLexiconFacts(state.text.tokens, state.text.clean);
    state.lexicon = facts;
    const out: Signal[] = [];
    for (const slur of facts.slurs) {
      // An ambiguous word is hate on its own only without a model; with one, it is evidence the model weighs.
      const score = slur.ambiguous && env.model ? AMBIGUOUS_SLUR_SCORE : 0.85;
      out.push({ category: 'hate', target: slur.target, score, evidence: `slur "${slur.word}"` });
    }
    const bad = [...facts.insults, ...facts.profane];
    // Criticism of staff ("the office staff are clueless") is a complaint unless said to their face.
    const criticismOnly = facts.profane.length === 0 && facts.insults.every((w) => CRITICISM.has(w));
    const toTheirFace = facts.addressee !== null && SECOND_PERSON.has(facts.addressee);
    if (bad.length > 0 && facts.addressee && criticismOnly && !toTheirFace) {
      out.push({ category: 'abuse', score: 0.45, evidence: `criticism ${quoteList(bad)} of "${facts.addressee}"` });
    } else if (bad.length > 0 && facts.addressee) {
      out.push({ category: 'abuse', score: 0.8, evidence: `${quoteList(bad)} aimed at "${facts.addressee}"` });
    } else if (facts.profane.length > 0) {
      out.push({ category: 'profanity', score: 0.75, evidence: `swearing: ${quoteList(facts.profane)}` });
    } else if (facts.insults.length > 0) {
      // An insult with nobody in sight ("that was a stupid idea") is weak evidence; the model decides.
      out.push({ category: 'abuse', score: 0.35, evidence: `insult word ${quoteList(facts.insults)}` });
    }
    state.signals.push(...out);
  },
};
