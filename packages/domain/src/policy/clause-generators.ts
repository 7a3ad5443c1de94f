// Clauses whose words Schoolgate writes from the settings (a PolicyClause with markdown null), registered under the
// clause id. Every ENFORCED clause is one of these, so what the document says about an enforced rule is always the
// setting the code applies; a school can move or remove such a clause but never reword it. A few generated clauses
// are recorded or guidance: their figures come from the settings or the school's records, but people carry them out.
// `rule` names what applies it (a settings path, or the part of Schoolgate that does it); docs/policy-templates.md.
import type { ClauseStatus } from './policy-content.ts';
import type { PolicyBlock, PolicyDocumentFacts } from './policy-document.ts';
import type { PolicySettings } from './policy-settings.schema.ts';
import {
  acceptanceSentence,
  approvalsSentence,
  concernBlocks,
  CREDENTIALS_ITEM,
  deadlineBlocks,
  EVIDENCE_SENTENCE,
  HANDOVER_ITEM,
  likeAndFollowItem,
  list,
  moderationBlocks,
  namedPeopleItems,
  neverPublishedBlocks,
  newAccountItems,
  paragraph,
  platformsSentence,
  postCategoryBlocks,
  pressSentence,
  repeatOffenderBlocks,
  retentionBlocks,
  reviewSentence,
  runnerItems,
  SCHOOLGATE_DOES,
  suggestionsSentence,
  trainingSentence,
  trustSentence,
  twoFactorSentence,
} from './clause-wording.ts';

export interface ClauseGenerator {
  /** What the clause is, whoever uses it: a generated clause keeps this status and rule. */
  readonly status: ClauseStatus;
  readonly rule: string | null;
  /** One line for the editor and docs/policy-templates.md: what the clause says. */
  readonly summary: string;
  readonly generate: (settings: PolicySettings, facts: PolicyDocumentFacts) => PolicyBlock[];
}

const sentences = (...texts: (string | null)[]): PolicyBlock[] =>
  texts.filter((text): text is string => text !== null).map(paragraph);

