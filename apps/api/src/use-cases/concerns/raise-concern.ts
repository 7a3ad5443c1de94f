// Any member of staff raises a concern. The people it names decide its route (domain concern-route.ts); the concern,
// its people, files, first chronology entry, audit entry and the notifications to whoever it is routed to are all
// written in one transaction, so it is saved before anyone is told and nobody is told of a concern that was not saved.
import { fileStoreOf, type PreparedStoredFile } from '../../files/file-store.ts';
import { auditRepository, commentsRepository, concernsRepository, tenancyRepository, type Db } from '@schoolgate/db';
import { AppError, routeConcern, type ConcernRoute, type Role } from '@schoolgate/domain';
import type { ConcernPersonInput, RaisedConcernResponse, RaiseConcernRequest } from '@schoolgate/contracts';
import { RaiseConcernRequest as RaiseConcernSchema } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { recordAudit } from '../audit-entry.ts';
import { checkConcernFiles, prepareConcernFiles, storeConcernFiles } from './concern-files.ts';
import { newConcernReference } from './concern-reference.ts';
import { tellAboutConcern } from './tell-about-concern.ts';

export const authorName = (author: { name: string | null; handle: string | null; platform: string }) =>
  author.name ?? (author.handle ? `@${author.handle}` : `A ${author.platform} user`);

const fieldProblem = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ field, message }]);

export interface ResolvedPerson {
  kind: 'pupil' | 'staff' | 'author' | 'other';
  pupilId?: string;
  staffId?: string;
  authorId?: string;
  name: string;
}

/** Turns the ids sent into names from this school's roster; an id from elsewhere is refused by its field. */
export async function resolvePeople(
  db: Db,
  schoolId: string,
  people: readonly ConcernPersonInput[],
): Promise<{ people: ResolvedPerson[]; staffRoles: Role[] }> {
  const pupilIds = people.flatMap((p) => (p.kind === 'pupil' ? [p.pupilId] : []));
  const staffIds = people.flatMap((p) => (p.kind === 'staff' ? [p.staffId] : []));
  const [pupils, staff] = await Promise.all([
    concernsRepository.pupilsInSchool(db, schoolId, pupilIds),
    concernsRepository.staffInSchool(db, schoolId, staffIds),
  ]);
  const resolved: ResolvedPerson[] = [];
  const staffRoles: Role[] = [];
  for (const [index, person] of people.entries()) {
    if (person.kind === 'pupil') {
      const pupil = pupils.find((p) => p.id === person.pupilId);
      if (!pupil) throw fieldProblem(`people.${index}.pupilId`, 'That pupil is not on the school roll.');
      resolved.push({
        kind: 'pupil',
        pupilId: pupil.id,
        name: `${pupil.preferredName ?? pupil.firstName} ${pupil.lastName}`,
      });
    } else if (person.kind === 'staff') {
      const member = staff.find((s) => s.id === person.staffId);
      if (!member) throw fieldProblem(`people.${index}.staffId`, 'That person is not on the staff list.');
      resolved.push({ kind: 'staff', staffId: member.id, name: `${member.firstName} ${member.lastName}` });
      staffRoles.push(member.role as Role);
    } else if (person.kind === 'author') {
      const author = await commentsRepository.author(db, schoolId, person.authorId);
      if (!author) throw fieldProblem(`people.${index}.authorId`, 'That commenter was not found.');
      resolved.push({ kind: 'author', authorId: author.id, name: authorName(author) });
    } else {
      resolved.push({ kind: 'other', name: person.name });
    }
  }
  return { people: resolved, staffRoles };
}

export interface NewConcern {
  schoolId: string;
  trustId: string;
  source: 'staff' | 'moderation' | 'public';
  type: string;
  urgency: 'routine' | 'urgent';
  route: ConcernRoute;
  whatHappened: string;
  happenedAt: Date | null;
  raisedBy: string | null;
  contact?: { name: string; email: string | null; phone: string | null } | null;
  commentId?: string | null;
  authorId?: string | null;
  people: ResolvedPerson[];
}

