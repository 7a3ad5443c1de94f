// Imports staff or pupils from an MIS CSV export into the actor's school. Good rows are kept, bad rows
// come back with their line and reason; re-importing the same file changes nothing (matched by MIS id,
// staff also by email). One audit entry records the import and every record it created or changed.
// A pupils file may also carry consent columns; their decisions go to the consent register (import-consents.ts).
import {
  pupilsRepository,
  staffRepository,
  type Db,
  type PupilRow,
  type PupilValues,
  type StaffRow,
} from '@schoolgate/db';
import {
  AppError,
  can,
  canAssignRole,
  parsePupilsCsv,
  parseStaffCsv,
  ROLE_LABELS,
  type ImportRowError,
  type PupilImportRow,
  type StaffImportRow,
} from '@schoolgate/domain';
import type { ImportRequest, ImportResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { applyStaffEdit, type StaffChanges } from '../staff/apply-staff-edit.ts';
import { importConsents, type ImportedConsents } from '../consent/import-consents.ts';
import { notifyTakedowns, openTakedowns } from '../posts/post-record.ts';

interface Outcome {
  created: string[];
  updated: string[];
  /** Each updated record's changed fields, before and after, for the audit entry. */
  changes: Array<{ id: string; changes: StaffChanges }>;
  unchanged: number;
  errors: ImportRowError[];
  /** Consent decisions written to the register (pupils only). */
  consentsRecorded?: number;
}

const PUPIL_FIELDS = ['firstName', 'lastName', 'preferredName', 'yearGroup', 'className', 'doNotPublish'] as const;

async function importPupils(
  tx: Db,
  actor: Actor,
  schoolId: string,
  rows: PupilImportRow[],
  now: Date,
): Promise<Outcome> {
  const existing = new Map<string, PupilRow>(
    (await pupilsRepository.listForImport(tx, schoolId)).map((p) => [p.misId, p]),
  );
  const outcome: Outcome = { created: [], updated: [], changes: [], unchanged: 0, errors: [] };
  const toInsert: PupilValues[] = [];
  /** Known pupils the file puts on the do-not-publish list: their published posts become take-down tasks. */
  const nowDoNotPublish: string[] = [];
  for (const row of rows) {
    const values: PupilValues = {
      misId: row.misId,
      firstName: row.firstName,
      lastName: row.lastName,
      preferredName: row.preferredName,
      yearGroup: row.yearGroup,
      className: row.className,
      doNotPublish: row.doNotPublish,
    };
    const current = existing.get(row.misId);
    // An import can put a child on the do-not-publish list but never take one off: an MIS file without the column,
    // or one not yet updated, must not silently undo what the head or DSL decided. They clear it in Schoolgate.
    if (current?.doNotPublish) values.doNotPublish = true;
    if (!current) {
      toInsert.push(values);
      continue;
    }
    const changed = PUPIL_FIELDS.some((f) => current[f] !== values[f]) || current.status !== 'active';
    if (!changed) {
      outcome.unchanged += 1;
      continue;
    }
    await pupilsRepository.update(tx, schoolId, current.id, { ...values });
    outcome.updated.push(current.id);
    if (values.doNotPublish && !current.doNotPublish) nowDoNotPublish.push(current.id);
  }
  await pupilsRepository.insertMany(tx, schoolId, toInsert);
  const school = { id: schoolId, trustId: actor.trustId };
  let opened = 0;
  for (const pupilId of nowDoNotPublish) {
    opened += await openTakedowns(tx, school, pupilId, 'do_not_publish', now, { notify: false });
  }
  await notifyTakedowns(tx, school, opened, now);
  const after = await pupilsRepository.listForImport(tx, schoolId);
  const inserted = new Set(toInsert.map((v) => v.misId));
  outcome.created = after.filter((p) => inserted.has(p.misId)).map((p) => p.id);

  const withConsents = rows.filter((r) => r.consents);
  if (withConsents.length > 0 && !can(actor.role, 'import', 'consent')) {
    outcome.errors.push({ line: 1, reason: 'The consent columns were not read: your role cannot import consent.' });
  } else if (withConsents.length > 0) {
    const idOf = new Map(after.map((p) => [p.misId, p.id]));
    const consentRows: ImportedConsents[] = withConsents.map((r) => ({
      line: r.line,
      pupilId: idOf.get(r.misId)!,
      consents: r.consents!,
    }));
    const consents = await importConsents(tx, {
      schoolId,
      trustId: actor.trustId,
      recordedBy: actor.userId,
      now,
      rows: consentRows,
    });
    outcome.consentsRecorded = consents.written;
    outcome.errors.push(...consents.kept);
    // A known pupil whose only change is their consent counts as updated, so a re-import still reads "unchanged".
    const created = new Set(outcome.created);
    const updated = new Set(outcome.updated);
    for (const id of consents.pupilIds) {
      if (created.has(id) || updated.has(id)) continue;
      outcome.updated.push(id);
      outcome.unchanged -= 1;
    }
  }
  return outcome;
}

const STAFF_FIELDS = ['misId', 'firstName', 'lastName', 'email', 'jobTitle'] as const;

async function importStaff(tx: Db, actor: Actor, schoolId: string, rows: StaffImportRow[]): Promise<Outcome> {
  const all = await staffRepository.listForImport(tx, schoolId);
  const byMis = new Map<string, StaffRow>(all.filter((s) => s.misId).map((s) => [s.misId!, s]));
  const byEmail = new Map<string, StaffRow>(all.filter((s) => s.email).map((s) => [s.email!.toLowerCase(), s]));
  const outcome: Outcome = { created: [], updated: [], changes: [], unchanged: 0, errors: [] };
  for (const row of rows) {
    const current = (row.misId ? byMis.get(row.misId) : undefined) ?? (row.email ? byEmail.get(row.email) : undefined);
    if (!current) {
      if (!canAssignRole(actor.role, row.role)) {
        outcome.errors.push({
          line: row.line,
          field: 'role',
          reason: `Your role cannot make someone a ${ROLE_LABELS[row.role].toLowerCase()}; add them by hand or ask the head.`,
        });
        continue;
      }
      const created = await staffRepository.insert(tx, {
        trustId: actor.trustId,
        schoolId,
        misId: row.misId,
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        jobTitle: row.jobTitle,
        role: row.role,
      });
      outcome.created.push(created.id);
      continue;
    }
    // Roles carry rights, so they are managed in Schoolgate: an import never changes an existing person's role.
    // Everything else goes through the same rule as a single edit: a row the actor could not change by hand is
    // reported by its line, and the rest of the file is kept.
    const edit = Object.fromEntries(STAFF_FIELDS.filter((f) => row[f] !== null).map((f) => [f, row[f]]));
    try {
      const changes = await applyStaffEdit(tx, actor, schoolId, current, edit);
      if (Object.keys(changes).length === 0) outcome.unchanged += 1;
      else {
        outcome.updated.push(current.id);
        outcome.changes.push({ id: current.id, changes });
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const field = error.fields[0]?.field;
      outcome.errors.push({ line: row.line, ...(field ? { field } : {}), reason: error.message });
    }
  }
  return outcome;
}

export async function importPeople(ctx: AppContext, actor: Actor, input: ImportRequest): Promise<ImportResponse> {
  authorise(actor, 'import', input.kind === 'staff' ? 'staff' : 'pupil');
  const schoolId = schoolOf(actor);
  const parsed = input.kind === 'staff' ? parseStaffCsv(input.csv) : parsePupilsCsv(input.csv);
  const outcome = await ctx.db.transaction(async (tx) => {
    const result =
      input.kind === 'staff'
        ? await importStaff(tx, actor, schoolId, parsed.rows as StaffImportRow[])
        : await importPupils(tx, actor, schoolId, parsed.rows as PupilImportRow[], ctx.now());
    if (result.created.length > 0 || result.updated.length > 0) {
      await recordAudit(
        tx,
        actor,
        {
          action: `${input.kind}.imported`,
          entityType: input.kind === 'staff' ? 'staff' : 'pupil',
          entityId: null,
          details: {
            created: result.created,
            updated: result.updated,
            ...(result.changes.length > 0 ? { changes: result.changes } : {}),
            unchanged: result.unchanged,
            rejectedRows: parsed.errors.length + result.errors.length,
            ...(result.consentsRecorded ? { consentsRecorded: result.consentsRecorded } : {}),
          },
        },
        ctx.now(),
      );
    }
    return result;
  });
  const errors = [...parsed.errors, ...outcome.errors].sort((a, b) => a.line - b.line);
  return {
    kind: input.kind,
    created: outcome.created.length,
    updated: outcome.updated.length,
    unchanged: outcome.unchanged,
    errors,
    unknownColumns: parsed.unknownColumns,
  };
}
