// What the school's settings say to do with a classified comment (STYLE rule 2: the last phase of the
// classifier, "policy mapping", calls this). The strongest action any label earns wins: one hateful phrase in an
// otherwise polite complaint hides the comment.
import type { CommentCategory, ModerationAction } from './policy-vocabulary.ts';
import type { PolicySettings } from './policy-settings.schema.ts';

export interface CommentLabel {
  readonly category: CommentCategory;
  /** The classifier's confidence, 0 to 1. */
  readonly score: number;
}

export interface CommentDecision {
  readonly action: ModerationAction;
  /** The label that decided it; null when the comment is left because no label reached a threshold. */
  readonly decidedBy: CommentLabel | null;
}

const STRENGTH: Readonly<Record<ModerationAction, number>> = { leave: 0, queue: 1, hide: 2 };

export function actionForLabel(
  rules: PolicySettings['moderation']['categories'],
  label: CommentLabel,
): ModerationAction {
  const rule = rules[label.category];
  if (rule.hideAt !== null && label.score >= rule.hideAt) return 'hide';
  if (rule.queueAt !== null && label.score >= rule.queueAt) return 'queue';
  return 'leave';
}

export function decideCommentAction(
  rules: PolicySettings['moderation']['categories'],
  labels: readonly CommentLabel[],
): CommentDecision {
  let decision: CommentDecision = { action: 'leave', decidedBy: null };
  for (const label of labels) {
    const action = actionForLabel(rules, label);
    if (action === 'leave') continue;
    const stronger = STRENGTH[action] > STRENGTH[decision.action];
    const surer = action === decision.action && label.score > (decision.decidedBy?.score ?? -1);
    if (stronger || surer) decision = { action, decidedBy: label };
  }
  return decision;
}
