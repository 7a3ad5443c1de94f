// The policy as data (PRODUCT C1): one school's complete settings. Every field is required in a resolved policy,
// so "not set" never has to be guessed downstream; inheritance (policy-inheritance.ts) fills a school's gaps from
// its trust. Values are parsed with zod so a bad value comes back naming its field (STYLE rule 6 and C8).
import { z } from 'zod';
import { AppError, type FieldProblem } from '../errors.ts';
import { ROLES, ROLES_REQUIRING_TWO_FACTOR } from '../roles.ts';
import { DEADLINE_COUNTING, type ResponseDeadlineSettings } from '../calendar/response-deadline.ts';
import { isClockTime, isIsoDate, minutesOfDay } from '../calendar/london-time.ts';
import { UK_NATIONS } from '../calendar/uk-nation.ts';
import { storableText } from '../storable-text.ts';
import { retentionSchema } from './retention.ts';
import {
  ACCEPTANCE_SCOPES,
  ACCOUNT_APPROVERS,
  COMMENT_CATEGORIES,
  LADDER_STEPS,
  PLATFORMS,
  POST_CATEGORIES,
  POST_CHECKS,
  PRESS_CONTACTS,
  SUGGESTION_ROUTES,
  TRAINING_SCOPES,
} from './policy-vocabulary.ts';

/** A set of values from a closed list: duplicates dropped, order fixed, so equal policies hash equal. */
const setOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).transform((picked) => values.filter((value) => picked.includes(value)) as T[number][]);

const isoDate = z.string().refine(isIsoDate, 'Must be a date written YYYY-MM-DD.');
const clockTime = z.string().refine(isClockTime, 'Must be a time written HH:MM (24-hour clock).');
const score = z.number().min(0, 'Scores run from 0 to 1.').max(1, 'Scores run from 0 to 1.');
const months = z.number().int('Whole months only.').min(1, 'At least one month.').max(60, 'At most 60 months.');

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};

const closure = z
  .strictObject({
    from: isoDate,
    to: isoDate.optional(),
    label: storableText().trim().min(1, 'Give the closure a name, such as "INSET day".').max(80),
  })
  .transform(({ from, to, label }) => ({ from, to: to ?? from, label }))
  .refine(({ from, to }) => to >= from, { message: 'The last day is before the first day.', path: ['to'] });

/** What a category of comment does: hidden at once from `hideAt`, queued for a moderator from `queueAt`, else left. */
const categoryRule = z.strictObject({ hideAt: score.nullable(), queueAt: score.nullable() });

const categoryRules = z.strictObject(
  Object.fromEntries(COMMENT_CATEGORIES.map((category) => [category, categoryRule])) as Record<
    (typeof COMMENT_CATEGORIES)[number],
    typeof categoryRule
  >,
);

