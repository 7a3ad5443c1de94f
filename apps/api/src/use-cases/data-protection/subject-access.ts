// Subject access (UK GDPR Article 15, issue 13): everything the school holds in Schoolgate about one commenter, pupil
// or member of staff, as a ZIP a person can read: index.html (what is here and what is withheld, and why), one JSON
// file per kind of record, and their files (evidence kept of their comments, training certificates). Safeguarding
// records that name the person are listed by reference but not included: the DSL decides what of them may be
// disclosed (a record can be withheld where disclosure would put a child at risk). Used by the page and the command
// line; each export is recorded in the audit chain, with counts only.
import { strToU8, zipSync } from 'fflate';
import {
  auditRepository,
  chainFor,
  commentsRepository,
  evidenceItemsRepository,
  subjectAccessRepository,
  tenancyRepository,
  type Db,
} from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { DataSubjectKind } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import { fileStoreOf, readBytes, type FileStore } from '../../files/file-store.ts';
import { AUTHOR_COMMENT_LIMIT, authorFiles } from '../moderation/evidence-pack.ts';

export interface SubjectAccessExport {
  fileName: string;
  zip: Buffer;
  /** Counts per file, for the audit entry. */
  counts: Record<string, number>;
}

/** Who made the export, for the audit entry: a signed-in person, or the operator at the command line. */
export interface ExportedBy {
  trustId: string;
  userId: string | null;
  address: string | null;
}

interface Section {
  file: string;
  title: string;
  rows: number;
  content: unknown;
}

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const safeName = (name: string) => name.replace(/[^\w.-]+/g, '_').slice(0, 80);

function indexHtml(input: {
  schoolName: string;
  subject: string;
  kindLabel: string;
  madeAt: Date;
  sections: Section[];
  files: string[];
  withheld: string[];
}) {
  const items = input.sections
    .map(
      (s) =>
        `<li><a href="${escapeHtml(s.file)}">${escapeHtml(s.file)}</a>: ${escapeHtml(s.title)} (${s.rows} record${s.rows === 1 ? '' : 's'})</li>`,
    )
    .join('\n');
  const files = input.files.length
    ? `<h2>Files</h2><ul>${input.files.map((f) => `<li><a href="${escapeHtml(f)}">${escapeHtml(f)}</a></li>`).join('')}</ul>`
    : '';
  const withheld = input.withheld.length
    ? `<h2>Not included</h2><ul>${input.withheld.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Information held about ${escapeHtml(input.subject)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style>
</head><body>
<h1>Information held about ${escapeHtml(input.subject)}</h1>
<p>${escapeHtml(input.kindLabel)}. Made by ${escapeHtml(input.schoolName)} from its Schoolgate records on
${escapeHtml(input.madeAt.toUTCString())}, in answer to a subject access request. Each file below is plain JSON: one
record per entry, with the times in UTC.</p>
<h2>Records</h2>
<ul>
${items}
</ul>
${files}
${withheld}
<p>Secrets are never included (passwords are kept only as one-way hashes; two-factor keys are sealed), nor what other
people wrote or did except where it is about this person's own records.</p>
</body></html>
`;
}

async function authorExport(db: Db, ctx: AppContext, schoolId: string, id: string) {
  const author = await commentsRepository.author(db, schoolId, id);
  if (!author) throw notFound('That commenter');
  const comments = await commentsRepository.byAuthor(db, author.id, AUTHOR_COMMENT_LIMIT);
  const evidence = await evidenceItemsRepository.withFiles(
    db,
    schoolId,
    comments.map((c) => c.id),
  );
  const generated = await authorFiles(ctx, schoolId, author, comments, new Set(evidence.map((e) => e.item.commentId)));
  const sections: Section[] = generated.map((g) => {
    const parsed = JSON.parse(g.content) as { comments?: unknown[]; steps?: unknown[] };
    return {
      file: g.file,
      title: g.description,
      rows: (parsed.comments ?? parsed.steps ?? []).length,
      content: parsed,
    };
  });
  const files: Record<string, Uint8Array> = {};
  const store = fileStoreOf(ctx);
  for (const [i, { file }] of evidence.entries()) {
    const name = `evidence/${String(i + 1).padStart(3, '0')}-${safeName(file.fileName)}`;
    files[name] = new Uint8Array(await readBytes(store, file));
  }
  return {
    subject: author.name ?? author.handle ?? `a ${author.platform} user`,
    kindLabel: `A person who commented on the school's ${author.platform} account`,
    sections,
    files,
    concerns: await subjectAccessRepository.concernsNaming(db, schoolId, 'author', author.id),
    extraWithheld: [] as string[],
  };
}

async function pupilExport(db: Db, schoolId: string, id: string) {
  const pupil = await subjectAccessRepository.pupil(db, schoolId, id);
  if (!pupil) throw notFound('That pupil');
  const consent = await subjectAccessRepository.consentOf(db, schoolId, pupil.id);
  const restricted = await subjectAccessRepository.restrictionRecorded(db, schoolId, pupil.id);
  const sections: Section[] = [
    {
      file: 'pupil.json',
      title: 'the pupil record, as imported from the school’s management information system',
      rows: 1,
      content: {
        id: pupil.id,
        misId: pupil.misId,
        firstName: pupil.firstName,
        lastName: pupil.lastName,
        preferredName: pupil.preferredName,
        yearGroup: pupil.yearGroup,
        className: pupil.className,
        doNotPublish: pupil.doNotPublish,
        status: pupil.status,
        createdAt: pupil.createdAt,
        updatedAt: pupil.updatedAt,
      },
    },
    {
      file: 'consent.json',
      title: 'every consent decision recorded for the pupil (photographs, name, website, press, displays)',
      rows: consent.length,
      content: consent.map(({ schoolId: _s, recordedBy: _r, ...row }) => row),
    },
  ];
  return {
    subject: `${pupil.preferredName ?? pupil.firstName} ${pupil.lastName}`,
    kindLabel: `A pupil (year ${pupil.yearGroup})`,
    sections,
    files: {},
    concerns: await subjectAccessRepository.concernsNaming(db, schoolId, 'pupil', pupil.id),
    extraWithheld: restricted
      ? [
          'The reason the pupil is (or was) on the do-not-publish list: it is a safeguarding record; the designated safeguarding lead decides what may be disclosed.',
        ]
      : [],
  };
}

