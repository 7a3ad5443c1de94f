// The policy version in force in the actor's school, presented for the acceptance pages.
import type { AcceptanceVersion } from '@schoolgate/contracts';
import type { PublishedVersion } from '@schoolgate/db';

export function presentVersion(v: PublishedVersion): AcceptanceVersion {
  return {
    id: v.id,
    number: v.number,
    contentHash: v.contentHash,
    publishedAt: v.publishedAt?.toISOString() ?? null,
  };
}