export const policySettingsSchema = z
  .strictObject({
    platforms: setOf(PLATFORMS),
    response: z.strictObject({
      hours: z
        .number()
        .int('Whole hours only.')
        .min(1, 'At least one hour.')
        .max(336, 'At most two weeks (336 hours).'),
      counting: z.enum(DEADLINE_COUNTING),
      workingDay: z.strictObject({ start: clockTime, end: clockTime }),
    }),
    calendar: z.strictObject({
      nation: z.enum(UK_NATIONS),
      closures: z
        .array(closure)
        .transform((periods) => [...periods].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))),
    }),
    posts: z.strictObject({
      allowedCategories: setOf(POST_CATEGORIES).refine((list) => list.length > 0, 'Allow at least one category.'),
      checks: setOf(POST_CHECKS),
      approvalsRequired: z.number().int().min(0).max(3, 'At most three approvals.'),
      suggestionsGoTo: z.enum(SUGGESTION_ROUTES),
    }),
    moderation: z.strictObject({
      categories: categoryRules,
      repeatOffender: z.strictObject({
        threshold: z.number().int().min(1, 'At least one comment.').max(50),
        windowDays: z.number().int().min(1, 'At least one day.').max(3650),
        // Order matters here: it is the order the school escalates in.
        ladder: z
          .array(z.enum(LADDER_STEPS))
          .min(1, 'Name at least one step.')
          .refine((steps) => new Set(steps).size === steps.length, 'Each step may appear only once.'),
      }),
      journalistContactGoesTo: setOf(PRESS_CONTACTS),
      // The page of the school's complaints procedure, which reply templates point people to. Optional, and absent
      // from settings stored before it existed: those read as empty, and templates then name the school website.
      complaintsUrl: storableText()
        .trim()
        .max(300, 'At most 300 characters.')
        .refine(
          (value) => value === '' || isWebAddress(value),
          'Give the full address of the page, starting https:// (or leave it empty).',
        )
        .default(''),
    }),
    accounts: z.strictObject({
      businessCaseRequired: z.boolean(),
      headWrittenConsentRequired: z.boolean(),
      approvedBy: z.enum(ACCOUNT_APPROVERS),
      minRunners: z.number().int().min(1, 'At least one runner.').max(10),
      runnersMustHaveSigned: z.boolean(),
      runnersMustHaveTraining: z.boolean(),
      likeAndFollowNonCommercialOnly: z.boolean(),
    }),
    people: z.strictObject({
      acceptance: z.enum(ACCEPTANCE_SCOPES),
      training: z.strictObject({
        required: z.enum(TRAINING_SCOPES),
        atInduction: z.boolean(),
        validityMonths: months,
      }),
      twoFactorRoles: setOf(ROLES),
    }),
    concerns: z.strictObject({
      // The DSL and deputies always receive every concern; these roles are told as well.
      alsoNotify: setOf(ROLES),
    }),
    review: z.strictObject({ cycleMonths: months }),
    // How long each kind of record is kept (issue 13); absent from settings stored before it existed: the defaults.
    retention: retentionSchema,
  })
  .superRefine((settings, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const { start, end } = settings.response.workingDay;
    if (minutesOfDay(start) >= minutesOfDay(end)) {
      problem(['response', 'workingDay', 'end'], 'The working day must end after it starts.');
    }
    for (const [category, rule] of Object.entries(settings.moderation.categories)) {
      if (rule.hideAt !== null && rule.queueAt !== null && rule.queueAt > rule.hideAt) {
        problem(['moderation', 'categories', category, 'queueAt'], 'Queueing must start at or below the hiding score.');
      }
    }
    if (settings.accounts.runnersMustHaveSigned && settings.people.acceptance === 'none') {
      problem(
        ['accounts', 'runnersMustHaveSigned'],
        'Runners cannot sign if nobody is asked to: set people.acceptance.',
      );
    }
    if (settings.accounts.runnersMustHaveTraining && settings.people.training.required === 'none') {
      problem(['accounts', 'runnersMustHaveTraining'], 'Runners cannot be trained if no training is required.');
    }
    // A policy may ask more of people than Schoolgate's baseline, never less (PRODUCT C8).
    const missing = ROLES_REQUIRING_TWO_FACTOR.filter((role) => !settings.people.twoFactorRoles.includes(role));
    if (missing.length > 0) {
      problem(['people', 'twoFactorRoles'], `These roles always need two-factor sign-in: ${missing.join(', ')}.`);
    }
  });

export type PolicySettings = z.output<typeof policySettingsSchema>;
/** What may be handed to the parser: closures may leave out `to` for a single day; lists may be in any order. */
export type PolicySettingsInput = z.input<typeof policySettingsSchema>;
export type CommentCategoryRule =
  PolicySettings['moderation']['categories'][keyof PolicySettings['moderation']['categories']];

// The response section is exactly what the deadline code needs; this line fails to compile if they drift apart.
export const responseSettingsFit = (settings: PolicySettings): ResponseDeadlineSettings => settings.response;

export type PolicyParseResult = { ok: true; settings: PolicySettings } | { ok: false; problems: FieldProblem[] };

export function toFieldProblems(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldProblem[] {
  const fieldOf = (path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.');
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: fieldOf([...issue.path, key]), message: 'Not a policy setting.' }))
      : [{ field: fieldOf(issue.path) || '(settings)', message: issue.message }],
  );
}

export function parsePolicySettings(input: unknown): PolicyParseResult {
  const result = policySettingsSchema.safeParse(input);
  return result.success
    ? { ok: true, settings: result.data }
    : { ok: false, problems: toFieldProblems(result.error.issues) };
}

/** For callers that want an AppError ('VALIDATION_FAILED', one problem per field) rather than a result. */
export function assertPolicySettings(input: unknown): PolicySettings {
  const result = parsePolicySettings(input);
  if (!result.ok) throw new AppError('VALIDATION_FAILED', 'The policy settings are not valid.', result.problems);
  return result.settings;
}