async function staffExport(db: Db, store: FileStore, schoolId: string, trustId: string, id: string) {
  const record = await subjectAccessRepository.staffRecord(db, schoolId, id);
  if (!record) throw notFound('That member of staff');
  const user = record.userId ? await subjectAccessRepository.userDetails(db, record.userId) : null;
  const [acceptances, training, sessions, notifications, audit, moderation, raised] = await Promise.all([
    subjectAccessRepository.acceptancesOf(db, schoolId, record.id),
    subjectAccessRepository.trainingOf(db, schoolId, record.id),
    user ? subjectAccessRepository.sessionsOf(db, user.id) : [],
    user ? subjectAccessRepository.notificationsOf(db, schoolId, user.id) : [],
    user ? subjectAccessRepository.auditBy(db, chainFor(trustId, schoolId), user.id) : [],
    user ? subjectAccessRepository.moderationBy(db, schoolId, user.id) : [],
    user ? subjectAccessRepository.concernsRaisedBy(db, schoolId, user.id) : [],
  ]);
  const files: Record<string, Uint8Array> = {};
  for (const { record: t, file } of training) {
    if (file)
      files[`training/${t.completedOn}-${safeName(file.fileName)}`] = new Uint8Array(await readBytes(store, file));
  }
  const { trustId: _t, schoolId: _s, ...staffRow } = record;
  const sections: Section[] = [
    { file: 'staff.json', title: 'the staff record and role', rows: 1, content: staffRow },
    {
      file: 'sign-in.json',
      title: 'the sign-in: email, name, status and when two-factor was set up (never the password or keys)',
      rows: user ? 1 : 0,
      content: user,
    },
    {
      file: 'acceptance.json',
      title: 'each Statement of Acceptance signed',
      rows: acceptances.length,
      content: acceptances,
    },
    {
      file: 'training.json',
      title: 'training recorded',
      rows: training.length,
      content: training.map((t) => t.record),
    },
    { file: 'sessions.json', title: 'sign-in sessions still kept', rows: sessions.length, content: sessions },
    { file: 'notifications.json', title: 'notifications sent', rows: notifications.length, content: notifications },
    {
      file: 'actions.json',
      title: 'what they did in Schoolgate, from the audit log (the action and the record it was about)',
      rows: audit.length,
      content: audit,
    },
    {
      file: 'moderation.json',
      title: 'moderation steps they took on comments',
      rows: moderation.length,
      content: moderation,
    },
    {
      file: 'concerns-raised.json',
      title: 'concerns they raised (reference, kind and date; the content is a safeguarding record)',
      rows: raised.length,
      content: raised,
    },
  ];
  return {
    subject: `${record.firstName} ${record.lastName}`,
    kindLabel: `A member of staff (${record.jobTitle ?? record.role})`,
    sections,
    files,
    concerns: await subjectAccessRepository.concernsNaming(db, schoolId, 'staff', record.id),
    extraWithheld: [] as string[],
  };
}

export async function buildSubjectAccess(
  ctx: AppContext,
  school: { id: string; trustId: string },
  subject: { kind: DataSubjectKind; id: string },
  by: ExportedBy,
): Promise<SubjectAccessExport> {
  const db = ctx.db;
  const now = ctx.now();
  const schoolRow = await tenancyRepository.findSchool(db, school.id);
  const found =
    subject.kind === 'author'
      ? await authorExport(db, ctx, school.id, subject.id)
      : subject.kind === 'pupil'
        ? await pupilExport(db, school.id, subject.id)
        : await staffExport(db, fileStoreOf(ctx), school.id, school.trustId, subject.id);
  const withheld = [
    ...found.extraWithheld,
    ...(found.concerns.length
      ? [
          `Safeguarding records that name this person: ${found.concerns.map((c) => c.reference).join(', ')}. ` +
            'They are not included here: the designated safeguarding lead decides what of them may be disclosed.',
        ]
      : []),
  ];
  const entries: Record<string, Uint8Array> = { ...found.files };
  for (const s of found.sections) entries[s.file] = json(s.content);
  entries['index.html'] = strToU8(
    indexHtml({
      schoolName: schoolRow?.name ?? 'The school',
      subject: found.subject,
      kindLabel: found.kindLabel,
      madeAt: now,
      sections: found.sections,
      files: Object.keys(found.files),
      withheld,
    }),
  );
  const counts = Object.fromEntries(found.sections.map((s) => [s.file, s.rows]));
  await db.transaction((tx) =>
    auditRepository.append(tx, {
      trustId: school.trustId,
      schoolId: school.id,
      actorUserId: by.userId,
      actorAddress: by.address,
      action: 'personal_data.exported',
      entityType: subject.kind,
      entityId: subject.id,
      details: { counts, files: Object.keys(found.files).length, withheldConcerns: found.concerns.length },
      now,
    }),
  );
  return {
    fileName: `subject-access-${subject.kind}-${now.toISOString().slice(0, 10)}.zip`,
    zip: Buffer.from(zipSync(entries, { level: 6 })),
    counts,
  };
}
