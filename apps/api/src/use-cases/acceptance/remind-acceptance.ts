// The head chases signatures: an in-app reminder (and an email, when the mail job runs) to everyone the version in
// force asks to sign (people.acceptance, through coverageOf) who has not signed it and can sign in. At most one
// reminder per person, version and day.
import { AppError, londonDateOf } from '@schoolgate/domain';
import { tenancyRepository } from '@schoolgate/db';
import type { AcceptanceRemindResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { notify } from '../../notifications/notify.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { coverageOf } from './acceptance-coverage.ts';
import { NO_PUBLISHED_VERSION } from './get-my-acceptance.ts';

export async function remindAcceptance(ctx: AppContext, actor: Actor): Promise<AcceptanceRemindResponse> {
  authorise(actor, 'remind', 'acceptance');
  const schoolId = schoolOf(actor);
  const school = await tenancyRepository.findSchool(ctx.db, schoolId);
  const { version, rows } = await coverageOf(ctx.db, schoolId);
  if (!version || !school) throw new AppError('CONFLICT', NO_PUBLISHED_VERSION);
  const outstanding = rows.filter((r) => r.acceptedAt === null);
  const reachable = outstanding.filter((r) => r.canSignIn && r.userId !== null);
  const now = ctx.now();
  const today = londonDateOf(now);

  const reminded = await ctx.db.transaction(async (tx) => {
    let sent = 0;
    // One call per person: the dedupe key names the staff record, so two records sharing a sign-in each count.
    for (const person of reachable) {
      sent += await notify(tx, {
        school: { id: school.id, trustId: school.trustId },
        userIds: [person.userId!],
        kind: 'acceptance.reminder',
        title: `Please sign the social media policy (version ${version.number})`,
        body: `${school.name} asks you to read its social media policy and sign the Statement of Acceptance.`,
        link: '/training',
        dedupeKey: `acceptance-reminder:${version.id}:${person.staffId}:${today}`,
        now,
      });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'acceptance.reminded',
        entityType: 'policy_version',
        entityId: version.id,
        details: { versionNumber: version.number, reminded: sent, outstanding: outstanding.length },
      },
      now,
    );
    return sent;
  });
  return { reminded, outstanding: outstanding.length, withoutSignIn: outstanding.length - reachable.length };
}
