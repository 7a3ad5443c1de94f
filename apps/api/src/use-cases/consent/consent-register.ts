// Reading the consent register: the school's pupils with the standing decision for each use, and one pupil's full
// history. States are worked out on the school's date, so "expired" means expired today in Europe/London.
import { consentRepository, pupilsRepository, type Db, type PupilRow } from '@schoolgate/db';
import { isConsentMissing, londonDateOf, notFound } from '@schoolgate/domain';
import type { ConsentRegisterQuery, ConsentRegisterResponse, PupilConsentResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { presentHistoryEntry, presentRegisterRow } from './present-consent.ts';

const YEAR_ORDER = (y: string) => (y === 'N' ? -1 : y === 'R' ? 0 : Number(y));

export async function listConsentRegister(
  ctx: AppContext,
  actor: Actor,
  query: ConsentRegisterQuery,
): Promise<ConsentRegisterResponse> {
  authorise(actor, 'read', 'consent');
  const schoolId = schoolOf(actor);
  const today = londonDateOf(ctx.now());
  // The "missing" filter depends on today's date, so states are worked out for the whole (filtered) school and
  // paged afterwards; a school's roll is a few thousand pupils at most.
  const [pupils, latest, yearGroups] = await Promise.all([
    consentRepository.registerPupils(ctx.db, schoolId, query),
    consentRepository.latestForSchool(ctx.db, schoolId),
    consentRepository.yearGroups(ctx.db, schoolId),
  ]);
  const byPupil = new Map<string, typeof latest>();
  for (const record of latest) byPupil.set(record.pupilId, [...(byPupil.get(record.pupilId) ?? []), record]);
  let rows = pupils.map((p) => presentRegisterRow(p, byPupil.get(p.id) ?? [], today));
  if (query.missingFor) {
    const use = query.missingFor;
    rows = rows.filter((r) => isConsentMissing(r.uses[use]!.status));
  }
  const start = (query.page - 1) * query.pageSize;
  return {
    items: rows.slice(start, start + query.pageSize),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
    today,
    yearGroups: yearGroups.sort((a, b) => YEAR_ORDER(a) - YEAR_ORDER(b)),
  };
}

/** Opening one child's consent history is recorded, as opening their pupil record is. */
export async function getPupilConsent(ctx: AppContext, actor: Actor, pupilId: string): Promise<PupilConsentResponse> {
  authorise(actor, 'read', 'consent');
  const schoolId = schoolOf(actor);
  const today = londonDateOf(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const pupil = await pupilsRepository.findInSchool(tx, schoolId, pupilId);
    if (!pupil) throw notFound('That pupil');
    await recordAudit(tx, actor, { action: 'consent.viewed', entityType: 'pupil', entityId: pupilId }, ctx.now());
    return pupilConsentOf(tx, pupil, today);
  });
}

/** A pupil's standing decisions and full history, for the pages and for the answer to a change. */
export async function pupilConsentOf(db: Db, pupil: PupilRow, today: string): Promise<PupilConsentResponse> {
  const history = await consentRepository.history(db, pupil.schoolId, pupil.id);
  return { ...presentRegisterRow(pupil, history, today), today, history: history.map(presentHistoryEntry) };
}
