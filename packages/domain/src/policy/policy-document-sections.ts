// The wording of the policy document, one function per section. Every figure comes from the settings or the
// school's facts; the sentences are Schoolgate's own. The document is a policy, so it may state rules that people
// carry out by hand; it must never say the software does something it does not. What Schoolgate acts on today is
// named once, in the opening section (docs/policy-templates.md lists every clause as enforced, recorded or advice).
import { UK_NATION_LABELS } from '../calendar/uk-nation.ts';
import type { Role } from '../roles.ts';
import type { PolicyBlock, PolicyDocumentFacts, PolicySection } from './policy-document.ts';
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
      'This document is produced from the same settings as Schoolgate, the system the school uses to run its ' +
        'accounts. Schoolgate itself works out when each comment on our accounts must be answered, hides or holds ' +
        'back comments of each kind as set out below, keeps evidence before a comment is removed, keeps the register ' +
        'of pupils’ consents, and records who has signed this policy and who has been trained. The other rules ' +
        'here are for the people named in it to follow, and the headteacher checks that they do.',
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
      'A request for a new account is made in writing. It gives the purpose of the account and the audience, how ' +
        `people will find out about it, the names of the staff who will look after it (${plural(a.minRunners, 'person', 'people')} ` +
        'or more), and whether anyone may see it or only approved followers.',
    );
  }
  if (a.headWrittenConsentRequired)
    opening.push('No official account is opened without the headteacher’s written consent.');
  opening.push(
    `The ${a.approvedBy === 'slt' ? 'senior leadership team' : 'headteacher'} approves or refuses each request and records why.`,
  );
  const runners = [
    'Each account is run by named members of staff, its runners. Nobody else signs in to an account or posts from it.',
    `Every account has at least ${plural(a.minRunners, 'runner')}. If it ever has fewer, the headteacher names ` +
      'another or closes the account.',
    ...(a.runnersMustHaveSigned
      ? ['Before someone is named as a runner, they sign the version of this policy in force.']
      : []),
    ...(a.runnersMustHaveTraining ? ['Before someone is named as a runner, their training is up to date.'] : []),
    'Passwords and other sign-in details are kept securely and given only to an account’s runners; they are never ' +
      'sent by message or written down where others can see them.',
    'Before a runner leaves the school, the headteacher passes their accounts to another runner or closes them.',
    ...(a.likeAndFollowNonCommercialOnly
      ? [
          'Our accounts like, share and follow only pages that are not selling anything. A like or a follow from us ' +
            'does not mean the school vouches for a page.',
        ]
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
      `${capitalise(joinAnd(twoFactorRoles.map((role) => ROLE_IN_PROSE[role])))} sign in to Schoolgate with a code ` +
        'from an authenticator app as well as their password.',
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

const data: SectionBuilder = (settings, facts) => ({
  id: 'data',
  heading: 'Keeping information',
  blocks: [
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
  data,
  review,
];

export function buildPolicySections(settings: PolicySettings, facts: PolicyDocumentFacts): PolicySection[] {
  return SECTIONS.map((build) => build(settings, facts));
}
