// The sentences Schoolgate writes from the settings, one function per rule, shared by the clause generators
// (clause-generators.ts, for a school's own PolicyContent) and the fixed sections of the document without content
// (policy-document-sections.ts). One wording per rule, so the two forms of the document cannot drift apart, and
// each sentence says only what the code behind it does (checked against apps/api; docs/policy-templates.md).
import { UK_NATION_LABELS } from '../calendar/uk-nation.ts';
import { requiredRunners } from '../accounts/account-rules.ts';
import type { Role } from '../roles.ts';
import type { PolicyBlock, PolicyDocumentFacts } from './policy-document.ts';
import { capitalise, dateSpan, everyMonths, joinAnd, longDate, plural } from './policy-document-text.ts';
import type { PolicySettings } from './policy-settings.schema.ts';
import { retentionSchedule } from './retention.ts';
import {
  COMMENT_CATEGORIES,
  COMMENT_CATEGORY_LABELS,
  LADDER_STEP_LABELS,
  PLATFORM_LABELS,
  POST_CATEGORY_LABELS,
  POST_CHECK_LABELS,
} from './policy-vocabulary.ts';

export const paragraph = (text: string): PolicyBlock => ({ kind: 'paragraph', text });
export const list = (items: readonly string[]): PolicyBlock => ({ kind: 'list', items });

// Roles as a sentence names them (the roles module's labels are for forms and badges).
export const ROLE_IN_PROSE: Readonly<Record<Role, string>> = {
  trust_admin: 'the trust central team',
  governor: 'governors',
  head: 'the headteacher',
  slt: 'the senior leadership team',
  dsl: 'the designated safeguarding lead',
  deputy_dsl: 'the deputy designated safeguarding leads',
  account_admin: 'account administrators',
  staff: 'all staff',
};

type Settings = PolicySettings;
type Facts = PolicyDocumentFacts;

export const SCHOOLGATE_DOES =
  'This document is produced from the same settings as Schoolgate, the system the school uses to run its ' +
  'accounts. Schoolgate itself works out when each comment on our accounts must be answered, hides or holds ' +
  'back comments of each kind as set out below, keeps evidence before a comment is removed, keeps the register ' +
  'of pupils’ consents, and records who has signed this policy and who has been trained. The other rules ' +
  'here are for the people named in it to follow, and the headteacher checks that they do.';

export function trustSentence(facts: Facts): string | null {
  return facts.trustName
    ? `${facts.schoolName} belongs to ${facts.trustName}. The trust sets the starting point for this policy; the school has adapted it where noted in its settings.`
    : null;
}

export function namedPeopleItems(settings: Settings, facts: Facts): string[] {
  const deputies = facts.deputyDsls.length > 0 ? joinAnd(facts.deputyDsls) : 'none named at present';
  const approver = settings.accounts.approvedBy === 'slt' ? 'the senior leadership team' : 'the headteacher';
  return [
    `Headteacher, ${facts.headteacher}: runs this policy day to day.`,
    `Designated safeguarding lead, ${facts.dsl}: receives every safeguarding concern the policy raises.`,
    `Deputy designated safeguarding leads: ${deputies}.`,
    ...(facts.chairOfGovernors ? [`Chair of governors, ${facts.chairOfGovernors}.`] : []),
    'The governing board (or the trust board) approves each version and hears complaints about the policy.',
    `New official accounts are approved by ${approver}.`,
  ];
}

export function platformsSentence(settings: Settings): string {
  const platforms = settings.platforms.map((platform) => PLATFORM_LABELS[platform]);
  return platforms.length > 0
    ? `The school runs official accounts on ${joinAnd(platforms)}.`
    : 'The school does not run any official social media account at present.';
}

// Schoolgate asks for the business case and two runners on every request, whatever the settings (request-account.ts).
export function newAccountItems(settings: Settings): string[] {
  const a = settings.accounts;
  return [
    'A request for a new account is made in writing. It gives the purpose of the account and the audience, how ' +
      `people will find out about it, the names of the staff who will look after it (${plural(requiredRunners(a.minRunners), 'person', 'people')} ` +
      'or more), and whether anyone may see it or only approved followers.',
    ...(a.headWrittenConsentRequired
      ? ['No official account is opened without the headteacher’s written consent.']
      : []),
    `The ${a.approvedBy === 'slt' ? 'senior leadership team' : 'headteacher'} approves or refuses each request and records why.`,
  ];
}

