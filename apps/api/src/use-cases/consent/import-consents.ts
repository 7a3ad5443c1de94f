// Consent decisions read from an MIS pupil export (the pupils import calls this in its own transaction). A row is
// written only where the file says something different from what stands, so importing the same file again adds
// nothing. One exception keeps a family's word: the MIS cannot turn a refusal or withdrawal that the school recorded
// in Schoolgate into a grant; the office records the new consent by hand when the family has changed its mind.
import { consentRepository, type ConsentRecordRow, type Db } from '@schoolgate/db';
import {
  CONSENT_USE_LABELS,
  latestByUse,
  londonDateOf,
  useStateOf,
  type ConsentDecision,
  type ConsentUse,
  type ImportRowError,
} from '@schoolgate/domain';
import { recordedAtAfter } from './record-consent.ts';
import { notifyTakedowns, openTakedowns } from '../posts/post-record.ts';

export interface ImportedConsents {
  line: number;
  pupilId: string;
  consents: Partial<Record<ConsentUse, ConsentDecision>>;
}

export interface ConsentImportOutcome {
  written: number;
  /** Pupils whose register changed. */
  pupilIds: Set<string>;
  /** Decisions the import left alone on purpose, by line. */
  kept: ImportRowError[];
  /** Take-down tasks opened for published posts relying on a consent the file refused or withdrew (issue 11). */
  takedownsOpened: number;
}

export async function importConsents(
  tx: Db,
  input: { schoolId: string; trustId: string; recordedBy: string; now: Date; rows: ImportedConsents[] },
): Promise<ConsentImportOutcome> {
  const outcome: ConsentImportOutcome = { written: 0, pupilIds: new Set(), kept: [], takedownsOpened: 0 };
  if (input.rows.length === 0) return outcome;
  const today = londonDateOf(input.now);
  const standing = new Map<string, ConsentRecordRow[]>();
  for (const record of await consentRepository.latestForSchool(tx, input.schoolId)) {
    standing.set(record.pupilId, [...(standing.get(record.pupilId) ?? []), record]);
  }
  const toWrite: Array<Parameters<typeof consentRepository.insertMany>[1][number]> = [];
  for (const row of input.rows) {
    const history = standing.get(row.pupilId) ?? [];
    const latest = latestByUse(history);
    for (const [use, decision] of Object.entries(row.consents) as Array<[ConsentUse, ConsentDecision]>) {
      const held = latest[use];
      const state = useStateOf(held, today);
      if (state.status === decision) continue;
      if (decision === 'granted' && held && held.source !== 'mis_import' && held.decision !== 'granted') {
        outcome.kept.push({
          line: row.line,
          field: `consent.${use}`,
          reason:
            `The file says ${CONSENT_USE_LABELS[use].toLowerCase()} is granted, but a ${held.decision === 'withdrawn' ? 'withdrawal' : 'refusal'} ` +
            `recorded in Schoolgate on ${held.decidedOn} was kept. The rest of this row was imported; record new consent ` +
            `on the Consent page if the family has changed its mind.`,
        });
        continue;
      }
      toWrite.push({
        schoolId: input.schoolId,
        pupilId: row.pupilId,
        use,
        decision,
        source: 'mis_import',
        decidedOn: today,
        expiresOn: null,
        note: null,
        recordedBy: input.recordedBy,
        recordedAt: recordedAtAfter(history, input.now),
      });
      outcome.pupilIds.add(row.pupilId);
    }
  }
  await consentRepository.insertMany(tx, toWrite);
  outcome.written = toWrite.length;
  // As when one decision is recorded by hand (record-consent.ts): a photo or name consent that no longer stands puts
  // the pupil's published posts on the runners' take-down list, in the import's transaction; one notice for them all.
  const school = { id: input.schoolId, trustId: input.trustId };
  for (const row of toWrite) {
    if (row.decision === 'granted') continue;
    if (row.use !== 'social_media_photo' && row.use !== 'social_media_name') continue;
    outcome.takedownsOpened += await openTakedowns(tx, school, row.pupilId, row.use, input.now, { notify: false });
  }
  await notifyTakedowns(tx, school, outcome.takedownsOpened, input.now);
  return outcome;
}
