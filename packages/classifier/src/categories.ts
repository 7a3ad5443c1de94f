/**
 * The policy categories a comment can carry (seed policies 000, 002, 003, 004) and the
 * closed vocabularies that qualify them. Other packages import these ids, so they are
 * part of the public API: add, never rename.
 */
import { COMMENT_CATEGORIES } from '@schoolgate/domain/shared';

export const CATEGORIES = COMMENT_CATEGORIES;
export type Category = (typeof CATEGORIES)[number];

/** Protected characteristics of the UK Equality Act 2010 that a `hate` label can name. */
export const HATE_TARGETS = [
  'race',
  'religion',
  'sex',
  'sexual_orientation',
  'gender_identity',
  'disability',
  'age',
] as const;
export type HateTarget = (typeof HATE_TARGETS)[number];

/** What sort of personal data a `personal_data` label found. */
export const PERSONAL_DATA_KINDS = ['phone', 'email', 'address', 'name', 'circumstances'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** One category the classifier gave a comment, with the reason a moderator can read. */
export interface Label {
  category: Category;
  /** Only on `hate`, when the attacked characteristic is known. */
  target?: HateTarget;
  /** Only on `personal_data`. */
  kind?: PersonalDataKind;
  /** Only on `incident`: a pupil on the school's roster is named (the safeguarding team is alerted). */
  namesPupil?: true;
  /** Confidence in [0, 1]; the default threshold for every category is 0.5. */
  score: number;
  /** The words or the rule that caused the label, e.g. `word "idiot" aimed at "you"`. */
  evidence: string;
}

/** Scores at or above these values become labels. Tuned so that 0.5 is the model's operating point. */
export const DEFAULT_THRESHOLDS: Readonly<Record<Category, number>> = Object.freeze({
  abuse: 0.5,
  hate: 0.5,
  threat: 0.5,
  profanity: 0.5,
  spam: 0.5,
  commercial: 0.5,
  donation: 0.5,
  personal_data: 0.5,
  complaint: 0.5,
  incident: 0.5,
});

export const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);
