// What each named runner still lacks under the policy in force (004): the signature of the published version
// (the acceptance area's records) and policy training in date (the training area's rules, trainingStatusFor).
import { acceptanceRepository, staffRepository, type Db } from '@schoolgate/db';
import {
  londonDateOf,
  policySettingsSchema,
  runnerShortfalls,
  type RunnerFacts,
  type RunnerRules,
} from '@schoolgate/domain';
import type { RunnerStatus } from '@schoolgate/contracts';
import { isOutOfDate, trainingStatusFor } from '../training/training-status.ts';

export interface AccountRules extends RunnerRules {
  headWrittenConsentRequired: boolean;
  approvedBy: 'head' | 'slt';
  minRunners: number;
  likeAndFollowNonCommercialOnly: boolean;
}

/** Before a school publishes a policy, Schoolgate asks the most of runners and lets only the head decide. */
const WITHOUT_POLICY: AccountRules = {
  headWrittenConsentRequired: true,
  approvedBy: 'head',
  minRunners: 2,
  runnersMustHaveSigned: true,
  runnersMustHaveTraining: true,
  likeAndFollowNonCommercialOnly: true,
};

export async function accountRulesFor(db: Db, schoolId: string): Promise<AccountRules> {
  const version = await acceptanceRepository.currentPublishedVersion(db, schoolId);
  const parsed = policySettingsSchema.shape.accounts.safeParse(version?.settings?.['accounts']);
  return parsed.success ? parsed.data : WITHOUT_POLICY;
}

export async function runnerStatuses(
  db: Db,
  schoolId: string,
  staffIds: string[],
  now: Date,
  rules: RunnerRules,
): Promise<RunnerStatus[]> {
  const everyone = new Map((await staffRepository.listForImport(db, schoolId)).map((s) => [s.id, s]));
  const version = await acceptanceRepository.currentPublishedVersion(db, schoolId);
  const training = await trainingStatusFor(db, schoolId, staffIds, londonDateOf(now));
  const facts: RunnerFacts[] = [];
  for (const id of staffIds) {
    const person = everyone.get(id);
    const signed = version ? (await acceptanceRepository.findForStaff(db, version.id, id)) !== null : false;
    const status = training.get(id);
    facts.push({
      staffId: id,
      name: person ? `${person.firstName} ${person.lastName}` : 'Unknown person',
      active: person?.status === 'active',
      signedCurrentPolicy: signed,
      trainingInDate: status ? !isOutOfDate(status.policy) : false,
    });
  }
  const gaps = new Map(runnerShortfalls(facts, rules).map((g) => [g.staffId, g.missing]));
  return facts.map((f) => ({ staffId: f.staffId, name: f.name, missing: gaps.get(f.staffId) ?? [] }));
}
