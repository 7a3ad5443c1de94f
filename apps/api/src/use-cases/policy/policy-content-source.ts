// Where a policy's words come from (issue 15). A version stores its own PolicyContent; versions written before the
// school's own words existed have none and read as their trust's template words (lazily: nothing is written on
// read). A trust's words are its stored content, or its template's until it saves its own. A new draft starts from
// the school's latest stored words (or the trust's), and every draft carries the trust's current locks.
import { policySettingsRepository, policyVersionsRepository, tenancyRepository, type Db } from '@schoolgate/db';
import {
  isPolicyTemplateId,
  mergeTrustAndSchoolContent,
  notFound,
  policyContentFromTemplate,
  type PolicyContent,
} from '@schoolgate/domain';

export interface TrustContent {
  content: PolicyContent;
  /** False while the trust follows its template's words (it has never saved words of its own). */
  stored: boolean;
  templateId: string | null;
}

const asContent = (raw: Record<string, unknown>) => raw as unknown as PolicyContent;
export const contentRecord = (content: PolicyContent) => content as unknown as Record<string, unknown>;

export function templateContent(templateId: string | null): PolicyContent {
  return policyContentFromTemplate(isPolicyTemplateId(templateId) ? templateId : 'blank');
}

export async function loadTrustContent(db: Db, trustId: string): Promise<TrustContent> {
  const row = await policySettingsRepository.findTrustDefaults(db, trustId);
  const templateId = row?.templateId ?? null;
  if (row?.content) return { content: asContent(row.content), stored: true, templateId };
  return { content: templateContent(templateId), stored: false, templateId };
}

async function trustOfSchool(db: Db, schoolId: string) {
  const school = await tenancyRepository.findSchool(db, schoolId);
  if (!school) throw notFound('That school');
  return loadTrustContent(db, school.trustId);
}

/** The trust's words as a school inherits them: only stored words can lock anything. */
export const locksOf = (trust: TrustContent) => (trust.stored ? trust.content : null);

/** A version's words: its own, or (written before issue 15) its trust's template words. */
export async function contentOfVersion(
  db: Db,
  version: { schoolId: string; content: Record<string, unknown> | null },
): Promise<PolicyContent> {
  if (version.content) return asContent(version.content);
  const trust = await trustOfSchool(db, version.schoolId);
  return templateContent(trust.templateId);
}

/** The words a new draft starts from: the school's latest stored words, else the trust's, with the trust's locks. */
export async function startingContent(db: Db, schoolId: string): Promise<PolicyContent> {
  const trust = await trustOfSchool(db, schoolId);
  const latest = (await policyVersionsRepository.listForSchool(db, schoolId)).find((v) => v.content !== null);
  const base = latest?.content ? asContent(latest.content) : trust.content;
  return withLocks(base, locksOf(trust));
}

/** A draft's words brought up to date with the trust's current locks (used on refresh and on every change). */
export async function withCurrentTrustLocks(db: Db, schoolId: string, content: PolicyContent): Promise<PolicyContent> {
  return withLocks(content, locksOf(await trustOfSchool(db, schoolId)));
}

function withLocks(school: PolicyContent, trust: PolicyContent | null): PolicyContent {
  return trust ? mergeTrustAndSchoolContent(trust, school) : school;
}