export function runnerItems(settings: Settings): string[] {
  const a = settings.accounts;
  return [
    'Each account is run by named members of staff, its runners. Nobody else signs in to an account or posts from it.',
    `Every account has at least ${plural(requiredRunners(a.minRunners), 'runner')}. If it ever has fewer, the headteacher names ` +
      'another or closes the account.',
    ...(a.runnersMustHaveSigned
      ? ['Before someone is named as a runner, they sign the version of this policy in force.']
      : []),
    ...(a.runnersMustHaveTraining ? ['Before someone is named as a runner, their training is up to date.'] : []),
  ];
}

export const CREDENTIALS_ITEM =
  'Passwords and other sign-in details are kept securely and given only to an account’s runners; they are never ' +
  'sent by message or written down where others can see them.';

export const HANDOVER_ITEM =
  'Before a runner leaves the school, the headteacher passes their accounts to another runner or closes them.';

// Schoolgate holds every commercial page for the head whatever the setting (stewardship/page-links.ts).
export function likeAndFollowItem(settings: Settings): string {
  return settings.accounts.likeAndFollowNonCommercialOnly
    ? 'Our accounts like, share and follow only pages that are not selling anything. A like or a follow from us ' +
        'does not mean the school vouches for a page.'
    : 'Our accounts like, share or follow a page that is selling something only once the headteacher agrees. A ' +
        'like or a follow from us does not mean the school vouches for a page.';
}

export function postCategoryBlocks(settings: Settings): PolicyBlock[] {
  return [
    paragraph('Our posts are about:'),
    list(settings.posts.allowedCategories.map((category) => POST_CATEGORY_LABELS[category])),
  ];
}

export function neverPublishedBlocks(settings: Settings): PolicyBlock[] {
  return [
    paragraph('We do not publish:'),
    list([
      'a photo, video or name of a pupil without consent for that particular use',
      'anything showing a pupil whose family has asked that they never be published',
      ...settings.posts.checks.map((check) => POST_CHECK_LABELS[check]),
    ]),
  ];
}

// Schoolgate always asks for at least one approval by someone other than the author (posts.ts, approvalsNeeded).
export function approvalsSentence(settings: Settings): string {
  const needed = Math.max(1, settings.posts.approvalsRequired);
  return `Every post is approved by ${plural(needed, 'person', 'people')} other than its author before it is published.`;
}

export function suggestionsSentence(settings: Settings): string {
  const to = {
    head: 'the headteacher',
    runners: 'the runners of the account',
    head_and_runners: 'the headteacher or the runners of the account',
  }[settings.posts.suggestionsGoTo];
  return `Staff who are not runners and would like something posted can suggest it to ${to}.`;
}

export function deadlineBlocks(settings: Settings): PolicyBlock[] {
  const { response, calendar } = settings;
  const nation = UK_NATION_LABELS[calendar.nation];
  const deadline =
    response.counting === 'plain'
      ? `Anyone who asks a question, complains or leaves a comment that needs an answer on one of our accounts hears ` +
        `back from us within ${response.hours} hours; a short note saying we have seen it and are dealing with it ` +
        `counts. What arrives on a weekend, a bank holiday in ${nation} or a day the school is closed is answered by ` +
        `${response.workingDay.end} on the next working day. Should the ${response.hours} hours run into such a day, the ` +
        `answer is due by ${response.workingDay.end} on the first working day they reach.`
      : `Anyone who asks a question, complains or leaves a comment that needs an answer on one of our accounts hears ` +
        `back from us within ${response.hours} working hours; a short note saying we have seen it and are dealing ` +
        `with it counts. Working hours are ${response.workingDay.start} to ${response.workingDay.end}, Monday to ` +
        `Friday, except bank holidays in ${nation} and days the school is closed.`;
  const closures = calendar.closures.map((closure) => `${closure.label}: ${dateSpan(closure.from, closure.to)}`);
  return [
    paragraph(deadline),
    ...(closures.length > 0 ? [paragraph('Days the school is closed:'), list(closures)] : []),
  ];
}

export function moderationBlocks(settings: Settings): PolicyBlock[] {
  const handling = COMMENT_CATEGORIES.map((category) => {
    const rule = settings.moderation.categories[category];
    const what =
      rule.hideAt !== null
        ? 'hidden at once, then checked by a moderator'
        : rule.queueAt !== null
          ? 'checked by a moderator'
          : 'left up';
    return `${COMMENT_CATEGORY_LABELS[category]}: ${what}.`;
  });
  return [paragraph('What happens to comments of each kind:'), list(handling)];
}

