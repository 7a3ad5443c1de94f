// The checks everything Schoolgate sends to a platform must pass (PRODUCT C3; issue 11): a post, a reply to a
// comment, a reply to a journalist. Pure: the caller gathers the text, the pupils tagged with their consent, the
// roster, the policy's post settings and the classifier's labels, and gets back a list of findings, each with a
// plain reason, the policy clause behind it, and whether it may be overridden.
//
// What may never be overridden: a pupil pictured or named without consent for that use, or on the do-not-publish
// list (002, 004), a category or platform the policy does not allow, and an image without alt text. The content
// checks the policy lists under "We do not publish" (posts.checks) must be fixed; the ones it does not list are
// still run and shown, as advice, and may be overridden with a reason that is recorded.
import type { IsoDate } from '../calendar/london-time.ts';
import { consentVerdict, type PupilConsentState } from '../consent/consent-state.ts';
import type { ConsentUse } from '../consent/consent-vocabulary.ts';
import {
  PLATFORM_LABELS,
  POST_CATEGORY_LABELS,
  type Platform,
  type PostCategory,
  type PostCheck,
} from '../policy/policy-vocabulary.ts';
import { PUBLICATION_CLAUSES, type PublicationCheck } from './post-vocabulary.ts';

export interface PublicationFinding {
  check: PublicationCheck;
  /** What is wrong, in words the person drafting can act on. */
  reason: string;
  /** The policy clause behind it. */
  clause: string;
  /** False for consent, the do-not-publish list, the category, the platform, alt text, and checks the policy lists. */
  overridable: boolean;
  /** The pupil concerned, for consent findings. */
  pupilId?: string;
}

/** A pupil of the school's roster, with their consent as it stands today. */
export interface CheckPupil {
  id: string;
  firstName: string;
  preferredName?: string | null;
  lastName: string;
  consent: PupilConsentState;
}

/** A pupil tagged on a draft: shown in a photo or video, named in the text, or both. */
export interface TaggedPupil extends CheckPupil {
  pictured: boolean;
  named: boolean;
}

/** The fields of a classifier label the checks read (the classifier's `Label` fits). */
export interface CheckLabel {
  category: string;
  kind?: string;
  evidence?: string;
}

export interface PublicationPolicy {
  allowedCategories: readonly PostCategory[];
  platforms: readonly Platform[];
  /** The checks the policy lists as "We do not publish": these must be fixed; the others are advisory. */
  checks: readonly PostCheck[];
}

export interface PublicationCheckInput {
  /** A post, or a reply to a comment (no category, no tags: the roster is searched for names). */
  kind: 'post' | 'reply';
  text: string;
  /** Only for posts. */
  category?: PostCategory | null;
  /** The platforms of the accounts it goes to. */
  platforms: readonly Platform[];
  images?: readonly { altText: string | null }[];
  /** A post's video (at most one): it needs a description as a photo needs alt text. */
  videos?: readonly { altText: string | null }[];
  tagged?: readonly TaggedPupil[];
  /** Every active pupil, so a name in the text is found even when nobody tagged the pupil. */
  roster: readonly CheckPupil[];
  /** Staff names, to tell a link to a member of staff's own account. */
  staff?: readonly { firstName: string; lastName: string }[];
  /** The handles of the school's own accounts ("stmarysprimary"): links and mentions of them are fine. */
  schoolHandles?: readonly string[];
  policy: PublicationPolicy;
  labels: readonly CheckLabel[];
  today: IsoDate;
}

const NAME_USE: ConsentUse = 'social_media_name';
const PHOTO_USE: ConsentUse = 'social_media_photo';

/** Lower-case words without accents, apostrophes and hyphens kept inside words (as the classifier's roster does). */
export const wordsOf = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/’/g, "'").replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0);

const hasSequence = (words: readonly string[], seq: readonly string[]): boolean => {
  if (seq.length === 0) return false;
  for (let i = 0; i + seq.length <= words.length; i++) {
    if (seq.every((w, k) => words[i + k] === w || words[i + k] === `${w}'s`)) return true;
  }
  return false;
};

const fullNameOf = (p: CheckPupil) => `${p.preferredName || p.firstName} ${p.lastName}`;

/** How a pupil appears in the text: by first and last name, by first (or preferred) name alone, or not at all. */
export function howNamed(text: string, pupil: CheckPupil): 'full' | 'first' | null {
  const words = wordsOf(text);
  const last = wordsOf(pupil.lastName);
  const firsts = [pupil.firstName, pupil.preferredName ?? ''].map((n) => wordsOf(n)).filter((w) => w.length > 0);
  if (firsts.some((first) => hasSequence(words, [...first, ...last]))) return 'full';
  if (firsts.some((first) => hasSequence(words, first))) return 'first';
  return null;
}

