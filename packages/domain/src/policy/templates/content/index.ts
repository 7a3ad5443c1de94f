// Each template's default PolicyContent (issue 15): its seed's sections in its seed's order, every clause of the
// seed in Schoolgate's words (templates/seed-coverage.ts lists them), the Statement of Acceptance and the role
// responsible. A fresh copy on every call, safe for the caller to change.
import type { PolicyContent } from '../../policy-content.ts';
import type { PolicyTemplateId } from '../index.ts';
import { blankContent } from './blank.content.ts';
import { communityPrimaryParentsLadderContent } from './community-primary-parents-ladder.content.ts';
import { contentFrom, type TemplateContentDefinition } from './content-helpers.ts';
import { independentAllThroughContent } from './independent-all-through.content.ts';
import { multiAcademyTrustContent } from './multi-academy-trust.content.ts';
import { primaryStaffConductContent } from './primary-staff-conduct.content.ts';
import { secondaryAccountsAndRolesContent } from './secondary-accounts-and-roles.content.ts';

const CONTENT: Readonly<Record<PolicyTemplateId, TemplateContentDefinition>> = {
  'independent-all-through': independentAllThroughContent,
  'primary-staff-conduct': primaryStaffConductContent,
  'multi-academy-trust': multiAcademyTrustContent,
  'community-primary-parents-ladder': communityPrimaryParentsLadderContent,
  'secondary-accounts-and-roles': secondaryAccountsAndRolesContent,
  blank: blankContent,
};

export function policyContentFromTemplate(id: PolicyTemplateId): PolicyContent {
  const definition = CONTENT[id];
  if (!definition) throw new RangeError(`Unknown policy template: ${id}`);
  return contentFrom(definition);
}
