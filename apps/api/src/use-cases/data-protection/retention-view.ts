// The retention schedule as the Data protection page shows it: the settings in force, the same prose the policy
// document prints, and the latest run of the retention job from the audit chain.
import { auditRepository, chainFor, policyVersionsRepository } from '@schoolgate/db';
import { assertPolicySettings, RETENTION_DEFAULTS, retentionSchedule } from '@schoolgate/domain';
import type { RetentionResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';

export async function getRetention(ctx: AppContext, actor: Actor): Promise<RetentionResponse> {
  authorise(actor, 'read', 'personal_data');
  const schoolId = schoolOf(actor);
  const published = await policyVersionsRepository.findByStatus(ctx.db, schoolId, 'published');
  const settings = published ? assertPolicySettings(published.settings).retention : { ...RETENTION_DEFAULTS };
  const last = await auditRepository.latestOf(ctx.db, chainFor(actor.trustId, schoolId), 'retention.applied');
  return {
    source: published ? 'published_policy' : 'defaults',
    settings,
    schedule: retentionSchedule(settings),
    lastRun: last ? { at: last.occurredAt.toISOString(), details: last.details } : null,
  };
}
