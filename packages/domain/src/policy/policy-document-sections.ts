// The wording of the policy document, one function per section. Every figure comes from the settings or the
// school's facts; the sentences are Schoolgate's own. Rules Schoolgate always applies (consent, the do-not-publish
// list, evidence before removal, secure credentials, handover) are stated whatever the settings say.
import { UK_NATION_LABELS } from '../calendar/uk-nation.ts';
import type { Role } from '../roles.ts';
import type { PolicyBlock, PolicyDocumentFacts, PolicySection } from './policy-document.ts';
import { capitalise, dateSpan, everyMonths, joinAnd, longDate, plural } from './policy-document-text.ts';
import type { PolicySettings } from './policy-settings.schema.ts';
import {
  COMMENT_CATEGORIES,
  COMMENT_CATEGORY_LABELS,
  LADDER_STEP_LABELS,
  PLATFORM_LABELS,
  POST_CATEGORY_LABELS,
  POST_CHECK_LABELS,
} from './policy-vocabulary.ts';

const paragraph = (text: string): PolicyBlock => ({ kind: 'paragraph', text });
const list = (items: readonly string[]): PolicyBlock => ({ kind: 'list', items });

// Roles as a sentence names them (the roles module's labels are for forms and badges).
const ROLE_IN_PROSE: Readonly<Record<Role, string>> = {
  trust_admin: 'the trust central team',
  governor: 'governors',
  head: 'the headteacher',
  slt: 'the senior leadership team',
  dsl: 'the designated safeguarding lead',
  deputy_dsl: 'the deputy designated safeguarding leads',
  account_admin: 'account administrators',
  staff: 'all staff',
};

type SectionBuilder = (settings: PolicySettings, facts: PolicyDocumentFacts) => PolicySection;

const about: SectionBuilder = (_settings, facts) => ({
  id: 'about',
  heading: 'About this policy',
  blocks: [
    paragraph(
      `This policy explains how ${facts.schoolName} uses social media in its own name, how it protects the pupils, ` +
        'families and staff who appear on or write to its accounts, and what it expects of the adults who work here.',
    ),
    ...(facts.trustName
      ? [
          paragraph(
            `${facts.schoolName} belongs to ${facts.trustName}. The trust sets the starting point for this policy; the school has adapted it where noted in its settings.`,
          ),
        ]
      : []),
    paragraph(
      'It applies to everyone who works or volunteers for the school, including governors and contractors, whenever ' +
        'they act for the school online, from any device and at any time of day.',
    ),
    paragraph(
      'The rules below are also the settings of the system the school uses to run its accounts, so the system ' +
        'applies what this document says.',
    ),
  ],
});

const responsibilities: SectionBuilder = (settings, facts) => {
  const deputies = facts.deputyDsls.length > 0 ? joinAnd(facts.deputyDsls) : 'none named at present';
  const approver = settings.accounts.approvedBy === 'slt' ? 'the senior leadership team' : 'the headteacher';
  return {
    id: 'responsibilities',
    heading: 'Who is responsible',
    blocks: [
      list([
        `Headteacher, ${facts.headteacher}: runs this policy day to day.`,
        `Designated safeguarding lead, ${facts.dsl}: receives every safeguarding concern the policy raises.`,
        `Deputy designated safeguarding leads: ${deputies}.`,
        ...(facts.chairOfGovernors ? [`Chair of governors, ${facts.chairOfGovernors}.`] : []),
        'The governing board (or the trust board) approves each version and hears complaints about the policy.',
        `New official accounts are approved by ${approver}.`,
      ]),
    ],
  };
};

