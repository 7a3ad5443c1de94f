import { describe, expect, it } from 'vitest';
import { decideCommentAction, type CommentLabel } from './comment-action.ts';
import { policySettingsFromTemplate } from './templates/index.ts';

const rules = policySettingsFromTemplate('independent-all-through').moderation.categories;

describe('decideCommentAction (independent all-through template)', () => {
  it.each<[string, CommentLabel[], string, string | null]>([
    ['a friendly comment with no labels is left', [], 'leave', null],
    ['confident abuse is hidden at once', [{ category: 'abuse', score: 0.92 }], 'hide', 'abuse'],
    ['uncertain abuse goes to a moderator instead', [{ category: 'abuse', score: 0.6 }], 'queue', 'abuse'],
    ['a faint hint of abuse is left', [{ category: 'abuse', score: 0.2 }], 'leave', null],
    ['a complaint is never hidden, only queued', [{ category: 'complaint', score: 0.99 }], 'queue', 'complaint'],
    [
      'the strongest label wins: hate inside a complaint hides it',
      [
        { category: 'complaint', score: 0.95 },
        { category: 'hate', score: 0.9 },
      ],
      'hide',
      'hate',
    ],
    [
      'between two labels with the same action, the surer one is named',
      [
        { category: 'incident', score: 0.6 },
        { category: 'complaint', score: 0.8 },
      ],
      'queue',
      'complaint',
    ],
  ])('%s', (_, labels, action, decidedBy) => {
    const decision = decideCommentAction(rules, labels);
    expect(decision.action).toBe(action);
    expect(decision.decidedBy?.category ?? null).toBe(decidedBy);
  });
});
