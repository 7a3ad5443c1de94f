/**
 * The contract every classifier phase follows (STYLE.md rule 2): a phase reads the state
 * built by the phases before it, adds what it found, and does no I/O.
 */
import type { Category, HateTarget, Label, PersonalDataKind } from '../categories.ts';
import type { HeadName, ModelWeights } from '../model/linear-model.ts';
import type { CompiledRoster } from './roster.ts';

/** One piece of evidence for a category; the policy phase merges signals into labels. */
export interface Signal {
  category: Category;
  score: number;
  evidence: string;
  target?: HateTarget;
  kind?: PersonalDataKind;
  namesPupil?: true;
}

export interface NormalisedText {
  /** The comment as received, cut to the analysed length. */
  raw: string;
  /** NFKC, lower case, entities decoded; spacing and punctuation kept for phrase rules. */
  lower: string;
  /** `lower` with obfuscation undone (leetspeak, masking, spaced letters, stretched letters). */
  clean: string;
  /** Word tokens of `clean`, apostrophes dropped. */
  tokens: string[];
  /** True when the comment was longer than the analysed length. */
  truncated: boolean;
  /** The comment cut to the longer bound the cheap rule phases read (personal data, links, money). */
  fullRaw: string;
  /** `fullRaw` prepared like `lower`. */
  fullLower: string;
  /** Length of the comment as received, in UTF-16 units. */
  length: number;
}

/** Facts found by the lexicon phase that later phases use to decide who was targeted. */
export interface LexiconFacts {
  profane: string[];
  insults: string[];
  /** `ambiguous`: a word often used as a general insult (see SlurEntry); the model decides. */
  slurs: { word: string; target: HateTarget; ambiguous?: boolean }[];
  groups: { phrase: string; target: HateTarget; index: number }[];
  /** Second person, a named or titled person, or staff: someone the words may be aimed at. */
  addressee: string | null;
}

export interface ClassifyState {
  text: NormalisedText;
  signals: Signal[];
  lexicon: LexiconFacts;
  /** Raw head probabilities, filled by the model phase. */
  model: Partial<Record<HeadName, number>>;
  /** The answer, filled by the last phase. */
  labels: Label[];
}

export interface PhaseEnv {
  roster: CompiledRoster;
  model: ModelWeights | undefined;
  thresholds: Readonly<Record<Category, number>>;
  /** Report every category with its score, not only those over threshold. */
  explain: boolean;
  /** The school's own web domains: links to them are not counted as spam. */
  trustedDomains?: readonly string[];
}

export interface Phase {
  readonly name: string;
  run(state: ClassifyState, env: PhaseEnv): void;
}

export const emptyLexicon = (): LexiconFacts => ({ profane: [], insults: [], slurs: [], groups: [], addressee: null });

/** Builds a state for tests and for the pipeline, starting from the raw text. */
export const initialState = (raw: string): ClassifyState => ({
  text: { raw, lower: '', clean: '', tokens: [], truncated: false, fullRaw: raw, fullLower: '', length: raw.length },
  signals: [],
  lexicon: emptyLexicon(),
  model: {},
  labels: [],
});
