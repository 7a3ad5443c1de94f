// Shapes register rows and history entries for the API. The restriction reason is never part of either.
import type { ConsentHistoryRow, ConsentRecordRow, PupilRow } from '@schoolgate/db';
import { currentConsentState, type ConsentUse, type ConsentSource, type ConsentDecision } from '@schoolgate/domain';
import type { ConsentHistoryEntry, ConsentRegisterRow } from '@schoolgate/contracts';

export function presentRegisterRow(pupil: PupilRow, latest: ConsentRecordRow[], today: string): ConsentRegisterRow {
  const state = currentConsentState(latest, today, pupil.doNotPublish);
  return {
    pupilId: pupil.id,
    misId: pupil.misId,
    firstName: pupil.firstName,
    lastName: pupil.lastName,
    preferredName: pupil.preferredName,
    yearGroup: pupil.yearGroup,
    className: pupil.className,
    doNotPublish: pupil.doNotPublish,
    uses: Object.fromEntries(
      Object.entries(state.uses).map(([use, held]) => [
        use,
        { status: held.status, decidedOn: held.decidedOn, expiresOn: held.expiresOn },
      ]),
    ) as ConsentRegisterRow['uses'],
  };
}

export function presentHistoryEntry(row: ConsentHistoryRow): ConsentHistoryEntry {
  return {
    id: row.id,
    use: row.use as ConsentUse,
    decision: row.decision as ConsentDecision,
    source: row.source as ConsentSource,
    decidedOn: row.decidedOn,
    expiresOn: row.expiresOn,
    note: row.note,
    recordedBy: row.recordedByName,
    recordedAt: row.recordedAt.toISOString(),
  };
}
