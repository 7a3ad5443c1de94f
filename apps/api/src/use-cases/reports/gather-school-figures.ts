// Gathers one school's rows for a period and hands them to the domain's figures (packages/domain/src/reports).
// Used by the school report, the trust report (once per school) and the trust team's dashboard table.
import {
  acceptanceRepository,
  accountRunnersRepository,
  commentsRepository,
  policyVersionsRepository,
  reportsRepository,
  socialAccountsRepository,
  trainingRepository,
  type Db,
} from '@schoolgate/db';
import {
  acceptanceCoverage,
  accountFigures,
  COMMENT_CATEGORIES,
  commentFigures,
  concernFigures,
  consentCoverage,
  isInPeopleScope,
  londonDateOf,
  peopleSettingsOf,
  periodInstants,
  policyFigures,
  postChecksFigure,
  postsPublishedFigure,
  policySettingsFromTemplate,
  repeatOffenderFigures,
  requiredRunners,
  responseTimes,
  staffInAcceptanceScope,
  trainingCoverage,
  type PolicySettings,
  type ReportFigures,
  type ReportPeriod,
} from '@schoolgate/domain';
import { getEnforcedPolicy } from '../policy/get-enforced-policy.ts';
import { accountRulesFor, runnerStatuses } from '../accounts/runner-readiness.ts';
import { trainingSettingsFor } from '../training/validity.ts';

/** The settings the school enforces today (Schoolgate's cautious defaults before it publishes a policy). */
export async function enforcedSettings(db: Db, schoolId: string): Promise<PolicySettings> {
  return (await getEnforcedPolicy(db, schoolId)) ?? policySettingsFromTemplate('blank');
}

export async function gatherSchoolFigures(
  db: Db,
  schoolId: string,
  period: Pick<ReportPeriod, 'from' | 'to'>,
  now: Date,
): Promise<ReportFigures> {
  const { start, end } = periodInstants(period);
  // Figures "as at the end of the period" are as at now while the period is still running.
  const asAt = end < now ? new Date(end.getTime() - 1) : now;
  const asAtDate = londonDateOf(asAt);
  const settings = await enforcedSettings(db, schoolId);

  const [due, received, actions, steps, concerns, versions, consent, published, stopped] = await Promise.all([
    commentsRepository.dueBetween(db, schoolId, start, end),
    reportsRepository.receivedCommentTallies(db, schoolId, start, end, COMMENT_CATEGORIES),
    reportsRepository.commentActionTallies(db, schoolId, start, end),
    reportsRepository.authorSteps(db, schoolId, start, end),
    reportsRepository.concernsRaised(db, schoolId, start, end),
    policyVersionsRepository.listForSchool(db, schoolId),
    reportsRepository.consentHistories(db, schoolId),
    reportsRepository.publishedPosts(db, schoolId, start, end),
    reportsRepository.stoppedPosts(db, schoolId, start, end),
  ]);

  // Acceptance: the version in force at the end of the period, and who among today's staff had signed it by then.
  const inForce = versions
    .filter((v) => v.publishedAt !== null && v.publishedAt <= asAt)
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime())[0];
  const signers = inForce
    ? staffInAcceptanceScope(
        peopleSettingsOf(inForce.settings).acceptance,
        await acceptanceRepository.coverage(db, schoolId, inForce.id),
      )
    : [];

  // Training: today's staff, who the policy asks to be trained, and their records.
  const [people, records, training] = await Promise.all([
    trainingRepository.activeStaff(db, schoolId),
    trainingRepository.listForStaff(db, schoolId),
    trainingSettingsFor(db, schoolId),
  ]);
  const recordsOf = new Map<string, Array<{ completedOn: string; expiresOn: string | null }>>();
  for (const r of records) recordsOf.set(r.staffId, [...(recordsOf.get(r.staffId) ?? []), r]);

  // Accounts: how many current staff run each official account today.
  const rules = await accountRulesFor(db, schoolId);
  const accounts = await socialAccountsRepository.listForSchool(db, schoolId);
  const runners = await accountRunnersRepository.listForAccounts(
    db,
    schoolId,
    accounts.map((a) => a.id),
  );
  const activeRunners: number[] = [];
  for (const account of accounts) {
    const staffIds = runners.filter((r) => r.accountId === account.id).map((r) => r.staffId);
    const statuses = staffIds.length ? await runnerStatuses(db, schoolId, staffIds, now, rules) : [];
    activeRunners.push(statuses.filter((s) => !s.missing.includes('inactive')).length);
  }

  return {
    responseTimes: responseTimes(
      due.map((d) => ({ dueAt: d.due!, respondedAt: d.responded, platformState: d.platformState })),
      settings.response.hours,
      now,
    ),
    comments: commentFigures(received, actions),
    repeatOffenders: repeatOffenderFigures(steps, settings.moderation.repeatOffender.ladder),
    concerns: concernFigures(concerns),
    acceptance: acceptanceCoverage(
      signers.map((s) => s.acceptedAt),
      asAt,
      inForce?.number ?? null,
    ),
    training: trainingCoverage(
      people.map((p) => ({
        inScope: isInPeopleScope(training.required, p.role),
        records: recordsOf.get(p.staffId) ?? [],
      })),
      asAtDate,
    ),
    accounts: accountFigures(activeRunners, requiredRunners(rules.minRunners)),
    consent: consentCoverage(consent, asAt),
    policy: policyFigures(
      versions.map((v) => ({
        number: v.number,
        status: v.status,
        approvedOn: v.approvedOn,
        publishedAt: v.publishedAt,
        reviewDue: v.reviewDue,
      })),
      period.from,
      end < now ? period.to : asAtDate,
    ),
    postsPublished: postsPublishedFigure(published),
    postChecks: postChecksFigure(stopped),
  };
}
