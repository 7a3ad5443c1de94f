// The training table for leaders (every active member of staff, the latest record of each kind and a status)
// and "My training" for everyone, which needs no permission beyond working in the school.
import { acceptanceRepository, trainingRepository, type Db, type TrainingRecordWithFile } from '@schoolgate/db';
import { AppError, londonDateOf } from '@schoolgate/domain';
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
import { isOutOfDate, longestRunning, overallStatus, personStatus, statusOfExpiry } from './training-status.ts';
import { validityMonthsFor } from './validity.ts';

export async function overviewRows(db: Db, schoolId: string, today: string): Promise<TrainingOverviewItem[]> {
  const [people, records] = await Promise.all([
    trainingRepository.activeStaff(db, schoolId),
    trainingRepository.listForStaff(db, schoolId),
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
    const status = overallStatus(personStatus(mine, today), p.role);
    return {
      staffId: p.staffId,
      name: `${p.firstName} ${p.lastName}`,
      jobTitle: p.jobTitle,
      role: p.role as TrainingOverviewItem['role'],
      canSignIn: p.canSignIn,
      kinds: Object.fromEntries(TRAINING_KINDS.map((k) => [k, kindSummary(k)])) as TrainingOverviewItem['kinds'],
      status,
      outOfDate: isOutOfDate(status),
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
  const [rows, validityMonths] = await Promise.all([
    overviewRows(ctx.db, schoolId, today),
    validityMonthsFor(ctx.db, schoolId),
  ]);
  const outOfDate = rows.filter((r) => r.outOfDate).length;
  return {
    validityMonths,
    total: rows.length,
    outOfDate,
    items: query.filter === 'out_of_date' ? rows.filter((r) => r.outOfDate) : rows,
  };
}

export async function getMyTraining(ctx: AppContext, actor: Actor): Promise<MyTrainingResponse> {
  // A person's own records are theirs to see whatever their role, so no permission is asked for beyond a school.
  if (!actor.schoolId) throw new AppError('VALIDATION_FAILED', 'Choose a school first.');
  const person = await acceptanceRepository.staffForUser(ctx.db, actor.schoolId, actor.userId);
  if (!person) return { hasStaffRecord: false, status: 'none', items: [] };
  const today = londonDateOf(ctx.now());
  const records = await trainingRepository.listForStaff(ctx.db, actor.schoolId, [person.id]);
  return {
    hasStaffRecord: true,
    status: personStatus(records, today).policy,
    items: records.map((r) => presentTraining(r, today)),
  };
}