const accounts: SectionBuilder = (settings) => {
  const a = settings.accounts;
  const platforms = settings.platforms.map((platform) => PLATFORM_LABELS[platform]);
  const opening: string[] = [];
  if (a.businessCaseRequired) {
    opening.push(
      'Anyone proposing a new account writes down what it is for, who it is for, how it will be promoted, who will ' +
        `run it (at least ${plural(a.minRunners, 'person', 'people')}) and whether it will be public or private.`,
    );
  }
  if (a.headWrittenConsentRequired)
    opening.push('No official account is opened without the headteacher’s written consent.');
  opening.push(
    `The ${a.approvedBy === 'slt' ? 'senior leadership team' : 'headteacher'} approves or refuses each request and records why.`,
  );
  const runners = [
    'Only the staff named as an account’s runners may sign in to it or post from it.',
    `Every account has at least ${plural(a.minRunners, 'named runner')}; an account with fewer is flagged until it is put right.`,
    ...(a.runnersMustHaveSigned
      ? ['A runner must have signed the current version of this policy before being named.']
      : []),
    ...(a.runnersMustHaveTraining ? ['A runner must have up-to-date training before being named.'] : []),
    'Passwords and other sign-in details are stored encrypted; revealing one needs a reason and is recorded.',
    'When a runner leaves, their accounts are handed to another runner or closed.',
    ...(a.likeAndFollowNonCommercialOnly
      ? ['Our accounts like and follow only pages with no commercial interest; doing so is not an endorsement.']
      : []),
  ];
  return {
    id: 'accounts',
    heading: 'Our official accounts',
    blocks: [
      paragraph(
        platforms.length > 0
          ? `The school runs official accounts on ${joinAnd(platforms)}.`
          : 'The school does not run any official social media account at present.',
      ),
      list(runners),
      paragraph('Opening a new account:'),
      list(opening),
    ],
  };
};

const posts: SectionBuilder = (settings) => {
  const p = settings.posts;
  const approvals =
    p.approvalsRequired === 0
      ? 'A runner may publish a post without a second approval, and is responsible for it.'
      : `Every post is approved by ${plural(p.approvalsRequired, 'person', 'people')} other than its author before it is published.`;
  const suggestions = {
    head: 'the headteacher',
    runners: 'the runners of the account',
    head_and_runners: 'the headteacher or the runners of the account',
  }[p.suggestionsGoTo];
  return {
    id: 'posts',
    heading: 'What we post',
    blocks: [
      paragraph('Our posts are about:'),
      list(p.allowedCategories.map((category) => POST_CATEGORY_LABELS[category])),
      paragraph('We do not publish:'),
      list([
        'a photo, video or name of a pupil without consent for that particular use',
        'anything showing a pupil whose family has asked that they never be published',
        ...p.checks.map((check) => POST_CHECK_LABELS[check]),
      ]),
      paragraph(approvals),
      paragraph(`Staff who are not runners and would like something posted can suggest it to ${suggestions}.`),
    ],
  };
};

const comments: SectionBuilder = (settings) => {
  const { response, calendar, moderation } = settings;
  const nation = UK_NATION_LABELS[calendar.nation];
  const deadline =
    response.counting === 'plain'
      ? `We answer every comment, question and complaint on our accounts within ${response.hours} hours, even if only ` +
        `to say it has been received. Something that arrives on a weekend, a bank holiday in ${nation} or a day the ` +
        `school is closed is answered by ${response.workingDay.end} on the next working day. If the ${response.hours} ` +
        `hours run into such a day, the answer is due by ${response.workingDay.end} on the first working day they reach.`
      : `We answer every comment, question and complaint on our accounts within ${response.hours} working hours, even ` +
        `if only to say it has been received. Working hours are ${response.workingDay.start} to ` +
        `${response.workingDay.end}, Monday to Friday, except bank holidays in ${nation} and days the school is closed.`;
  const closures = calendar.closures.map((closure) => `${closure.label}: ${dateSpan(closure.from, closure.to)}`);
  const handling = COMMENT_CATEGORIES.map((category) => {
    const rule = moderation.categories[category];
    const what =
      rule.hideAt !== null
        ? 'hidden at once, then checked by a moderator'
        : rule.queueAt !== null
          ? 'checked by a moderator'
          : 'left up';
    return `${COMMENT_CATEGORY_LABELS[category]}: ${what}.`;
  });
  const repeat = moderation.repeatOffender;
  const press = moderation.journalistContactGoesTo.map((contact) =>
    contact === 'head' ? 'the headteacher' : 'the chair of governors',
  );
  return {
    id: 'comments',
    heading: 'Comments and messages on our accounts',
    blocks: [
      paragraph(deadline),
      ...(closures.length > 0 ? [paragraph('Days the school is closed:'), list(closures)] : []),
      paragraph('What happens to comments of each kind:'),
      list(handling),
      paragraph(
        'Before a comment is hidden or deleted we keep a copy exactly as it was received, an image of how it looked, ' +
          'the date and time, and a digital fingerprint that shows the copy has not been altered since.',
      ),
      paragraph(
        'Complaints and concerns are best raised privately: we reply on social media by pointing to the school’s ' +
          'complaints procedure.',
      ),
      paragraph(
        `Someone who posts ${plural(repeat.threshold, 'comment')} we have had to act on within ${repeat.windowDays} ` +
          'days is treated as a repeat offender. We may then, in this order:',
      ),
      list(repeat.ladder.map((step) => `${capitalise(LADDER_STEP_LABELS[step])}.`)),
      ...(press.length > 0
        ? [
            paragraph(
              `If a journalist gets in touch about anything on our accounts, staff pass it to ${joinAnd(press)} before anyone replies.`,
            ),
          ]
        : []),
    ],
  };
};

