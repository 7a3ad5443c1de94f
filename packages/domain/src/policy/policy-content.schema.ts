// The shape of a PolicyContent as it arrives from storage or a request (issue 15), parsed with zod, then checked
// by validatePolicyContent. One entry point, so a stored or submitted content is either usable or refused with
// every problem named.
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../calendar/london-time.ts';
import { storableText } from '../storable-text.ts';
import { CLAUSE_ORIGINS, CLAUSE_STATUSES, type PolicyContent } from './policy-content.ts';
import { validatePolicyContent, type PolicyContentProblem } from './policy-content-validate.ts';

const clauseSchema = z.strictObject({
  id: z.string(),
  status: z.enum(CLAUSE_STATUSES),
  rule: storableText().nullable(),
  markdown: z.string().nullable(),
  origin: z.enum(CLAUSE_ORIGINS),
  locked: z.boolean(),
});

const sectionSchema = z.strictObject({
  id: z.string(),
  heading: z.string(),
  clauses: z.array(clauseSchema),
  origin: z.enum(CLAUSE_ORIGINS),
  locked: z.boolean(),
});

export const policyContentSchema = z.strictObject({
  sections: z.array(sectionSchema),
  statementOfAcceptance: z.string(),
  responsiblePerson: z.strictObject({ name: z.string(), role: z.string() }).nullable(),
  history: z.array(
    z.strictObject({
      version: z.string(),
      date: z.string().refine(isIsoDate, 'Must be a date written YYYY-MM-DD.') as z.ZodType<IsoDate>,
      author: z.string(),
      reason: z.string(),
    }),
  ),
});

export type PolicyContentParseResult =
  | { readonly ok: true; readonly content: PolicyContent }
  | { readonly ok: false; readonly problems: PolicyContentProblem[] };

export function parsePolicyContent(input: unknown): PolicyContentParseResult {
  const shape = policyContentSchema.safeParse(input);
  if (!shape.success) {
    return {
      ok: false,
      problems: shape.error.issues.map((issue) => ({
        sectionId: null,
        clauseId: null,
        message: `${issue.path.join('.') || '(content)'}: ${issue.message}`,
      })),
    };
  }
  const problems = validatePolicyContent(shape.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content: shape.data };
}
