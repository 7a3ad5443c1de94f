// The settings the system enforces for a school: those of its published version, never the settings being
// edited. Moderation, posts and the other areas call this; null means the school has not published a policy yet.
import { policyVersionsRepository, type Db } from '@schoolgate/db';
import { assertPolicySettings, type PolicySettings } from '@schoolgate/domain';

export async function getEnforcedPolicy(db: Db, schoolId: string): Promise<PolicySettings | null> {
  const published = await policyVersionsRepository.findByStatus(db, schoolId, 'published');
  return published ? assertPolicySettings(published.settings) : null;
}
