// Shorthand the template files share, so each template reads as the list of choices its seed policy makes.
import { COMMENT_CATEGORIES, type CommentCategory } from '../policy-vocabulary.ts';
import type { PolicySettingsInput } from '../policy-settings.schema.ts';
import { ROLES_REQUIRING_TWO_FACTOR } from '../../roles.ts';

export interface PolicyTemplateDefinition {
  readonly id: string;
  /** Named for the kind of school it suits, never for the school whose policy it was modelled on. */
  readonly name: string;
  readonly suits: string;
  /** The seed policy (file prefix in seed-policies/) it was modelled on; null for the blank template. */
  readonly modelledOn: '000' | '001' | '002' | '003' | '004' | null;
  readonly settings: PolicySettingsInput;
}

/** Confident enough to hide before a person has looked; the comment is kept as evidence either way. */
export const HIDE_SCORE = 0.85;
/** Likely enough to be worth a moderator's time. */
export const QUEUE_SCORE = 0.5;

type Rules = PolicySettingsInput['moderation']['categories'];

/**
 * Per-category rules from three lists. "hide" categories are also queued below the hiding score, so an uncertain
 * match still reaches a person; categories in no list are left alone.
 */
export function moderationRules(lists: { hide: readonly CommentCategory[]; queue: readonly CommentCategory[] }): Rules {
  const rule = (category: CommentCategory) => {
    if (lists.hide.includes(category)) return { hideAt: HIDE_SCORE, queueAt: QUEUE_SCORE };
    if (lists.queue.includes(category)) return { hideAt: null, queueAt: QUEUE_SCORE };
    return { hideAt: null, queueAt: null };
  };
  return Object.fromEntries(COMMENT_CATEGORIES.map((category) => [category, rule(category)])) as Rules;
}

/** Schoolgate's security baseline (PRODUCT C8); the seeds say nothing about sign-in, so every template uses it. */
export const BASELINE_TWO_FACTOR = [...ROLES_REQUIRING_TWO_FACTOR];

export const OFFICE_DAY = { start: '08:00', end: '17:00' } as const;