// Heuristics for the content checks. They are deliberately narrow: a finding the policy lists stops the post, so a
// false alarm costs the author a rewording; anything subtler is for the approver, who reads every post.
const POLITICAL = [
  /\bvote (?:for|labour|conservative|tory|reform|green|lib ?dem)/i,
  /\b(?:labour|conservative|tory|tories|lib(?:eral)? ?dem(?:ocrat)?s?|reform uk|snp|plaid cymru|green party)\b/i,
  /\b(?:general|local|by-?) ?election\b/i,
  /\bsign (?:the|our) petition\b/i,
  /\b(?:prime minister|the government|our mp|your mp|secretary of state)\b/i,
  /\b(?:brexit|strike action|protest against)\b/i,
];
const ADVERT = [/\b(?:\d+% off|discount code|promo code|use code|buy now|special offer|limited offer)\b/i];
const SOCIAL_LINK =
  /(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|instagram\.com|x\.com|twitter\.com|tiktok\.com|linkedin\.com\/in)\/([\w.-]+)/gi;
const MENTION = /(?:^|[^\w@])@([\w.]{2,})/g;

const matchesAny = (patterns: readonly RegExp[], text: string) => patterns.find((p) => p.test(text));
const quote = (text: string, pattern: RegExp) => text.match(pattern)?.[0]?.trim() ?? '';
const GREETING =
  /^\s*(?:dear|hi|hello|hey|to|congratulations|congrats|well done|happy birthday|thank you|thanks),?\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?([\p{L}'-]+)/iu;
const EVERYONE = new Set(
  'everyone everybody all families parents carers friends year class reception nursery team staff pupils students our the you to for from on a an we'.split(
    ' ',
  ),
);
const DIRECT = [/^\s*@[\w.]{2,}/, /\b(?:dm|message|ring|call) (?:me|us) (?:privately|direct)/i];

/** The words that make a post a message to one person ("Dear Mrs Jones", "@sam", "Happy birthday Ella"). */
function toOnePerson(text: string): string | null {
  const greeting = text.match(GREETING);
  const who = greeting?.[1] ?? '';
  if (greeting && /^\p{Lu}/u.test(who) && !EVERYONE.has(who.toLowerCase())) return greeting[0].trim();
  const direct = matchesAny(DIRECT, text);
  return direct ? quote(text, direct) : null;
}

/** Everything wrong with a post or reply before it may be approved or sent; an empty list means it may go. */
export function publicationFindings(input: PublicationCheckInput): PublicationFinding[] {
  const findings: PublicationFinding[] = [];
  const enforced = new Set<string>(input.policy.checks);
  const add = (check: PublicationCheck, reason: string, extra: Partial<PublicationFinding> = {}) => {
    const fixed =
      check === 'pupil_consent' ||
      check === 'category_not_allowed' ||
      check === 'platform_not_allowed' ||
      check === 'alt_text_missing' ||
      check === 'abusive_wording' ||
      enforced.has(check);
    findings.push({ check, reason, clause: PUBLICATION_CLAUSES[check], overridable: !fixed, ...extra });
  };
  const text = input.text;
  const images = input.images ?? [];
  const tagged = input.tagged ?? [];

  // Consent for every pupil tagged, and for every pupil whose name is in the text, tagged or not.
  const checkedName = new Set<string>();
  const refuse = (pupil: CheckPupil, use: ConsentUse, how: string) => {
    const verdict = consentVerdict(pupil.consent, use, input.today);
    if (verdict.allowed) return;
    const what = use === PHOTO_USE ? 'a photo or video of' : 'the name of';
    // One wording for a refusal, a withdrawal, no record and the do-not-publish list: the reason a child is on the
    // list is safeguarding information, and the person drafting does not need it to act.
    add(
      'pupil_consent',
      `${fullNameOf(pupil)} ${how}: the school has no consent to publish ${what} this pupil on social media. ${
        use === PHOTO_USE ? 'Remove the pupil from the photos or choose other photos.' : 'Take the name out.'
      }`,
      { pupilId: pupil.id, overridable: false },
    );
  };
  for (const pupil of tagged) {
    // Tagged as pictured is checked even before a photo is added, so adding one later is covered.
    if (pupil.pictured) refuse(pupil, PHOTO_USE, 'is tagged as pictured');
    const named = howNamed(text, pupil);
    if (pupil.named || named) {
      checkedName.add(pupil.id);
      refuse(pupil, NAME_USE, named ? 'is named in the text' : 'is tagged as named');
    }
  }
  for (const pupil of input.roster) {
    if (checkedName.has(pupil.id)) continue;
    const named = howNamed(text, pupil);
    if (named === 'full') {
      checkedName.add(pupil.id);
      refuse(pupil, NAME_USE, 'is named in the text');
    } else if (named === 'first' && !consentVerdict(pupil.consent, NAME_USE, input.today).allowed) {
      // A first name alone may be someone else ("Grace"), so it is for the author to confirm, with a reason.
      findings.push({
        check: 'pupil_consent',
        reason: `"${pupil.preferredName || pupil.firstName}" may refer to ${fullNameOf(pupil)}, whose name the school has no consent to publish on social media. Take it out, or record why it is someone else.`,
        clause: PUBLICATION_CLAUSES.pupil_consent,
        overridable: true,
        pupilId: pupil.id,
      });
    }
  }

  // A pupil's first name and surname together, even with consent for names (000, 002: first names only).
  const fullyNamed = [...tagged, ...input.roster].filter(
    (p, i, all) => all.findIndex((q) => q.id === p.id) === i && howNamed(text, p) === 'full',
  );
  for (const pupil of fullyNamed) {
    if (!consentVerdict(pupil.consent, NAME_USE, input.today).allowed) continue; // already refused above
    add('pupil_full_name', `${fullNameOf(pupil)} is named in full. Use the first name only.`, { pupilId: pupil.id });
  }

  // Personal data from the classifier's personal-data phase (a name is handled by the roster above).
  const personal = input.labels.filter((l) => l.category === 'personal_data' && l.kind !== 'name');
  if (personal.length > 0) {
    const kinds = [...new Set(personal.map((l) => l.kind ?? 'details'))].join(', ');
    add('personal_data', `The text contains personal information (${kinds}). Take it out.`);
  }

  const toOne = input.kind === 'post' ? toOnePerson(text) : null;
  if (toOne) {
    add(
      'message_to_individual',
      `The post reads as a message to one person ("${toOne}"). Write it for all followers, or contact the person directly.`,
    );
  }

  const political = matchesAny(POLITICAL, text);
  if (political) {
    add(
      'political_statement',
      `The text touches on politics ("${quote(text, political)}"). The school's accounts do not take sides.`,
    );
  }

  // The advert wording is a rule; the classifier's "commercial" label is a judgement made for comments, so on the
  // school's own words it is advice the approver weighs (overridable), never a refusal on its own.
  const advert = matchesAny(ADVERT, text);
  if (advert) {
    add(
      'unrelated_advert',
      `The text reads like an advert ("${quote(text, advert)}"). The school does not promote unrelated businesses.`,
    );
  } else if (input.labels.some((l) => l.category === 'commercial')) {
    findings.push({
      check: 'unrelated_advert',
      reason: 'The text may read like promotion of a business. Check it is linked to the school.',
      clause: PUBLICATION_CLAUSES.unrelated_advert,
      overridable: true,
    });
  }

  const own = new Set((input.schoolHandles ?? []).map((h) => h.toLowerCase().replace(/^@/, '')));
  const staffNames = (input.staff ?? [])
    .flatMap((s) => [s.lastName, s.firstName])
    .map((n) => wordsOf(n).join(''))
    .filter((n) => n.length >= 3);
  const handles = [
    ...[...text.matchAll(SOCIAL_LINK)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(MENTION)].map((m) => m[1] ?? ''),
  ]
    .map((h) => h.toLowerCase().replace(/[.]+$/, ''))
    .filter((h) => h.length > 0 && !own.has(h));
  const staffHandle = handles.find((h) => staffNames.some((n) => h.replace(/[^a-z0-9]/g, '').includes(n)));
  if (staffHandle) {
    add(
      'staff_personal_account_link',
      `"${staffHandle}" looks like a member of staff's own account. Link only to the school's accounts.`,
    );
  }

  if (input.kind === 'post') {
    if (!input.category) {
      add('category_not_allowed', 'Choose what the post is about from the policy’s list.');
    } else if (!input.policy.allowedCategories.includes(input.category)) {
      add(
        'category_not_allowed',
        `The policy does not list "${POST_CATEGORY_LABELS[input.category]}" among the subjects the school posts about.`,
      );
    }
  }
  // A reply answers someone where they wrote, on an account the school already runs: only posts choose a platform.
  for (const platform of input.kind === 'post' ? new Set(input.platforms) : []) {
    if (!input.policy.platforms.includes(platform)) {
      add(
        'platform_not_allowed',
        `The policy does not name ${PLATFORM_LABELS[platform]} as a platform the school uses.`,
      );
    }
  }

  const abusive = input.labels.filter((l) => ['abuse', 'hate', 'threat', 'profanity'].includes(l.category));
  if (abusive.length > 0) {
    const words = [...new Set(abusive.map((l) => l.category))].join(', ');
    add('abusive_wording', `The wording may be read as offensive (${words}). Reword it.`);
  }

  const undescribed = (items: readonly { altText: string | null }[]) =>
    items.filter((i) => !i.altText || i.altText.trim().length === 0).length;
  const missingAlt = undescribed(images);
  if (missingAlt > 0) {
    add(
      'alt_text_missing',
      missingAlt === 1
        ? 'One image has no description (alt text). Describe what it shows.'
        : `${missingAlt} images have no description (alt text). Describe what each shows.`,
    );
  } else if (undescribed(input.videos ?? []) > 0) {
    add('alt_text_missing', 'The video has no description. Say what it shows, for people who cannot see it.');
  }
  return findings;
}

/** Findings that stop approval or sending: every finding not overridable, and every overridable one not overridden. */
export function blockingFindings(
  findings: readonly PublicationFinding[],
  overridden: readonly PublicationCheck[] = [],
): PublicationFinding[] {
  return findings.filter((f) => !f.overridable || !overridden.includes(f.check));
}
