// Issue 12: a comment that may threaten a person or the school, or that talks of an incident naming a pupil on the
// roster, must reach the safeguarding team (the DSL, the deputies and the head) as it arrives: a hidden "I'll be
// waiting for him at the gates" reached no one. The rule only decides; ingestion tells them.
import type { CommentCategory } from '../policy/policy-vocabulary.ts';

export interface AlertLabel {
  category: CommentCategory;
  /** Set by the classifier on an `incident` label when a pupil on the school's roster is named. */
  namesPupil?: boolean;
}

export type SafeguardingAlert = { alert: false } | { alert: true; reason: 'threat' | 'incident_naming_pupil' };

/** Whether a comment's labels should alert the safeguarding team; a threat wins over an incident. */
export function safeguardingAlertFor(labels: readonly AlertLabel[]): SafeguardingAlert {
  if (labels.some((l) => l.category === 'threat')) return { alert: true, reason: 'threat' };
  if (labels.some((l) => l.category === 'incident' && l.namesPupil === true)) {
    return { alert: true, reason: 'incident_naming_pupil' };
  }
  return { alert: false };
}