export const CLAUSE_GENERATORS = {
  'purpose.schoolgate': {
    status: 'enforced',
    rule: 'the document is rendered from the settings Schoolgate applies',
    summary: 'What Schoolgate does itself, and that the rest is for people to follow',
    generate: () => sentences(SCHOOLGATE_DOES),
  },
  'purpose.trust': {
    status: 'recorded',
    rule: 'trust defaults and school overrides (policy inheritance)',
    summary: 'The school belongs to its trust, which sets the starting point',
    generate: (_s, facts) => sentences(trustSentence(facts)),
  },
  'roles.named-people': {
    status: 'recorded',
    rule: "the school's records: headteacher, safeguarding team, chair of governors; accounts.approvedBy",
    summary: 'The people responsible, by name, and who approves new accounts',
    generate: (settings, facts) => [list(namedPeopleItems(settings, facts))],
  },
  'accounts.platforms': {
    status: 'enforced',
    rule: 'platforms (a post or reply to a platform not listed is refused)',
    summary: 'The platforms the school has official accounts on',
    generate: (settings) => sentences(platformsSentence(settings)),
  },
  'accounts.runners': {
    status: 'enforced',
    rule: 'canActOnAccount; accounts.minRunners (at least two); accounts.runnersMustHaveSigned, runnersMustHaveTraining',
    summary: 'Only named runners (and the head) act on an account; enough runners, each ready',
    generate: (settings) => [list(runnerItems(settings))],
  },
  'accounts.new-account': {
    status: 'enforced',
    rule: 'account requests: business case and runners always; accounts.headWrittenConsentRequired, accounts.approvedBy',
    summary: 'A new account needs a written case, named runners and approval',
    generate: (settings) => [list(newAccountItems(settings))],
  },
  'accounts.credentials': {
    status: 'enforced',
    rule: 'account sign-in details sealed; revealed only to runners and the head, with a reason',
    summary: 'Passwords kept securely and given only to the runners',
    generate: () => sentences(CREDENTIALS_ITEM),
  },
  'accounts.handover': {
    status: 'enforced',
    rule: 'a handover is opened when a runner leaves; the account is flagged until it is settled',
    summary: "A leaver's accounts pass to another runner or close",
    generate: () => sentences(HANDOVER_ITEM),
  },
  'accounts.like-and-follow': {
    status: 'enforced',
    rule: 'page links: a commercial page waits for the head; accounts.likeAndFollowNonCommercialOnly',
    summary: 'What the accounts like and follow, and that it is no endorsement',
    generate: (settings) => sentences(likeAndFollowItem(settings)),
  },
  'posts.categories': {
    status: 'enforced',
    rule: 'posts.allowedCategories (publication checks)',
    summary: 'What the school posts about',
    generate: (settings) => postCategoryBlocks(settings),
  },
  'posts.never-published': {
    status: 'enforced',
    rule: 'consent register and do-not-publish list on every post and reply; posts.checks',
    summary: 'What is never published: pupils without consent, the do-not-publish list, the listed checks',
    generate: (settings) => neverPublishedBlocks(settings),
  },
  'posts.approvals': {
    status: 'enforced',
    rule: 'posts.approvalsRequired (at least one approval by someone other than the author)',
    summary: 'Every post approved by someone other than its author',
    generate: (settings) => sentences(approvalsSentence(settings)),
  },
  'posts.suggestions': {
    status: 'guidance',
    rule: null,
    summary: 'Where staff who are not runners take ideas for posts (posts.suggestionsGoTo)',
    generate: (settings) => sentences(suggestionsSentence(settings)),
  },
  'comments.response-deadline': {
    status: 'enforced',
    rule: 'response.*, calendar.* (deadlines; overdue comments escalated)',
    summary: 'How quickly comments and messages are answered',
    generate: (settings) => deadlineBlocks(settings),
  },
  'comments.moderation': {
    status: 'enforced',
    rule: 'moderation.categories (hide, queue or leave on arrival)',
    summary: 'What happens to comments of each kind',
    generate: (settings) => moderationBlocks(settings),
  },
  'comments.evidence': {
    status: 'enforced',
    rule: 'evidence kept before a comment is hidden or deleted',
    summary: 'Evidence kept before anything is removed',
    generate: () => sentences(EVIDENCE_SENTENCE),
  },
  'comments.repeat-offenders': {
    status: 'enforced',
    rule: 'moderation.repeatOffender (Schoolgate proposes the next step; the step taken is recorded)',
    summary: 'The steps taken with someone who keeps posting unacceptable comments',
    generate: (settings) => repeatOffenderBlocks(settings),
  },
  'comments.press': {
    status: 'enforced',
    rule: 'moderation.journalistContactGoesTo (a press comment waits for the head)',
    summary: 'Journalists are passed to the head (and the chair) before anyone replies',
    generate: (settings) => sentences(pressSentence(settings)),
  },
  'concerns.reporting': {
    status: 'recorded',
    rule: 'concerns raised in Schoolgate reach the safeguarding team; concerns.alsoNotify is for people to tell',
    summary: 'Concerns go to the safeguarding team the same day',
    generate: (settings, facts) => concernBlocks(settings, facts),
  },
  'staff.acceptance': {
    status: 'enforced',
    rule: 'people.acceptance (who is asked to sign; signatures recorded)',
    summary: 'Who signs the policy, and again for each version',
    generate: (settings) => sentences(acceptanceSentence(settings)),
  },
  'staff.training': {
    status: 'enforced',
    rule: 'people.training (who must be trained, from when; expiry reminders)',
    summary: 'Who is trained on the policy, and how often',
    generate: (settings) => sentences(trainingSentence(settings)),
  },
  'staff.two-factor': {
    status: 'enforced',
    rule: 'people.twoFactorRoles (refused at sign-in without a code)',
    summary: 'Who signs in with a second factor',
    generate: (settings) => sentences(twoFactorSentence(settings)),
  },
  'data.retention': {
    status: 'enforced',
    rule: 'retention.* (nightly deletion and anonymisation)',
    summary: 'How long each kind of record is kept',
    generate: (settings, facts) => retentionBlocks(settings, facts),
  },
  'review.cycle': {
    status: 'enforced',
    rule: 'review.cycleMonths (review date set on approval; reminders before it)',
    summary: 'This version, its approval and the next review',
    generate: (settings, facts) => sentences(reviewSentence(settings, facts)),
  },
} as const satisfies Readonly<Record<string, ClauseGenerator>>;

export type GeneratedClauseId = keyof typeof CLAUSE_GENERATORS;

export function isGeneratedClauseId(id: string): id is GeneratedClauseId {
  return Object.hasOwn(CLAUSE_GENERATORS, id);
}

export function clauseGenerator(id: string): ClauseGenerator | null {
  return isGeneratedClauseId(id) ? CLAUSE_GENERATORS[id] : null;
}