export const EVIDENCE_SENTENCE =
  'Before a comment is hidden or deleted we keep a copy exactly as it was received, an image of how it looked, ' +
  'the date and time, and a digital fingerprint that shows the copy has not been altered since.';

export const COMPLAINTS_SENTENCE =
  'Complaints and concerns are best raised privately: we reply on social media by pointing to the school’s ' +
  'complaints procedure.';

export function repeatOffenderBlocks(settings: Settings): PolicyBlock[] {
  const repeat = settings.moderation.repeatOffender;
  return [
    paragraph(
      `Someone who posts ${plural(repeat.threshold, 'comment')} we have had to act on within ${repeat.windowDays} ` +
        'days is treated as a repeat offender. We may then, in this order:',
    ),
    list(repeat.ladder.map((step) => `${capitalise(LADDER_STEP_LABELS[step])}.`)),
  ];
}

export function pressSentence(settings: Settings): string | null {
  const press = settings.moderation.journalistContactGoesTo.map((contact) =>
    contact === 'head' ? 'the headteacher' : 'the chair of governors',
  );
  return press.length > 0
    ? `If a journalist gets in touch about anything on our accounts, staff pass it to ${joinAnd(press)} before anyone replies.`
    : null;
}

export function concernBlocks(settings: Settings, facts: Facts): PolicyBlock[] {
  const others = settings.concerns.alsoNotify.map((role) => ROLE_IN_PROSE[role]);
  const team = [facts.dsl, ...facts.deputyDsls];
  return [
    paragraph(
      `Staff take any concern under this policy to the designated safeguarding lead or a deputy (${joinAnd(team)}) ` +
        `the same day${others.length > 0 ? `, and also let ${joinAnd(others)} know that there is one` : ''}. Only ` +
        'the safeguarding team and the headteacher see its details; the person who raised it is told how it is going.',
    ),
    paragraph('Staff raise a concern when, for example:'),
    list([
      'a pupil contacts them, or asks to connect, through a personal account',
      'they see bullying, harassment or threats aimed at a pupil, a family or a colleague',
      'they come across inappropriate content connected with the school',
      'a colleague appears to have broken this policy',
    ]),
  ];
}

export function acceptanceSentence(settings: Settings): string | null {
  const { acceptance } = settings.people;
  if (acceptance === 'none') return null;
  const who =
    acceptance === 'all_staff'
      ? 'Every member of staff, volunteer and contractor'
      : 'Everyone who runs an official account';
  return `${who} signs to say they have read this policy and will follow it, and signs again for each new version.`;
}

export function trainingSentence(settings: Settings): string | null {
  const { training } = settings.people;
  if (training.required === 'none') return null;
  const who = training.required === 'all_staff' ? 'Staff' : 'Account runners';
  const induction = training.atInduction ? ' when they join, and again' : '';
  return `${who} are trained on this policy${induction} at least ${everyMonths(training.validityMonths)}.`;
}

export function twoFactorSentence(settings: Settings): string {
  return (
    `${capitalise(joinAnd(settings.people.twoFactorRoles.map((role) => ROLE_IN_PROSE[role])))} sign in to Schoolgate with a code ` +
    'from an authenticator app as well as their password.'
  );
}

export function retentionBlocks(settings: Settings, facts: Facts): PolicyBlock[] {
  return [
    paragraph(
      `${facts.schoolName} keeps the information this policy produces only as long as it needs it. Schoolgate ` +
        'deletes or anonymises each kind of record once its period below has passed, every night:',
    ),
    list(retentionSchedule(settings.retention).map(({ record, kept }) => `${record}: ${kept}.`)),
    paragraph(
      'A record under a legal hold (for a claim, an investigation or a request from the police) is kept until the ' +
        'hold is lifted, and a comment that a safeguarding concern refers to is kept as long as the concern. Anyone ' +
        'may ask for a copy of what the school holds about them, or for it to be erased; the headteacher answers ' +
        'within one month, and erases what the law allows.',
    ),
  ];
}

export function reviewSentence(settings: Settings, facts: Facts): string {
  return (
    `This is version ${facts.version}` +
    (facts.approvedOn ? `, approved on ${longDate(facts.approvedOn)}` : ', a draft awaiting approval') +
    `. The policy is reviewed ${everyMonths(settings.review.cycleMonths)}; the next review is due by ` +
    `${longDate(facts.reviewDate)}.`
  );
}
