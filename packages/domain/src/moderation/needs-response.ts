// Which comments the school must answer within its deadline (003: every comment gets a response; 004: queries
// and complaints within 48 hours). Questions, complaints and talk of incidents need an answer, even if only to
// point to the complaints procedure; praise, thanks and anything hidden at once do not.
import type { CommentCategory } from '../policy/policy-vocabulary.ts';

const ASKS =
  /\?|^(can|could|does|do|is|are|will|when|what|where|why|how|who|which|would|has|have|please)\b|\b(anyone know|let (us|me) know|any update|any news|wondering)\b/i;
const NEEDS_ANSWER: readonly CommentCategory[] = ['complaint', 'incident'];

export interface ResponseNeed {
  needed: boolean;
  /** Why, in words a moderator understands. */
  reason: string;
}

export function responseNeed(
  text: string,
  labels: ReadonlyArray<{ category: CommentCategory; score: number }>,
  decision: 'hide' | 'queue' | 'leave',
  threshold = 0.5,
): ResponseNeed {
  if (decision === 'hide') return { needed: false, reason: 'Hidden on arrival: no public answer is due.' };
  const serious = labels.find((l) => NEEDS_ANSWER.includes(l.category) && l.score >= threshold);
  if (serious)
    return {
      needed: true,
      reason:
        serious.category === 'complaint'
          ? 'A complaint: point to the complaints procedure.'
          : 'Talk of an incident: answer privately and redirect.',
    };
  if (ASKS.test(text.trim())) return { needed: true, reason: 'A question or query.' };
  return { needed: false, reason: 'No question, complaint or incident found.' };
}