const concerns: SectionBuilder = (settings, facts) => {
  const others = settings.concerns.alsoNotify.map((role) => ROLE_IN_PROSE[role]);
  const team = [facts.dsl, ...facts.deputyDsls];
  return {
    id: 'concerns',
    heading: 'Safeguarding and raising concerns',
    blocks: [
      paragraph(
        `A concern raised under this policy reaches the designated safeguarding lead and deputies (${joinAnd(team)}) ` +
          `straight away${others.length > 0 ? `, and notice of it also goes to ${joinAnd(others)}` : ''}. Only the ` +
          'safeguarding team and the headteacher see its details; the person who raised it can follow its progress.',
      ),
      paragraph('Staff raise a concern when, for example:'),
      list([
        'a pupil contacts them, or asks to connect, through a personal account',
        'they see bullying, harassment or threats aimed at a pupil, a family or a colleague',
        'they come across inappropriate content connected with the school',
        'a colleague appears to have broken this policy',
      ]),
    ],
  };
};

const staff: SectionBuilder = (settings) => {
  const { acceptance, training, twoFactorRoles } = settings.people;
  const blocks: PolicyBlock[] = [];
  if (acceptance !== 'none') {
    const who =
      acceptance === 'all_staff'
        ? 'Every member of staff, volunteer and contractor'
        : 'Everyone who runs an official account';
    blocks.push(
      paragraph(
        `${who} signs to say they have read this policy and will follow it, and signs again for each new version.`,
      ),
    );
  }
  if (training.required !== 'none') {
    const who = training.required === 'all_staff' ? 'Staff' : 'Account runners';
    const induction = training.atInduction ? ' when they join, and again' : '';
    blocks.push(
      paragraph(`${who} are trained on this policy${induction} at least ${everyMonths(training.validityMonths)}.`),
    );
  }
  blocks.push(
    paragraph(
      `A second factor as well as a password is needed to sign in as ${joinAnd(twoFactorRoles.map((role) => ROLE_IN_PROSE[role]))}.`,
    ),
    paragraph('On their personal accounts, we ask staff to:'),
    list([
      'keep school business to the school’s official accounts',
      'turn down friend and follow requests from pupils, and report them',
      'keep pictures and details of pupils off their own accounts',
      'keep their privacy settings tight and check them from time to time',
      'make clear that personal views are their own',
    ]),
  );
  return { id: 'staff', heading: 'What we ask of staff', blocks };
};

const review: SectionBuilder = (settings, facts) => ({
  id: 'review',
  heading: 'Review',
  blocks: [
    paragraph(
      `This is version ${facts.version}` +
        (facts.approvedOn ? `, approved on ${longDate(facts.approvedOn)}` : ', a draft awaiting approval') +
        `. The policy is reviewed ${everyMonths(settings.review.cycleMonths)}; the next review is due by ` +
        `${longDate(facts.reviewDate)}.`,
    ),
  ],
});

const SECTIONS: readonly SectionBuilder[] = [
  about,
  responsibilities,
  accounts,
  posts,
  comments,
  concerns,
  staff,
  review,
];

export function buildPolicySections(settings: PolicySettings, facts: PolicyDocumentFacts): PolicySection[] {
  return SECTIONS.map((build) => build(settings, facts));
}
