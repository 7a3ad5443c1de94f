// The demo trust's policy, so the policy pages open on something true: the trust's defaults come from the
// multi-academy trust template (48 hours to respond); Hollins Park Academy answers faster and overrides the
// deadline to 24 hours; Meadowbank Primary follows the trust. Each school has version 1 approved by its
// governors on the day of seeding and published, so the system has a policy to enforce from the first start.
import {
  policyFactsRepository,
  policySettingsRepository,
  policyVersionsRepository,
  tenancyRepository,
  auditRepository,
  type Db,
} from '@schoolgate/db';
import {
  assertSchoolPolicy,
  londonDateOf,
  nextReviewDate,
  policySettingsFromTemplate,
  mergeTrustAndSchoolContent,
  type PolicyContent,
} from '@schoolgate/domain';
import { renderPolicyVersion } from '../use-cases/policy/render-policy-version.ts';
import { contentRecord, templateContent } from '../use-cases/policy/policy-content-source.ts';

const TRUST_TEMPLATE = 'multi-academy-trust';
/** Per school name: the fields it sets itself. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  'Hollins Park Academy': { 'response.hours': 24 },
};

/** Clauses the demo trust locks: every school states them in the trust's words. */
export const DEMO_LOCKED_CLAUSES: readonly string[] = ['staff.must-not'];

function demoTrustContent(): PolicyContent {
  const content = templateContent(TRUST_TEMPLATE);
  return {
    ...content,
    sections: content.sections.map((section) => ({
      ...section,
      clauses: section.clauses.map((clause) =>
        DEMO_LOCKED_CLAUSES.includes(clause.id) ? { ...clause, origin: 'trust' as const, locked: true } : clause,
      ),
    })),
  };
}

export async function seedDemoPolicy(tx: Db, trustId: string, now: Date): Promise<void> {
  const defaults = policySettingsFromTemplate(TRUST_TEMPLATE);
  await policySettingsRepository.saveTrustDefaults(tx, {
    trustId,
    settings: defaults as unknown as Record<string, unknown>,
    templateId: TRUST_TEMPLATE,
    updatedBy: null,
  });
  // The trust keeps its template's words as its own, locking what every school must say the same way.
  const content = demoTrustContent();
  await policySettingsRepository.saveTrustContent(tx, {
    trustId,
    content: contentRecord(content),
    settings: defaults as unknown as Record<string, unknown>,
    templateId: TRUST_TEMPLATE,
    updatedBy: null,
  });
  const approvedOn = londonDateOf(now);
  for (const school of await tenancyRepository.listSchools(tx, trustId)) {
    const overrides = OVERRIDES[school.name] ?? {};
    if (Object.keys(overrides).length > 0) {
      await policySettingsRepository.saveSchoolOverrides(tx, { schoolId: school.id, overrides, updatedBy: null });
    }
    const { settings } = assertSchoolPolicy(defaults, overrides);
    const chair = (await policyFactsRepository.namedPeople(tx, school.id)).find((p) => /chair/i.test(p.jobTitle ?? ''));
    const reviewDue = nextReviewDate(approvedOn, settings.review.cycleMonths);
    const rendered = await renderPolicyVersion(
      tx,
      school.id,
      settings,
      { number: 1, approvedOn, reviewDate: reviewDue },
      mergeTrustAndSchoolContent(content, null),
    );
    const version = await policyVersionsRepository.insert(tx, {
      schoolId: school.id,
      number: 1,
      status: 'published',
      settings: settings as unknown as Record<string, unknown>,
      ...rendered,
      summaryOfChanges: 'Set up from the multi-academy trust template.',
      approvedOn,
      approvalMinuteRef: 'Demo set-up',
      approverName: chair ? `${chair.firstName} ${chair.lastName}, Chair of Governors` : 'Chair of Governors',
      publishedAt: now,
      reviewDue,
    });
    await auditRepository.append(tx, {
      trustId,
      schoolId: school.id,
      actorUserId: null,
      actorAddress: null,
      action: 'demo.policy_seeded',
      entityType: 'policy_version',
      entityId: version.id,
      details: { templateId: TRUST_TEMPLATE, overrides, contentHash: version.contentHash },
      now,
    });
  }
}
