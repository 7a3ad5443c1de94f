// Who a concern goes to. Most go to the DSL team. A concern about a member of staff follows the allegations route
// (002, 004): it goes to the headteacher, and one about the headteacher goes to the chair of governors, so neither
// lands on the DSL team's general list. A parent's complaint that is not about a child's safety goes to the head and
// the school office (the account administrator, who runs the school's accounts and its front desk); the office never
// sees safeguarding concerns or allegations.
import type { Role } from '../roles.ts';
import type { ConcernType } from './concern-kinds.ts';

export const CONCERN_ROUTES = ['safeguarding', 'allegation_staff', 'allegation_head', 'complaint'] as const;
export type ConcernRoute = (typeof CONCERN_ROUTES)[number];

export interface ConcernRoutingInput {
  type: ConcernType;
  source: 'staff' | 'moderation' | 'public';
  /** The roles of the members of staff the concern names (from the roster). */
  staffRolesInvolved: readonly Role[];
  /** For the public form: the parent said a child may be at risk. */
  childAtRisk?: boolean;
}

export function routeConcern(input: ConcernRoutingInput): ConcernRoute {
  if (input.staffRolesInvolved.includes('head')) return 'allegation_head';
  if (input.staffRolesInvolved.length > 0 || input.type === 'colleague_breach') return 'allegation_staff';
  if (input.source === 'public' && !input.childAtRisk) return 'complaint';
  return 'safeguarding';
}

/** The roles told about a new concern on this route (the chair of governors is found by job title, see isChairOfGovernors). */
export function rolesToldOf(route: ConcernRoute): Role[] {
  switch (route) {
    case 'safeguarding':
      return ['dsl', 'deputy_dsl'];
    case 'allegation_staff':
      return ['head'];
    case 'complaint':
      return ['head', 'account_admin'];
    case 'allegation_head':
      return [];
  }
}

export interface ConcernViewer {
  role: Role;
  /** True for the governor recorded as chair (isChairOfGovernors of their job title). */
  isChairOfGovernors: boolean;
}

/**
 * May this person read the concern's details? Only the DSL team and the head for safeguarding concerns, the head
 * for allegations about staff, the head and the office for complaints, the chair of governors for allegations about
 * the head.
 */
export function canSeeConcern(viewer: ConcernViewer, route: ConcernRoute): boolean {
  switch (route) {
    case 'safeguarding':
      return viewer.role === 'dsl' || viewer.role === 'deputy_dsl' || viewer.role === 'head';
    case 'allegation_staff':
      return viewer.role === 'head';
    case 'complaint':
      return viewer.role === 'head' || viewer.role === 'account_admin';
    case 'allegation_head':
      return viewer.role === 'governor' && viewer.isChairOfGovernors;
  }
}

/** The routes whose concerns this person may list. */
export function routesVisibleTo(viewer: ConcernViewer): ConcernRoute[] {
  return CONCERN_ROUTES.filter((route) => canSeeConcern(viewer, route));
}

/** A second-factor check must be this recent to open a concern (CPOMS asks again in the same way). */
export const CONCERN_SECOND_FACTOR_MINUTES = 15;

export function secondFactorIsFresh(checkedAt: Date | null, now: Date): boolean {
  if (!checkedAt) return false;
  const age = now.getTime() - checkedAt.getTime();
  return age >= -60_000 && age <= CONCERN_SECOND_FACTOR_MINUTES * 60_000;
}
