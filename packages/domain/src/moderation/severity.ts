// How bad a comment is, for "worst first" in the moderation queue: the strongest label, weighted by how much
// harm its category can do if left up. A near-certain threat outranks a near-certain advert.
import type { CommentCategory } from '../policy/policy-vocabulary.ts';

export const CATEGORY_GRAVITY: Readonly<Record<CommentCategory, number>> = {
  threat: 1,
  hate: 1,
  personal_data: 0.9,
  abuse: 0.85,
  incident: 0.8,
  complaint: 0.6,
  profanity: 0.5,
  spam: 0.4,
  commercial: 0.35,
  donation: 0.35,
};

export function commentSeverity(labels: ReadonlyArray<{ category: CommentCategory; score: number }>): number {
  let worst = 0;
  for (const label of labels) worst = Math.max(worst, label.score * CATEGORY_GRAVITY[label.category]);
  return Math.round(worst * 1000) / 1000;
}
