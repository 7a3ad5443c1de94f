/**
 * Training sentences written for this project (source `own`), for what the public sets lack:
 * threats in plain words with no stock phrase, implicit derogation and negated positive
 * statements about a group, forum and video-comment styles, and text-message, e-mail, prize and
 * delivery scams; each beside ordinary sentences that share its words, so the model learns the
 * difference rather than the vocabulary. Built from small templates with every combination, in a
 * fixed order. Training only: never in a validation split, and the test fixtures
 * (test-fixtures/*.jsonl) are worded differently (a unit test checks that none is copied here).
 */
import type { Example } from './datasets.ts';

const fill = (templates: readonly string[], slots: Record<string, readonly string[]>): string[] => {
  let out = [...templates];
  for (const [slot, values] of Object.entries(slots)) {
    const next: string[] = [];
    for (const t of out) {
      if (!t.includes(`{${slot}}`)) next.push(t);
      else for (const v of values) next.push(t.replaceAll(`{${slot}}`, v));
    }
    out = next;
  }
  return out;
};

// prettier-ignore
const TARGETS = ['you', 'him', 'her', 'the head', 'that teacher', 'your husband', 'the caretaker', 'mr hughes', 'the ref'];
// prettier-ignore
const THREATS = fill(
  [
    'i am going to put a knife through {t} tomorrow',
    'next time i see {t} i will cut {p} throat',
    'i will stab {t} in the head and nobody will stop me',
    'bring a blade to the gates and wait for {t}',
    'one more word and {t} will end up in hospital',
    '{t} will not walk out of that building in one piece',
    'i have a hammer in the car with {t} name on it',
    'going to drive my car straight into {t} at pick up',
    'i will break every bone in {p} body',
    'petrol through the letterbox tonight, see how {t} like that',
    'keep looking over your shoulder, we are coming for {t}',
    '{t} better hope i never catch {t} alone',
  ],
  { t: TARGETS.slice(0, 6), p: ['his', 'her', 'your'] },
);
// Same words, no threat: sport, cooking, reports, safety messages.
// prettier-ignore
const NOT_THREATS = fill(
  [
    'please do not bring knives into school, even for cooking club',
    'the head cut the ribbon at the new library this morning',
    '{t} broke the school record in the hurdles',
    'year 9 will use a hammer and saw in design technology next week',
    'the police came in to talk about knife crime and staying safe',
    'my son cut his head falling off the climbing frame, the first aider was brilliant',
    'we are coming to the fair tomorrow, can we bring {t}',
    'the drama club staged a murder mystery and it was brilliant',
    'i nearly died laughing at the pantomime',
    'the car park is a death trap at pick up, please slow down',
    '{t} absolutely destroyed the opposition in the chess final',
    'the new kitchen knives for food tech have arrived',
  ],
  { t: ['the head', 'our team', 'mr hughes', 'my daughter'] },
);

// prettier-ignore
const PLURALS = ['immigrants', 'muslims', 'jews', 'black people', 'gay people', 'trans people', 'women', 'disabled people', 'refugees', 'travellers', 'polish people', 'asians'];
// prettier-ignore
const DEROGATION = fill(
  [
    '{g} are not really people like us',
    '{g} are the problem with this country',
    '{g} are not capable of raising children properly',
    '{g} are not welcome in this town and never will be',
    '{g} are not equal to the rest of us',
    '{g} are not fit to teach in our schools',
    '{g} breed like rats and take everything',
    'every problem round here started when {g} moved in',
    'you can always tell when {g} have been in a place',
    '{g} do not belong in a civilised society',
    'we need fewer {g} and more of our own',
    'the fewer {g} at this school the better',
    '{g} are not as intelligent as everyone else',
    'funny how crime goes up wherever {g} turn up',
  ],
  { g: PLURALS },
);
// prettier-ignore
const FRIENDLY_GROUPS = fill(
  [
    '{g} are part of this community and always have been',
    'the problem is not {g}, it is the lack of funding',
    '{g} are not a problem, they are our neighbours',
    'lots of {g} volunteer at the food bank every week',
    'it is not true that {g} cause crime',
    'our town is better for having {g} in it',
    'the assembly today was about respecting {g}',
    'nobody should be treated badly for being one of the {g} in class',
  ],
  { g: PLURALS },
);

