// The rules of 004 for official accounts, pure: who may decide a request, and what each named runner still lacks
// before the account may be approved (a signature of the policy in force, training in date, being on the staff).
import type { Role } from '../roles.ts';
import type { AccountApprover } from '../policy/policy-vocabulary.ts';

export type RunnerGap = 'signature' | 'training' | 'inactive';

export interface RunnerFacts {
  staffId: string;
  name: string;
  active: boolean;
  signedCurrentPolicy: boolean;
  trainingInDate: boolean;
}

export interface RunnerRules {
  runnersMustHaveSigned: boolean;
  runnersMustHaveTraining: boolean;
}

export interface RunnerShortfall {
  staffId: string;
  name: string;
  missing: RunnerGap[];
}

/** Each runner who lacks something the policy asks, and what; empty when every runner is ready. */
export function runnerShortfalls(runners: readonly RunnerFacts[], rules: RunnerRules): RunnerShortfall[] {
  return runners.flatMap((r) => {
    const missing: RunnerGap[] = [];
    if (!r.active) missing.push('inactive');
    if (rules.runnersMustHaveSigned && !r.signedCurrentPolicy) missing.push('signature');
    if (rules.runnersMustHaveTraining && !r.trainingInDate) missing.push('training');
    return missing.length > 0 ? [{ staffId: r.staffId, name: r.name, missing }] : [];
  });
}

/** 004: the policy names who approves new accounts; the head may always. */
export function mayDecideAccountRequest(role: Role, approvedBy: AccountApprover): boolean {
  return role === 'head' || (approvedBy === 'slt' && role === 'slt');
}

/** At least two named runners, and never fewer than the policy's minimum. */
export const requiredRunners = (minRunners: number) => Math.max(2, minRunners);

const GAP_WORDS: Record<RunnerGap, string> = {
  signature: 'has not signed the policy in force',
  training: 'has no policy training in date',
  inactive: 'is no longer on the staff',
};

export const describeShortfall = (s: RunnerShortfall) =>
  `${s.name} ${s.missing.map((m) => GAP_WORDS[m]).join(' and ')}.`;
