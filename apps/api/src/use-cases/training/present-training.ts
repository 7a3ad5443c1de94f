import type { TrainingKind, TrainingRecord } from '@schoolgate/contracts';
import type { TrainingRecordWithFile } from '@schoolgate/db';
import { statusOfExpiry } from './training-status.ts';

export function presentTraining(row: TrainingRecordWithFile, today: string): TrainingRecord {
  return {
    id: row.id,
    staffId: row.staffId,
    kind: row.kind as TrainingKind,
    title: row.title,
    completedOn: row.completedOn,
    expiresOn: row.expiresOn,
    status: statusOfExpiry(row.expiresOn, today),
    evidence: row.evidence,
    recordedAt: row.recordedAt.toISOString(),
  };
}
