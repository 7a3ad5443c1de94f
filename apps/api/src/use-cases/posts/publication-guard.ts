// The one gate in front of every platform call that publishes words or pictures (issue 11): a post, a reply to a
// comment, a reply to a journalist approved by the head. It gathers what the pure checks need (the school's pupils
// with their consent as it stands at this moment, staff names, the school's own handles, the enforced policy and
// the classifier's labels) and refuses with PUBLICATION_BLOCKED (422) and every reason, unless each finding left is
// one the policy makes advisory and the caller overrode it with a reason.
import {
  consentRepository,
  pupilsRepository,
  socialAccountsRepository,
  staffRepository,
  type Db,
} from '@schoolgate/db';
import {
  AppError,
  blockingFindings,
  currentConsentState,
  londonDateOf,
  OVERRIDE_NOTES,
  publicationFindings,
  type CheckPupil,
  type Platform,
  type PostCategory,
  type PublicationCheck,
  type PublicationFinding,
} from '@schoolgate/domain';
import { schoolModerationSetup } from '../moderation/school-moderation-setup.ts';

export interface OutgoingContent {
  kind: 'post' | 'reply';
  text: string;
  platforms: readonly Platform[];
  category?: PostCategory | null;
  images?: readonly { altText: string | null }[];
  videos?: readonly { altText: string | null }[];
  tagged?: readonly { pupilId: string; pictured: boolean; named: boolean }[];
}

export interface Override {
  checks: readonly PublicationCheck[];
  reason: string;
}

/** Every active pupil of the school with their consent as it stands on `now`'s date (Europe/London). */
export async function pupilsWithConsent(db: Db, schoolId: string, now: Date): Promise<CheckPupil[]> {
  const today = londonDateOf(now);
  const [pupils, latest] = await Promise.all([
    pupilsRepository.listForImport(db, schoolId),
    consentRepository.latestForSchool(db, schoolId),
  ]);
  const byPupil = new Map<string, typeof latest>();
  for (const row of latest) byPupil.set(row.pupilId, [...(byPupil.get(row.pupilId) ?? []), row]);
  return pupils
    .filter((p) => p.status === 'active')
    .map((p) => ({
      id: p.id,
      firstName: p.firstName,
      preferredName: p.preferredName,
      lastName: p.lastName,
      consent: currentConsentState(byPupil.get(p.id) ?? [], today, p.doNotPublish),
    }));
}

/** One pupil's consent for the record: what the register said at the moment of sending. */
export const consentSnapshot = (pupil: CheckPupil) => ({
  pupilId: pupil.id,
  pupilName: `${pupil.preferredName || pupil.firstName} ${pupil.lastName}`,
  doNotPublish: pupil.consent.doNotPublish,
  photo: pupil.consent.uses.social_media_photo.status,
  name: pupil.consent.uses.social_media_name.status,
});
export type ConsentSnapshot = ReturnType<typeof consentSnapshot>;

export async function checkOutgoing(
  db: Db,
  schoolId: string,
  now: Date,
  content: OutgoingContent,
): Promise<{ findings: PublicationFinding[]; pupils: CheckPupil[] }> {
  const [setup, pupils, staff, accounts] = await Promise.all([
    schoolModerationSetup(db, schoolId, now),
    pupilsWithConsent(db, schoolId, now),
    staffRepository.listForImport(db, schoolId),
    socialAccountsRepository.listForSchool(db, schoolId),
  ]);
  const byId = new Map(pupils.map((p) => [p.id, p]));
  const tagged = (content.tagged ?? []).flatMap((t) => {
    const pupil = byId.get(t.pupilId);
    // A tagged pupil who has left is still checked, as refused: nobody may publish them on the strength of a tag.
    return pupil
      ? [{ ...pupil, pictured: t.pictured, named: t.named }]
      : [
          {
            id: t.pupilId,
            firstName: 'A pupil',
            lastName: 'no longer on the roll',
            consent: currentConsentState([], londonDateOf(now), true),
            pictured: t.pictured,
            named: t.named,
          },
        ];
  });
  const findings = publicationFindings({
    kind: content.kind,
    text: content.text,
    category: content.category ?? null,
    platforms: content.platforms,
    images: content.images ?? [],
    videos: content.videos ?? [],
    tagged,
    roster: pupils,
    staff: staff.filter((s) => s.status === 'active'),
    schoolHandles: accounts.map((a) => a.handle),
    policy: {
      allowedCategories: setup.settings.posts.allowedCategories,
      platforms: setup.settings.platforms,
      checks: setup.settings.posts.checks,
    },
    labels: setup.classifier.classify(content.text),
    today: londonDateOf(now),
  });
  return { findings, pupils };
}

/** The refusal for findings that still stop sending; nothing when everything left was overridden. */
export function refusalFor(findings: readonly PublicationFinding[], override?: Override | null): AppError | null {
  const blocking = blockingFindings(findings, override?.reason.trim() ? override.checks : []);
  if (blocking.length === 0) return null;
  const fixed = blocking.filter((f) => !f.overridable);
  const message =
    fixed.length > 0
      ? `This cannot be sent: ${fixed[0]?.reason}`
      : `Check this before sending: ${blocking[0]?.reason} You may go ahead with a reason, which is recorded.`;
  return new AppError(
    'PUBLICATION_BLOCKED',
    message,
    blocking.map((f) => ({
      field: `checks.${f.check}`,
      message: `${f.reason} (${f.overridable ? OVERRIDE_NOTES.overridable : OVERRIDE_NOTES.fixed})`,
    })),
  );
}

/** Checks, and throws the refusal; returns what was overridden, for the audit entry of the send. */
export async function guardOutgoing(
  db: Db,
  schoolId: string,
  now: Date,
  content: OutgoingContent,
  override?: Override | null,
): Promise<{
  overridden: { check: PublicationCheck; reason: string }[];
  pupils: CheckPupil[];
  findings: PublicationFinding[];
}> {
  const { findings, pupils } = await checkOutgoing(db, schoolId, now, content);
  const refusal = refusalFor(findings, override);
  if (refusal) throw refusal;
  const overridden = findings
    .filter((f) => f.overridable && override)
    .map((f) => ({ check: f.check, reason: override?.reason.trim() ?? '' }));
  return { overridden, pupils, findings };
}
