// The dashboard by role (issue 14): what needs this person now, each item with a link. Leaders see what the school
// must act on (overdue comments, open concerns by urgency as counts, staff who have not signed, training running
// out, accounts needing attention, a policy review due); every member of staff sees what they must do themselves;
// the trust team sees every school in one table, worst first. Each item is shown only to a role that may open
// what it links to, so the counts never say more than the page behind them would.
import { acceptanceRepository, policyVersionsRepository, reportsRepository, tenancyRepository } from '@schoolgate/db';
import {
  addDays,
  can,
  londonDateOf,
  longDate,
  PLATFORM_LABELS,
  termContaining,
  type Platform,
} from '@schoolgate/domain';
import type { DashboardItem, DashboardResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { coverageOf } from '../acceptance/acceptance-coverage.ts';
import { myAcceptance } from '../acceptance/get-my-acceptance.ts';
import { getAccountsNeedingAttention } from '../accounts/account-register.ts';
import { visibleRoutes } from '../concerns/concern-access.ts';
import { myConcerns } from '../concerns/my-concerns.ts';
import { listSuggestions } from '../posts/post-suggestions.ts';
import { getMyTraining, overviewRows } from '../training/training-overview.ts';
import { enforcedSettings } from './gather-school-figures.ts';
import { trustFigures } from './get-report.ts';

const ENTRIES = 10;
const londonTime = (at: Date) =>
  at.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/** What the dashboard cannot show yet: nothing left out at present (the contract keeps the list for when it is). */
export const DASHBOARD_NOT_INCLUDED: string[] = [];

export async function getDashboard(ctx: AppContext, actor: Actor): Promise<DashboardResponse> {
  const now = ctx.now();
  const today = londonDateOf(now);
  const items: DashboardItem[] = [];
  const item = (value: Omit<DashboardItem, 'entries'> & { entries?: DashboardItem['entries'] }) =>
    items.push({ entries: [], ...value });
  const schoolId = actor.schoolId;

  if (schoolId) {
    // Overdue comments: for whoever works the queue.
    if (can(actor.role, 'moderate', 'comment')) {
      const overdue = await reportsRepository.overdueComments(ctx.db, schoolId, now, ENTRIES);
      if (overdue.total > 0) {
        item({
          key: 'overdue_comments',
          title: 'Comments waiting past their deadline for an answer',
          count: overdue.total,
          tone: 'urgent',
          link: '/moderation?view=awaiting_response',
          linkText: 'Open the comments awaiting an answer',
          entries: overdue.items.map((c) => ({
            label: `Comment by ${c.authorName ?? c.authorHandle ?? 'someone'} on ${PLATFORM_LABELS[c.platform as Platform] ?? c.platform}`,
            detail: c.dueAt ? `Answer was due ${londonTime(c.dueAt)}` : null,
            link: `/moderation/comments/${c.id}`,
          })),
        });
      }
    }

    // Open concerns: counts by urgency only, on the routes this person may read.
    const routes = await visibleRoutes(ctx.db, actor);
    if (routes.length > 0) {
      const counts = await reportsRepository.openConcernCounts(ctx.db, schoolId, routes);
      const urgent = counts.find((c) => c.urgency === 'urgent')?.count ?? 0;
      const routine = counts.find((c) => c.urgency === 'routine')?.count ?? 0;
      if (urgent + routine > 0) {
        item({
          key: 'open_concerns',
          title: `Open concerns: ${urgent} urgent, ${routine} routine`,
          count: urgent + routine,
          tone: urgent > 0 ? 'urgent' : 'due',
          link: '/concerns',
          linkText: 'Open the concerns',
        });
      }
    }

    // Staff who have not signed the Statement of Acceptance.
    if (can(actor.role, 'read', 'acceptance') && actor.role !== 'governor') {
      const { rows } = await coverageOf(ctx.db, schoolId);
      const unsigned = rows.filter((r) => r.acceptedAt === null);
      if (unsigned.length > 0) {
        item({
          key: 'unsigned_staff',
          title: 'Staff who have not signed the policy in force',
          count: unsigned.length,
          tone: 'due',
          link: '/training',
          linkText: 'See who has signed',
          entries: unsigned.slice(0, ENTRIES).map((r) => ({
            label: `${r.firstName} ${r.lastName}`,
            detail: r.jobTitle,
            link: `/training#staff-${r.staffId}`,
          })),
        });
      }
    }

    // Training out of date or running out in the next 30 days.
    if (can(actor.role, 'read', 'training')) {
      const rows = (await overviewRows(ctx.db, schoolId, today)).filter(
        (r) => r.required && (r.outOfDate || r.status === 'expiring'),
      );
      if (rows.length > 0) {
        item({
          key: 'training_expiring',
          title: 'Training out of date or running out within 30 days',
          count: rows.length,
          tone: rows.some((r) => r.outOfDate) ? 'urgent' : 'due',
          link: '/training',
          linkText: 'Open training',
          entries: rows.slice(0, ENTRIES).map((r) => ({
            label: r.name,
            detail: r.outOfDate ? 'Out of date' : 'Running out within 30 days',
            link: `/training#training-${r.staffId}`,
          })),
        });
      }
    }

    // Accounts with fewer than two runners, a runner lapsed, or not connected.
    if (can(actor.role, 'approve', 'account') || actor.role === 'trust_admin' || actor.role === 'account_admin') {
      const { items: accounts } = await getAccountsNeedingAttention(ctx, actor);
      if (accounts.length > 0) {
        item({
          key: 'accounts_attention',
          title: 'Official accounts needing attention',
          count: accounts.length,
          tone: 'due',
          link: '/accounts',
          linkText: 'Open the register of accounts',
          entries: accounts.slice(0, ENTRIES).map((a) => ({
            label: `${PLATFORM_LABELS[a.platform]}: ${a.handle}`,
            detail: a.flags
              .map((f) =>
                f === 'too_few_runners'
                  ? 'fewer than two runners'
                  : f === 'runner_lapsed'
                    ? 'a runner has not signed or trained'
                    : 'not connected',
              )
              .join(', '),
            link: `/accounts/${a.id}`,
          })),
        });
      }
    }

    // Posts: drafts waiting for approval (for those who approve across the school), and this person's own drafts.
    if (can(actor.role, 'read', 'post')) {
      const counts = await reportsRepository.draftPostCounts(ctx.db, schoolId, actor.userId);
      if (can(actor.role, 'read', 'post_archive') && counts.drafts > 0) {
        item({
          key: 'posts_awaiting_approval',
          title: 'Posts awaiting approval',
          count: counts.drafts,
          tone: 'due',
          link: '/posts',
          linkText: 'Open the posts',
        });
      }
      if (counts.mine > 0) {
        item({
          key: 'my_drafts',
          title: 'Your drafts waiting for approval',
          count: counts.mine,
          tone: 'info',
          link: '/posts',
          linkText: 'See your drafts',
        });
      }
    }

    // Suggestions for posts from staff who do not run an account, waiting for this person to draft or decline.
    if (can(actor.role, 'approve', 'post_suggestion')) {
      // The first 200 open ones this person sees (a school never has more waiting at once; the list itself pages).
      const open = await listSuggestions(ctx, actor, { status: 'open', page: 1, pageSize: 200 });
      const waiting = open.items.filter((s) => s.mayDecide);
      if (waiting.length > 0) {
        item({
          key: 'post_suggestions',
          title: 'Suggestions for posts waiting for your decision',
          count: waiting.length,
          tone: 'due',
          link: '/posts?view=suggestions',
          linkText: 'Open the suggestions',
        });
      }
    }

    // A policy review falling due.
    if (can(actor.role, 'update', 'policy') || actor.role === 'governor') {
      const version = await policyVersionsRepository.findByStatus(ctx.db, schoolId, 'published');
      const reviewDue = version?.reviewDue ?? null;
      if (!version) {
        item({
          key: 'policy_missing',
          title: 'No social media policy is in force yet',
          count: null,
          tone: 'urgent',
          link: '/policy',
          linkText: 'Open the policy',
        });
      } else if (reviewDue && reviewDue <= addDays(today, 60)) {
        item({
          key: 'policy_review',
          title:
            reviewDue < today
              ? `The policy's review was due on ${longDate(reviewDue)}`
              : `The policy is due for review on ${longDate(reviewDue)}`,
          count: null,
          tone: reviewDue < today ? 'urgent' : 'due',
          link: '/policy',
          linkText: 'Open the policy',
        });
      }
    }

    // What this person must do themselves.
    if (actor.role !== 'governor' || (await acceptanceRepository.staffForUser(ctx.db, schoolId, actor.userId))) {
      const mine = await myAcceptance(ctx.db, actor);
      if (mine.version && mine.cannotSignReason === null && !mine.signed) {
        item({
          key: 'sign_policy',
          title: `Sign the Statement of Acceptance for version ${mine.version.number} of the policy`,
          count: null,
          tone: 'due',
          link: '/training',
          linkText: 'Read and sign',
        });
      }
      const training = await getMyTraining(ctx, actor);
      if (training.required && training.status !== 'valid') {
        item({
          key: 'my_training',
          title:
            training.status === 'expiring'
              ? 'Your training on the policy runs out soon'
              : 'You need training on the policy',
          count: null,
          tone: training.status === 'expiring' ? 'due' : 'urgent',
          link: '/training',
          linkText: 'See your training',
        });
      }
      const raised = (await myConcerns(ctx, actor)).items.filter((c) => c.status === 'open');
      if (raised.length > 0) {
        item({
          key: 'my_concerns',
          title: 'Concerns you raised that are still open',
          count: raised.length,
          tone: 'info',
          link: '/concerns',
          linkText: 'See your concerns',
          entries: raised.slice(0, ENTRIES).map((c) => ({
            label: c.reference,
            detail: c.seen ? 'Seen by the safeguarding team' : 'Not yet seen',
            link: '/concerns',
          })),
        });
      }
    }

    if (can(actor.role, 'read', 'report')) {
      item({
        key: 'report',
        title: "The governors' report for the last complete term",
        count: null,
        tone: 'info',
        link: '/reports',
        linkText: 'Open the report',
      });
    }
  }

  // The trust team: every school in one table, worst first, for the term so far.
  let trust: DashboardResponse['trust'] = null;
  if (can(actor.role, 'read', 'trust_report')) {
    const schools = await tenancyRepository.listSchools(ctx.db, actor.trustId);
    const calendarSchool = schoolId ?? schools[0]?.id;
    if (calendarSchool) {
      const closures = (await enforcedSettings(ctx.db, calendarSchool)).calendar.closures;
      const period = termContaining(today, closures);
      trust = { period, schools: (await trustFigures(ctx, actor.trustId, period)).schools };
    }
  }
  return { role: actor.role, items, trust, notIncluded: DASHBOARD_NOT_INCLUDED };
}
