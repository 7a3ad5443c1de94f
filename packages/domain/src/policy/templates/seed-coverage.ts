// Every clause of each seed policy, by its meaning (a short line in Schoolgate's words), with the clause of the
// template's default content that covers it and what Schoolgate does about it (one file per seed in coverage/).
// seed-coverage.test.ts checks each clause is in the template with that status, and that docs/policy-templates.md
// shows these tables as they are here.
import type { PolicyTemplateId } from './index.ts';
import type { SeedClause } from './coverage/coverage-helpers.ts';
import { independentAllThroughCoverage } from './coverage/independent-all-through.coverage.ts';
import { primaryStaffConductCoverage } from './coverage/primary-staff-conduct.coverage.ts';
import { multiAcademyTrustCoverage } from './coverage/multi-academy-trust.coverage.ts';
import { communityPrimaryParentsLadderCoverage } from './coverage/community-primary-parents-ladder.coverage.ts';
import { secondaryAccountsAndRolesCoverage } from './coverage/secondary-accounts-and-roles.coverage.ts';

export type { SeedClause } from './coverage/coverage-helpers.ts';

export const SEED_COVERAGE: Readonly<Record<Exclude<PolicyTemplateId, 'blank'>, readonly SeedClause[]>> = {
  'independent-all-through': independentAllThroughCoverage,
  'primary-staff-conduct': primaryStaffConductCoverage,
  'multi-academy-trust': multiAcademyTrustCoverage,
  'community-primary-parents-ladder': communityPrimaryParentsLadderCoverage,
  'secondary-accounts-and-roles': secondaryAccountsAndRolesCoverage,
};
