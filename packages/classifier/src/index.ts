/**
 * @schoolgate/classifier: sorts public comments on a school's social media into the policy's
 * categories, on the school's own machine (PRODUCT.md C4). Pure: no file or network access;
 * load the trained weights with `loadDefaultModel()` from `@schoolgate/classifier/node`.
 *
 *   const classifier = createClassifier({ model: loadDefaultModel(), roster });
 *   classifier.classify('Mrs Patel is a useless cow'); // [{ category: 'abuse', score, evidence }, ...]
 */
import { DEFAULT_THRESHOLDS, type Category, type Label } from './categories.ts';
import type { ModelWeights } from './model/linear-model.ts';
import { normaliseDomain } from './phases/links.ts';
import { compileRoster, type RosterEntry } from './phases/roster.ts';
import { runPipeline } from './pipeline.ts';

export {
  CATEGORIES,
  DEFAULT_THRESHOLDS,
  HATE_TARGETS,
  PERSONAL_DATA_KINDS,
  isCategory,
  type Category,
  type HateTarget,
  type Label,
  type PersonalDataKind,
} from './categories.ts';
export type { ModelWeights } from './model/linear-model.ts';
export { decodeWeights } from './model/weights-codec.ts';
export type { RosterEntry } from './phases/roster.ts';
export { PHASES } from './pipeline.ts';

export interface ClassifierOptions {
  /** Pupils' and staff names, so a full name in a comment is found exactly. */
  roster?: readonly RosterEntry[];
  /** Per-category thresholds replacing the defaults (all 0.5). */
  thresholds?: Partial<Record<Category, number>>;
  /** Trained weights. Without them only the rule phases run: personal data, word lists, phrases. */
  model?: ModelWeights;
  /** The school's own web domains ("stmarys.org.uk"): links to them, like gov.uk or nhs.uk, are not spam. */
  trustedDomains?: readonly string[];
}

export interface Classifier {
  /**
   * Labels for one comment, worst categories first in CATEGORIES order; an empty list means
   * fine. With `explain`, every category is listed with its score, over threshold or not.
   */
  classify(text: string, opts?: { explain?: boolean }): Label[];
}

export const createClassifier = (options: ClassifierOptions = {}): Classifier => {
  const roster = compileRoster(options.roster ?? []);
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const model = options.model;
  const trustedDomains = (options.trustedDomains ?? []).map(normaliseDomain).filter((d) => d.length > 0);
  return {
    classify(text, opts = {}) {
      const env = { roster, model, thresholds, explain: opts.explain === true, trustedDomains };
      return runPipeline(typeof text === 'string' ? text : String(text ?? ''), env).labels;
    },
  };
};
