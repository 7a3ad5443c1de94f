// Who has signed the version in force: every active member of staff the version asks to sign (people.acceptance),
// signed or not, with counts for leaders. Reminders go to the same people.
import { acceptanceRepository, type Db } from '@schoolgate/db';
import { peopleSettingsOf, staffInAcceptanceScope } from '@schoolgate/domain';
import type { AcceptanceCoverageResponse, AcceptanceCoverageItem } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { presentVersion } from './current-version.ts';

export async function coverageOf(db: Db, schoolId: string) {
  const version = await acceptanceRepository.currentPublishedVersion(db, schoolId);
  const scope = version ? peopleSettingsOf(version.settings).acceptance : null;
  const everyone = version ? await acceptanceRepository.coverage(db, schoolId, version.id) : [];
  const rows = scope ? staffInAcceptanceScope(scope, everyone) : [];
  return { version, scope, rows: rows.map((r) => ({ ...r, canSignIn: Boolean(r.canSignIn) })) };
}

/** Rounded down, so a school one signature short never reads "100%". */
export const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((part * 100) / whole));

export async function getAcceptanceCoverage(ctx: AppContext, actor: Actor): Promise<AcceptanceCoverageResponse> {
  authorise(actor, 'read', 'acceptance');
  const { version, scope, rows } = await coverageOf(ctx.db, schoolOf(actor));
  const items: AcceptanceCoverageItem[] = rows.map((r) => ({
    staffId: r.staffId,
    name: `${r.firstName} ${r.lastName}`,
    jobTitle: r.jobTitle,
    role: r.role as AcceptanceCoverageItem['role'],
    canSignIn: r.canSignIn,
    signedAt: r.acceptedAt?.toISOString() ?? null,
  }));
  const signed = items.filter((i) => i.signedAt !== null).length;
  return {
    version: version ? presentVersion(version) : null,
    scope,
    total: items.length,
    signed,
    percent: percentOf(signed, items.length),
    items,
  };
}
