// What ingestion needs to know about a school: the settings it enforces, its working-day calendar and a
// classifier that knows its pupils' and staff names. Built per delivery and cached briefly per school, because
// a burst of comments for one school should not rebuild the roster each time; the cache is bounded in size and
// age (moderation-setup-cache.ts), and checks the published policy version so another process's publish applies.
import {
  policyVersionsRepository,
  pupilsRepository,
  staffRepository,
  tenancyRepository,
  type Db,
} from '@schoolgate/db';
import {
  assertPolicySettings,
  buildWorkingCalendar,
  londonDateOf,
  addDays,
  policySettingsFromTemplate,
  type PolicySettings,
  type WorkingCalendar,
} from '@schoolgate/domain';
import { createClassifier, type Classifier, type RosterEntry } from '@schoolgate/classifier';
import { loadDefaultModel } from '@schoolgate/classifier/node';
import { createSetupCache, DEFAULT_SETUP_CACHE, type SetupCacheOptions } from './moderation-setup-cache.ts';

export interface SchoolModerationSetup {
  schoolId: string;
  trustId: string;
  settings: PolicySettings;
  /** True when the school has no published policy yet, and Schoolgate's cautious defaults apply. */
  usingDefaults: boolean;
  calendar: WorkingCalendar;
  classifier: Classifier;
}

let model: ReturnType<typeof loadDefaultModel> | null = null;
let cache = createSetupCache<SchoolModerationSetup>(DEFAULT_SETUP_CACHE);

/** Sets the cache's bounds (start-up, from the configuration; tests). Drops what it held. */
export function configureModerationSetupCache(options: Partial<SetupCacheOptions>) {
  cache = createSetupCache<SchoolModerationSetup>({ ...DEFAULT_SETUP_CACHE, ...options });
}

/** How many schools' set-ups this process holds (for tests and the benchmark). */
export const moderationSetupsCached = () => cache.size;

async function rosterOf(db: Db, schoolId: string): Promise<RosterEntry[]> {
  const [pupils, staff] = await Promise.all([
    pupilsRepository.listForImport(db, schoolId),
    staffRepository.listForImport(db, schoolId),
  ]);
  return [
    ...pupils
      .filter((p) => p.status === 'active')
      .flatMap((p) => [
        { name: `${p.firstName} ${p.lastName}`, role: 'pupil' as const },
        ...(p.preferredName ? [{ name: `${p.preferredName} ${p.lastName}`, role: 'pupil' as const }] : []),
      ]),
    ...staff
      .filter((s) => s.status === 'active')
      .map((s) => ({ name: `${s.firstName} ${s.lastName}`, role: 'staff' as const })),
  ];
}

export async function schoolModerationSetup(db: Db, schoolId: string, now: Date): Promise<SchoolModerationSetup> {
  const at = now.getTime();
  const hit = cache.get(schoolId, at);
  if (hit?.fresh) return hit.entry.setup;
  if (hit && (await policyVersionsRepository.publishedVersionId(db, schoolId)) === hit.entry.versionId) {
    hit.entry.checkedAt = at;
    return hit.entry.setup;
  }
  const school = await tenancyRepository.findSchool(db, schoolId);
  if (!school) throw new Error(`School ${schoolId} not found`);
  const published = await policyVersionsRepository.findByStatus(db, schoolId, 'published');
  const enforced = published ? assertPolicySettings(published.settings) : null;
  // Until a policy is published, every category is queued for a person and nothing is hidden automatically.
  const settings = enforced ?? policySettingsFromTemplate('blank');
  const today = londonDateOf(now);
  // The table covers the dates almost every deadline needs; a comment written long ago (imported history, a
  // delivery replayed late) or dated far ahead is worked out when asked, from the same rules, instead of failing.
  const calendar = buildWorkingCalendar({
    nation: settings.calendar.nation,
    closures: settings.calendar.closures,
    from: addDays(today, -400),
    to: addDays(today, 400),
    extendOnDemand: true,
  });
  model ??= loadDefaultModel();
  const setup: SchoolModerationSetup = {
    schoolId,
    trustId: school.trustId,
    settings,
    usingDefaults: enforced === null,
    calendar,
    classifier: createClassifier({ roster: await rosterOf(db, schoolId), model }),
  };
  cache.set(schoolId, { setup, versionId: published?.id ?? null, builtAt: at, checkedAt: at });
  return setup;
}

/** For tests and after a policy is published: the next delivery rebuilds the school's setup. */
export function forgetModerationSetup(schoolId?: string) {
  if (schoolId) cache.delete(schoolId);
  else cache.clear();
}