/** Writes a concern with its people, files, first entry and notifications, in the caller's transaction. */
export async function saveConcern(
  tx: Db,
  concern: NewConcern,
  files: {
    /** Uploads whose bytes are already kept (prepareConcernFiles, before the transaction). */
    uploads: PreparedStoredFile[];
    evidence?: Array<{ fileId: string; sha256: string; fileName: string }>;
  },
  audit: { actor: Actor | null; address: string | null },
  now: Date,
) {
  const row = await concernsRepository.insert(tx, {
    schoolId: concern.schoolId,
    reference: newConcernReference(),
    source: concern.source,
    type: concern.type,
    urgency: concern.urgency,
    route: concern.route,
    whatHappened: concern.whatHappened,
    happenedAt: concern.happenedAt,
    raisedBy: concern.raisedBy,
    raisedAt: now,
    contact: concern.contact ?? null,
    commentId: concern.commentId ?? null,
    authorId: concern.authorId ?? null,
  });
  await concernsRepository.insertPeople(
    tx,
    concern.people.map((p) => ({ concernId: row.id, ...p })),
  );
  await concernsRepository.insertEntry(tx, { concernId: row.id, kind: 'raised', byUserId: concern.raisedBy, at: now });
  const uploaded = await storeConcernFiles(tx, { concernId: row.id, now, kind: 'upload' }, files.uploads);
  for (const kept of files.evidence ?? []) {
    await concernsRepository.insertFile(tx, {
      concernId: row.id,
      fileId: kept.fileId,
      kind: 'evidence',
      sha256: kept.sha256,
      createdAt: now,
    });
  }
  // Ids, types and digests only: the audit log is read by the head, and details stay in the concern.
  const details = {
    reference: row.reference,
    source: row.source,
    type: row.type,
    urgency: row.urgency,
    route: row.route,
    files: [...uploaded, ...(files.evidence ?? [])].map((f) => ({ fileId: f.fileId, sha256: f.sha256 })),
  };
  if (audit.actor) {
    await recordAudit(
      tx,
      audit.actor,
      { action: 'concern.raised', entityType: 'concern', entityId: row.id, details },
      now,
    );
  } else {
    await auditRepository.append(tx, {
      trustId: concern.trustId,
      schoolId: concern.schoolId,
      actorUserId: null,
      actorAddress: audit.address,
      action: 'concern.raised',
      entityType: 'concern',
      entityId: row.id,
      details,
      now,
    });
  }
  await tellAboutConcern(tx, {
    school: { id: concern.schoolId, trustId: concern.trustId },
    concern: { id: row.id, route: concern.route, urgency: concern.urgency },
    raisedBy: concern.raisedBy,
    now,
  });
  return row;
}

export async function raiseConcern(
  ctx: AppContext,
  actor: Actor,
  request: RaiseConcernRequest,
): Promise<RaisedConcernResponse> {
  const input = RaiseConcernSchema.parse(request);
  const schoolId = schoolOf(actor);
  const school = await tenancyRepository.findSchool(ctx.db, schoolId);
  if (!school) throw new AppError('NOT_FOUND', 'Your school was not found.');
  const now = ctx.now();
  const happenedAt = input.happenedAt ? new Date(input.happenedAt) : null;
  if (happenedAt && happenedAt.getTime() > now.getTime() + 5 * 60_000)
    throw fieldProblem('happenedAt', 'When it happened cannot be in the future.');
  const checked = checkConcernFiles(input.files);
  const { people, staffRoles } = await resolvePeople(ctx.db, schoolId, input.people);
  const route = routeConcern({ type: input.type, source: 'staff', staffRolesInvolved: staffRoles });
  const uploads = await prepareConcernFiles(fileStoreOf(ctx), { schoolId, uploadedBy: actor.userId, now }, checked);
  const row = await ctx.db.transaction((tx) =>
    saveConcern(
      tx,
      {
        schoolId,
        trustId: school.trustId,
        source: 'staff',
        type: input.type,
        urgency: input.urgency,
        route,
        whatHappened: input.whatHappened,
        happenedAt,
        raisedBy: actor.userId,
        people,
      },
      { uploads },
      { actor, address: actor.address },
      now,
    ),
  );
  ctx.jobs?.trigger('send-pending-emails');
  return { id: row.id, reference: row.reference, status: 'open' };
}
