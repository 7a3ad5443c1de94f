import { z } from 'zod';
import { text } from './text.ts';
import { cappedPageOf, PageQuery } from './common.ts';
import { LADDER_STEPS } from '@schoolgate/domain/shared';
import { PublicationOverride } from './posts.ts';

export const PlatformSchema = z.enum(['facebook', 'instagram', 'x']);
export const QueueView = z.enum(['to_review', 'awaiting_response', 'all']);
/** Where a comment is on its platform: still up, hidden, deleted by the school, or removed by its author. */
export const PlatformState = z.enum(['visible', 'hidden', 'deleted', 'removed_by_author']);
export type PlatformState = z.infer<typeof PlatformState>;

export const CommentLabel = z.object({
  category: text(),
  target: text().optional(),
  kind: text().optional(),
  /** On an `incident` label: a pupil on the school's roster is named (issue 12: the safeguarding team is alerted). */
  namesPupil: z.boolean().optional(),
  score: z.number(),
  evidence: text(),
});

export const QueueQuery = PageQuery.extend({
  view: QueueView.default('to_review'),
  category: text().trim().max(40).optional(),
  accountId: z.uuid().optional(),
  /** Only comments in this state on the platform. */
  platformState: PlatformState.optional(),
});

export const QueueItem = z.object({
  id: z.uuid(),
  platform: PlatformSchema,
  account: z.object({ id: z.uuid(), handle: text(), displayName: text() }),
  author: z.object({ id: z.uuid(), name: text().nullable(), handle: text().nullable(), isPress: z.boolean() }),
  text: text(),
  postedAt: text(),
  receivedAt: text(),
  labels: z.array(CommentLabel),
  severity: z.number(),
  /** What the school's settings decided on arrival. */
  decision: z.enum(['hide', 'queue', 'leave']),
  decisionReason: text().nullable(),
  platformState: PlatformState,
  reviewState: z.enum(['to_review', 'reviewed']),
  needsResponse: z.boolean(),
  responseDueAt: text().nullable(),
  respondedAt: text().nullable(),
  overdue: z.boolean(),
  /**
   * A journalist's comment not yet answered and still on the platform, hidden or not (004): nothing is said to them
   * until the head approves it, so it is held for the head, and for the chair of governors too where the policy
   * routes press contact to them. Null for every other comment.
   */
  pressHold: z.enum(['head', 'head_and_chair']).nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueueResponse = cappedPageOf(QueueItem).extend({
  accounts: z.array(z.object({ id: z.uuid(), platform: PlatformSchema, handle: text(), displayName: text() })),
});
export type QueueResponse = z.infer<typeof QueueResponse>;

export const ActionCapability = z.object({
  viaApi: z.boolean(),
  manualSteps: z.array(text()),
  note: text().optional(),
});

export const ModerationActionRecord = z.object({
  id: z.number().int(),
  action: text(),
  manual: z.boolean(),
  detail: z.record(text(), z.unknown()),
  by: text().nullable(),
  at: text(),
});

export const EvidenceFile = z.object({
  kind: text(),
  fileName: text(),
  sha256: text(),
  createdAt: text(),
});

export const CommentDetail = QueueItem.extend({
  /**
   * The post the comment is on: its id on the platform, its wording (null while not known: the platform sent only
   * the id and looking it up has not worked yet; empty when the post has no text) and its https address there.
   */
  post: z.object({ externalId: text(), text: text().nullable(), permalink: text().nullable() }).nullable(),
  /** The school's complaints page from its published policy, for reply templates; null when it has none. */
  complaintsUrl: text().nullable(),
  /**
   * The school's public "raise a concern" page (issue 12), a full address built from its public token, for the reply
   * template that asks a worried parent to tell the school privately; null when the school has none.
   */
  publicReportUrl: text().nullable(),
  revisions: z.array(z.object({ text: text(), editedAt: text() })),
  actions: z.array(ModerationActionRecord),
  evidence: z.array(EvidenceFile),
  /** The author's other comments on this school's accounts, newest first. */
  authorHistory: z.array(
    z.object({ id: z.uuid(), text: text(), postedAt: text(), decision: text(), platformState: text() }),
  ),
  /** What this account's platform lets Schoolgate do, and the manual steps where it cannot. */
  capabilities: z.record(text(), ActionCapability),
  /** A reply to a journalist waiting for the head's approval (004). */
  pendingPressReply: z.object({ text: text(), proposedBy: text().nullable(), at: text() }).nullable(),
  /** False when the signed-in person neither runs the comment's account nor is the head: they read, not act (004). */
  mayAct: z.boolean().optional(),
});
export type CommentDetail = z.infer<typeof CommentDetail>;

export const COMMENT_ACTIONS = [
  'approve',
  'hide',
  'unhide',
  'delete',
  'reply',
  'block',
  'mark_responded',
  'approve_press_reply',
  'record_manual',
] as const;
export const CommentActionRequest = z.object({
  action: z.enum(COMMENT_ACTIONS),
  /** The reply's text (reply), or what was done by hand (record_manual). */
  text: text().trim().min(1).max(2000).optional(),
  /**
   * For record_manual: which action was done by hand on the platform. ask_to_delete: the school asked the author to
   * take it down (on X, where nobody can delete another person's reply, this is one of the steps that can be taken).
   */
  manualAction: z.enum(['hide', 'unhide', 'delete', 'block', 'reply', 'report_platform', 'ask_to_delete']).optional(),
  /** For record_manual report_platform: the platform's reference for the report (required). */
  reference: text().trim().min(1).max(100).optional(),
  /** For reply and approve_press_reply: advisory checks (issue 11) sent anyway, with the reason (recorded). */
  override: PublicationOverride.optional(),
});
export type CommentActionRequest = z.infer<typeof CommentActionRequest>;

export const CommentActionResponse = z.object({
  /** done: carried out. manual_needed: the platform cannot (or refused); follow the steps, then record it. pending_approval: a press reply waits for the head. */
  outcome: z.enum(['done', 'manual_needed', 'pending_approval']),
  message: text(),
  manualSteps: z.array(text()),
  comment: CommentDetail,
});
export type CommentActionResponse = z.infer<typeof CommentActionResponse>;

export const BulkActionRequest = z.object({
  ids: z.array(z.uuid()).min(1).max(200),
  action: z.enum(['approve', 'hide', 'mark_responded']),
});
export const BulkActionResponse = z.object({
  done: z.number().int(),
  manualNeeded: z.number().int(),
  failed: z.array(z.object({ id: z.uuid(), message: text() })),
});
export type BulkActionResponse = z.infer<typeof BulkActionResponse>;

/** The steps of the policy's ladder, from their one list in the domain. */
export const LADDER_STEP_VALUES = LADDER_STEPS;
export const AuthorStepRequest = z.object({
  step: z.enum(LADDER_STEP_VALUES),
  /** The platform's report reference, the police crime reference, and so on. */
  reference: text().trim().max(100).optional(),
  note: text().trim().max(2000).optional(),
  /**
   * The step was done on the platform by hand (after Schoolgate gave the manual steps). Without it a block is made
   * through the platform's API where the platform allows it.
   */
  doneByHand: z.boolean().optional(),
});
export const AuthorPressRequest = z.object({ isPress: z.boolean() });

export const AuthorDetail = z.object({
  id: z.uuid(),
  platform: PlatformSchema,
  name: text().nullable(),
  handle: text().nullable(),
  isPress: z.boolean(),
  comments: z.array(
    z.object({ id: z.uuid(), text: text(), postedAt: text(), decision: text(), platformState: text() }),
  ),
  removals: z.number().int(),
  steps: z.array(ModerationActionRecord),
  /** The school's ladder and where this author is on it. */
  ladder: z.array(text()),
  /** Set when removals within the window pass the school's threshold: the next rung not yet taken. */
  suggestedNextStep: text().nullable(),
  suggestionReason: text().nullable(),
  /** Whether the platform lets Schoolgate block this author, and the steps to do it by hand where it cannot. */
  blocking: ActionCapability.optional(),
  /**
   * Only in the answer to recording a step that Schoolgate carries out on the platform (a block): done, or
   * manual_needed with the steps to do it by hand when the platform cannot or refused.
   */
  stepOutcome: z
    .object({ outcome: z.enum(['done', 'manual_needed']), message: text(), manualSteps: z.array(text()) })
    .optional(),
});
export type AuthorDetail = z.infer<typeof AuthorDetail>;

export const ComplianceQuery = z.object({ weeks: z.coerce.number().int().min(1).max(52).default(8) });
export const ComplianceResponse = z.object({
  deadlineHours: z.number().int(),
  weeks: z.array(
    z.object({
      weekStarting: text(),
      due: z.number().int(),
      answeredOnTime: z.number().int(),
      answeredLate: z.number().int(),
      openOverdue: z.number().int(),
      /**
       * Fell due that week but no longer needed a reply: hidden or deleted by the school, or removed by its author,
       * before anyone answered. Closed, not missed, so not in `due` or the rate.
       */
      closedWithoutReply: z.number().int(),
      /** Share answered on time of those due, 0 to 1; null when nothing was due. */
      onTimeRate: z.number().nullable(),
    }),
  ),
});
export type ComplianceResponse = z.infer<typeof ComplianceResponse>;