// Forum and video comment styles: abuse and ordinary chatter.
// prettier-ignore
const FORUM_ABUSE = [
  'op is a brain dead moron, delete your account',
  'this channel is trash and so are you, unsubscribed',
  'imagine being this thick, get a life loser',
  'who let this clown post again, absolute waste of oxygen',
  'nobody asked for your opinion, crawl back under your rock',
  'lmao this guy is pathetic, cry harder',
  'first comment and you are already the dumbest person here',
  'your voice is so annoying i want to throw my phone',
  'ratio plus you are ugly plus nobody likes you',
  'reported for being a useless troll',
];
// prettier-ignore
const FORUM_FINE = [
  'op thanks for posting this, solved my problem',
  'great video, subscribed for more',
  'first time commenting, love this channel',
  'lmao this is the funniest thing i have seen all week',
  'can someone explain what happens at 3:45',
  'edit: thanks for all the likes',
  'who is watching this in 2025',
  'upvoted, this should be the top comment',
  'this tutorial saved my homework, cheers',
  'not gonna lie that ending got me',
];

// Scams by text message, e-mail, prize and parcel; and real messages with the same nouns.
// prettier-ignore
const SCAMS = fill(
  [
    '{c}: your parcel could not be delivered, pay the {m} redelivery fee at {u}',
    '{c}: we tried to deliver your package today. confirm your address at {u} within 24 hours',
    'congratulations! you have been selected to receive a {p}. claim now at {u}',
    'urgent: your bank account has been suspended. verify your details at {u}',
    'you have won {m} in our weekly prize draw, reply yes to claim',
    'hmrc: you are due a tax refund of {m}, complete the form at {u}',
    'final notice: your {p} subscription has expired, update your payment at {u}',
    'hi mum my phone broke, this is my new number, can you send {m} for rent today',
    'dear customer your account shows unusual activity, log in at {u} to avoid closure',
    'earn {m} a week working from home, no experience needed, text join to 60123',
    'limited offer: cheap meds without prescription, order at {u}',
    'your energy bill rebate of {m} is waiting, click {u} to claim',
  ],
  {
    c: ['royal mail', 'evri', 'dpd'],
    m: ['£1.99', '£250', '£500'],
    u: ['http://rm-redeliver.co', 'http://secure-verify.info'],
    p: ['free iphone', 'tesco gift card', 'netflix'],
  },
);
// prettier-ignore
const NOT_SCAMS = [
  'the parcel of lost property has been delivered to the school office',
  'congratulations to year 4 who won the prize for best attendance',
  'the pta raffle prizes can be collected from reception on friday',
  'reminder: the trip payment of £12 is due on parentpay by monday',
  'did anyone else get a text saying their parcel was held? it is a scam, do not click it',
  'our school will never ask for bank details by text message',
  'the book fair takes cards and cash, thank you for your support',
  'please update your contact details with the office if your number changes',
  'well done to everyone who entered the poetry competition, the winners get a book token',
  'the delivery of new chairs for the hall is due next week',
  'school dinners go up to £2.60 from january, see the letter home',
  'lost: blue water bottle with a name label, please hand in to the office',
];

const rows = (texts: readonly string[], labels: Example['labels'], threeWay?: Example['threeWay']): Example[] =>
  texts.map((text, i) => {
    const example: Example = {
      source: 'own',
      id: `${Object.keys(labels).join('-')}-${i}`,
      text,
      split: 'train',
      labels,
    };
    if (threeWay) example.threeWay = threeWay;
    return example;
  });

export const ownSentenceExamples = (): Example[] => [
  ...rows(THREATS, { offensive: 1, threat: 1 }, 'offensive'),
  ...rows(NOT_THREATS, { offensive: 0, hate: 0, threat: 0, spam: 0 }, 'normal'),
  ...rows(DEROGATION, { offensive: 1, hate: 1, threat: 0 }, 'hate'),
  ...rows(FRIENDLY_GROUPS, { offensive: 0, hate: 0, threat: 0 }, 'normal'),
  ...rows(FORUM_ABUSE, { offensive: 1, hate: 0, targeted: 1, threat: 0 }, 'offensive'),
  ...rows(FORUM_FINE, { offensive: 0, hate: 0, threat: 0, spam: 0 }, 'normal'),
  ...rows(SCAMS, { spam: 1 }),
  ...rows(NOT_SCAMS, { spam: 0, offensive: 0, hate: 0 }, 'normal'),
];

/** Every sentence, for the test that the fixtures are not copied into training. */
export const ownSentences = (): string[] => ownSentenceExamples().map((e) => e.text);
