// The training table for leaders (every active member of staff, the latest record of each kind, a status and
// whether the policy in force asks them for training) and "My training" for everyone, which needs no permission
// beyond working in the school.
import { acceptanceRepository, trainingRepository, type Db, type TrainingRecordWithFile } from '@schoolgate/db';
import { AppError, isInPeopleScope, londonDateOf, type TrainingSettings } from '@schoolgate/domain';
import {
  TRAINING_KINDS,
  type MyTrainingResponse,
  type TrainingKind,
  type TrainingOverviewItem,
  type TrainingOverviewResponse,
} from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { presentTraining } from './present-training.ts';
import { assessTraining, longestRunning, personStatus, statusOfExpiry, trainingDutyOf } from './training-status.ts';
import { trainingSettingsFor } from './validity.ts';

/** Everyone on the staff, out of date or not under `training` (the published policy's, loaded when not given). */
export async function overviewRows(
  db: Db,
  schoolId: string,
  today: string,
  training?: TrainingSettings,
): Promise<TrainingOverviewItem[]> {
  const [people, records, settings] = await Promise.all([
    trainingRepository.activeStaff(db, schoolId),
    trainingRepository.listForStaff(db, schoolId),
    training ?? trainingSettingsFor(db, schoolId),
  ]);
  const byStaff = new Map<string, TrainingRecordWithFile[]>();
  for (const r of records) byStaff.set(r.staffId, [...(byStaff.get(r.staffId) ?? []), r]);
  return people.map((p) => {
    const mine = byStaff.get(p.staffId) ?? [];
    const kindSummary = (kind: TrainingKind) => {
      const latest = longestRunning(mine, [kind]);
      return {
        status: latest ? statusOfExpiry(latest.expiresOn, today) : ('none' as const),
        latest: latest ? presentTraining(latest, today) : null,
      };
    };
    const duty = trainingDutyOf(settings, p, today);
    const { status, outOfDate } = assessTraining(personStatus(mine, today), p.role, duty, today);
    return {
      staffId: p.staffId,
      name: `${p.firstName} ${p.lastName}`,
      jobTitle: p.jobTitle,
      role: p.role as TrainingOverviewItem['role'],
      canSignIn: p.canSignIn,
      kinds: Object.fromEntries(TRAINING_KINDS.map((k) => [k, kindSummary(k)])) as TrainingOverviewItem['kinds'],
      status,
      required: duty.required,
      outOfDate,
    };
  });
}

export async function getTrainingOverview(
  ctx: AppContext,
  actor: Actor,
  query: { filter: 'all' | 'out_of_date' },
): Promise<TrainingOverviewResponse> {
  authorise(actor, 'read', 'training');
  const schoolId = schoolOf(actor);
  const today = londonDateOf(ctx.now());
  const training = await trainingSettingsFor(ctx.db, schoolId);
  const rows = await overviewRows(ctx.db, schoolId, today, training);
  const outOfDate = rows.filter((r) => r.outOfDate).length;
  return {
    validityMonths: training.validityMonths,
    scope: training.required,
    total: rows.length,
    outOfDate,
    items: query.filter === 'out_of_date' ? rows.filter((r) => r.outOfDate) : rows,
  };
}

export async function getMyTraining(ctx: AppContext, actor: Actor): Promise<MyTrainingResponse> {
  // A person's own records are theirs to see whatever their role, so no permission is asked for beyond a school.
  if (!actor.schoolId) throw new AppError('VALIDATION_FAILED', 'Choose a school first.');
  const person = await acceptanceRepository.staffForUser(ctx.db, actor.schoolId, actor.userId);
  if (!person) return { hasStaffRecord: false, required: false, status: 'none', items: [] };
  const today = londonDateOf(ctx.now());
  const [records, training] = await Promise.all([
    trainingRepository.listForStaff(ctx.db, actor.schoolId, [person.id]),
    trainingSettingsFor(ctx.db, actor.schoolId),
  ]);
  return {
    hasStaffRecord: true,
    // The role they act in here is the role of their staff record in this school.
    required: isInPeopleScope(training.required, actor.role),
    status: personStatus(records, today).policy,
    items: records.map((r) => presentTraining(r, today)),
  };
}
