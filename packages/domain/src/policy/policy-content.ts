// The policy document as the school's own words (issue 15): sections of clauses, each clause either generated from
// the settings Schoolgate enforces or written by the school (or its trust) in a small, safe Markdown subset. A version
// of the policy stores one PolicyContent beside its settings; the rendered document is built from both, so an
// enforced clause can never say something the settings do not.
import type { IsoDate } from '../calendar/london-time.ts';

/**
 * What Schoolgate does about a clause:
 * - enforced: the system applies it (its text is generated from the settings; `rule` names the setting or rule);
 * - recorded: people do it, and Schoolgate keeps the record (training, signatures, approvals, concerns);
 * - guidance: people do it; Schoolgate neither applies nor records it.
 */
export const CLAUSE_STATUSES = ['enforced', 'recorded', 'guidance'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/** Where a clause came from: the template it started as, the trust's words, or the school's. */
export const CLAUSE_ORIGINS = ['template', 'trust', 'school'] as const;
export type ClauseOrigin = (typeof CLAUSE_ORIGINS)[number];

export interface PolicyClause {
  /** Stable across versions and templates, e.g. "staff.personal-accounts-private"; unique within a document. */
  readonly id: string;
  readonly status: ClauseStatus;
  /**
   * For enforced and recorded clauses: the setting path or rule behind it, e.g. "consent.photo" or
   * "acceptance.statement", shown beside the clause and listed in docs/policy-templates.md. Null for guidance.
   */
  readonly rule: string | null;
  /**
   * The clause's words in the allowed Markdown subset (paragraphs, bulleted and numbered lists, **bold**, *italic*).
   * Null for an enforced clause whose words are generated from the settings by the generator named by its id.
   */
  readonly markdown: string | null;
  readonly origin: ClauseOrigin;
  /** Set by a trust on its own clauses: a school inherits the clause and cannot change or remove it. */
  readonly locked: boolean;
}

export interface PolicyContentSection {
  /** Stable, e.g. "purpose", "official-accounts", "staff-personal-use", "pupils", "parents", "acceptance". */
  readonly id: string;
  readonly heading: string;
  readonly clauses: readonly PolicyClause[];
  readonly origin: ClauseOrigin;
  /** A trust's locked section cannot be removed, renamed or reordered by a school. */
  readonly locked: boolean;
}

/** One row of the version history a school brings from its earlier policy (e.g. "0.2, 2019-09-01, J Smith, review"). */
export interface PolicyHistoryEntry {
  readonly version: string;
  readonly date: IsoDate;
  readonly author: string;
  readonly reason: string;
}

export interface PolicyContent {
  readonly sections: readonly PolicyContentSection[];
  /** The Statement of Acceptance staff sign, in the allowed Markdown subset; stored with each version. */
  readonly statementOfAcceptance: string;
  /** The person responsible for the policy (named on the cover), e.g. { name: "Mrs A Patel", role: "Deputy Head" }. */
  readonly responsiblePerson: { readonly name: string; readonly role: string } | null;
  /** Earlier versions, oldest first, imported by the school; Schoolgate's own versions follow them. */
  readonly history: readonly PolicyHistoryEntry[];
}
