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

/**
 * `perTemplate` sentences of each template's product of slots, picked by a fixed stride: many
 * forms without the product's thousands of near-copies (a fixed choice, so training is reproducible).
 */
const pick = (templates: readonly string[], slots: Record<string, readonly string[]>, perTemplate: number): string[] =>
  templates.flatMap((template) => {
    const all = fill([template], slots);
    const chosen = new Set<number>();
    for (let k = 0; chosen.size < Math.min(perTemplate, all.length); k++) chosen.add((k * 7919 + 13) % all.length);
    return [...chosen].sort((x, y) => x - y).map((i) => all[i] as string);
  });

// Third batch, trained on only with `thirdBatch` (THIRD_BATCH ids; ADR 0011): threats in plain words, each form with many verbs, weapons,
// body parts, people and times, so no single phrase carries the label.
// prettier-ignore
const SUBJECTS = ['he', 'she', 'the head', 'that teacher', 'mrs patel', 'the deputy head', 'your lad', 'the coach', 'mr cooper'];
// prettier-ignore
const PEOPLE = ['you', 'him', 'her', 'the head', 'that teacher', 'mrs patel', 'the deputy head', 'your lad', 'the receptionist', 'the coach', 'your son', 'that ref', 'mr cooper', 'the governors'];
// prettier-ignore
const PLAIN_THREATS = pick(
    [
      '{s} is getting {vd} when i catch up with {x2}',
      'just you wait, {when} {s} will be {vd}',
      'i know what car {s} drives and i know where {s} parks',
      'someone should {v} {x} and i might be the one',
      'i will {v} {x} {when}, mark my words',
      'taking my {w} to the {place} {when}, {x} knows why',
      '{s} will get a {w} to the {b} {when}',
      'gonna {v} {x} so bad they will need a new {b1}',
      'ill be waiting by the {place} with a {w} for {x}',
      'my {w} has been sharpened specially for {x}',
      'if {s} says one more thing i will {v} them in front of everyone',
      'lets see how brave {s} is with a {w} at {p} {b}',
      '{s} should sleep with one eye open from now on',
      'i am done talking, {when} {s} gets what is coming',
      'cant wait to see {x} on the floor bleeding',
      'do not be surprised if {s} never makes it home {when}',
    ],
    {
      x: PEOPLE, s: SUBJECTS, x2: ['them', 'him', 'her'],
      v: ['stab', 'batter', 'smash', 'knock out', 'glass', 'strangle', 'put in hospital', 'shank', 'kick in', 'burn'],
      vd: ['stabbed', 'battered', 'smashed up', 'knocked out', 'glassed', 'done in', 'put down', 'hurt badly'],
      w: ['knife', 'blade', 'hammer', 'machete', 'crowbar', 'brick', 'screwdriver', 'baseball bat', 'bottle of acid', 'can of petrol'],
      b: ['face', 'throat', 'skull', 'ribs', 'chest', 'jaw', 'legs', 'neck'],
    b1: ['face', 'jaw', 'skull', 'nose'],
      p: ['his', 'her', 'their'],
      place: ['gates', 'car park', 'playground', 'school office', 'front door', 'bus stop'],
      when: ['tomorrow', 'tonight', 'on monday', 'after the match', 'at pick up', 'next week', 'when term starts'],
    },
  8,
);
// Same words, no threat: injuries, safety talk, sport, stories, tools and cooking.
// prettier-ignore
const PLAIN_NOT_THREATS = pick(
    [
      '{s} hurt {p} {b} at sports day but is fine now',
      'the first aid course covers cuts, burns and broken {b}s',
      'thank you to {x} for sorting out the {place} so quickly',
      'can someone tell {x} the {place} is locked {when}',
      'the police talk about knife crime {when} is for year 10 parents',
      '{s} scored a stunning goal and smashed the record',
      'please do not leave a {w} in the {place}, a child could find it',
      'the science club burnt marshmallows on the bunsen burners, great fun',
      'in drama they acted out a murder mystery, {x} played the detective',
      'my daughter fell off the wall by the {place} and cut her {b}, staff were brilliant',
      'we knocked it out of the park at the quiz {when}',
      'i nearly broke my {b} laughing at {x} in the panto',
      'the design tech room has new safety goggles and a locked {w} cupboard',
      '{s} will be waiting by the {place} {when} to hand out the letters',
      'year 8 are reading a book about a boy who gets stabbed, is it suitable',
      'who stole the {w} from the allotment shed, please bring it back',
    ],
    {
      x: PEOPLE.slice(1), s: SUBJECTS, p: ['his', 'her', 'their'],
      b: ['arm', 'leg', 'knee', 'wrist', 'nose', 'ankle', 'finger', 'rib'],
      place: ['gates', 'car park', 'playground', 'school office', 'front door', 'bus stop'],
      when: ['tomorrow', 'tonight', 'on monday', 'after the match', 'at pick up', 'next week'],
      w: ['knife', 'hammer', 'saw', 'spade', 'drill', 'axe'],
    },
  5,
);

// Implicit derogation, and the negation of a good quality about a group, beside friendly
// statements with the same group and the negation of a bad quality.
// prettier-ignore
const GROUPS_MORE = ['migrants', 'eastern europeans', 'somalis', 'pakistanis', 'lesbians', 'autistic kids', 'gypsies', 'jewish families', 'muslim women', 'african families', 'trans kids', 'deaf pupils', 'roma families', 'bisexual people', 'sikhs', 'single mums'];
// prettier-ignore
const NEGATED_WORTH = pick(
    [
      '{g} are not {good}',
      'lets be honest, {g} will never be {good}',
      'i am sorry but {g} are just not {good}',
      '{g} can never really be {good}',
      'nobody thinks {g} are {good}, they just say it',
      '{g} {bad}',
      'it is always {g}, they {bad}',
      'another school ruined because {g} {bad}',
      'the area went downhill once {g} showed up',
      'why do we let {g} near our children',
      'keep {g} out of our schools and our streets',
      'what do you expect from {g}, it is in their nature',
    ],
    {
      g: [...GROUPS_MORE, ...PLURALS],
      good: ['real britons', 'safe around children', 'as clever as normal people', 'proper parents', 'fully human', 'trustworthy', 'one of us', 'fit to work with kids'],
      bad: ['spread like a disease', 'are a drain on everything', 'live like animals', 'only bring crime', 'breed and take over', 'are a plague on this town'],
    },
  10,
);
// prettier-ignore
const NEGATED_HARM = pick(
    [
      '{g} are not {bad}, they are families like ours',
      'it is a myth that {g} are {bad}',
      'anyone saying {g} are {bad} is just spreading hate',
      'our {g} are {good} and we are lucky to have them',
      '{g} have been {good} since the day they arrived',
      'welcome to all the {g} joining us this term',
      'the {g} in our street organised the summer fete',
      'the talk by {g} about their history was fascinating',
    ],
    {
      g: [...GROUPS_MORE, ...PLURALS],
      bad: ['a threat', 'dangerous', 'a drain on the nhs', 'criminals', 'the problem', 'a burden'],
      good: ['brilliant neighbours', 'really kind', 'part of the community', 'so helpful', 'great volunteers'],
    },
  10,
);

// Scams by text message, e-mail, social and video comments; and school messages with the same words.
// prettier-ignore
const SCAMS_MORE = pick(
    [
      '{bank}: a payment of {m} could not be taken. update your card at {u} to avoid a penalty',
      '{bank} alert: we have blocked a suspicious payment of {m}. if this was not you call {n}',
      'your {org} account will be closed today. confirm your identity here {u}',
      'hello dear, i am a lawyer handling an inheritance of {m} left to you. reply with your full name and bank details',
      'you are the lucky winner of {prize}! to claim, pay {m} shipping at {u}',
      '{courier}: your parcel is waiting at the depot, a {m} customs charge is due. pay now {u}',
      'mum its me, lost my phone. this is my new number, can you text me back, need {m} urgently',
      'double your money in 7 days with bitcoin, i made {m} last week, dm me',
      'work from home and earn {m} per day, message me on whatsapp {n}',
      'free {prize} for the first 100 people, just click the link in my bio',
      'check out my channel for free {prize} giveaways, subscribe and comment done',
      'loans approved in minutes, bad credit ok, text LOAN to {n}',
      'final reminder: your {gov} tax rebate of {m} expires in 24 hours, claim at {u}',
      'we have been trying to reach you about your car warranty, press 1 or call {n}',
      'earn cash for surveys! sign up at {u} and get {m} instantly',
    ],
    {
      org: ['dvla', 'nhs', 'paypal', 'amazon', 'ee', 'netflix'],
      bank: ['barclays', 'halifax', 'paypal', 'lloyds', 'monzo'],
      courier: ['royal mail', 'evri', 'dpd', 'parcelforce'],
      gov: ['hmrc', 'council', 'ofgem'],
      m: ['£2.99', '£49', '£350', '£1,500', '£85,000', '$500'],
      u: ['http://verify-acct-uk.com', 'www.claim-now.net', 'bit.ly/3xQz9', 'http://gov-refund.info'],
      n: ['07452 118902', '0800 046 1937', '+44 7911 123456', '60777'],
      prize: ['iphone 16', 'ps5', '£100 asda voucher', 'airpods', 'robux'],
    },
  5,
);
// prettier-ignore
const NOT_SCAMS_MORE = [
  'the ski trip balance of £350 is due by friday, pay through the usual app',
  'reminder that school never texts asking for card details, report any message like that',
  'parents evening bookings open today, use the link in the newsletter',
  'congratulations to our raffle winners, prizes are in the school office',
  'the dvla letter about the minibus has arrived, thanks mr cooper for sorting it',
  'our amazon wish list for the library is in the newsletter if anyone wants to help',
  'please call the office on the usual number if your child is off sick',
  'the nhs school nurse team will do flu sprays on tuesday, consent forms attached',
  'does anyone know if the uniform shop takes paypal',
  'lost parcel of pe kits has turned up in reception, please collect',
  'my son won a £10 book voucher in the reading challenge, so proud',
  'the pta made £1,500 at the christmas fair, thank you all',
  'text message reminders for clubs start next week, check your number with the office',
  'free school meals applications close on friday, the form is on the council website',
  'great video, subscribed, the science experiment worked at home too',
  'hi mum group, does anyone have a spare jumper in age 7 to 8',
  'reply to this post if your child wants a place at holiday club',
  'the fun run raised £850 for the hospice, amazing effort',
  'tax free childcare can be used for the breakfast club, details from the office',
  'the new card machine in the canteen is working again',
];

const rows = (
  texts: readonly string[],
  labels: Example['labels'],
  threeWay?: Example['threeWay'],
  batch = '',
): Example[] =>
  texts.map((text, i) => {
    const example: Example = {
      source: 'own',
      id: `${batch}${Object.keys(labels).join('-')}-${i}`,
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
  ...rows(PLAIN_THREATS, { offensive: 1, threat: 1 }, 'offensive', 'b3-threat-'),
  ...rows(PLAIN_NOT_THREATS, { offensive: 0, hate: 0, threat: 0, spam: 0 }, 'normal', 'b3-fine-'),
  ...rows(NEGATED_WORTH, { offensive: 1, hate: 1, threat: 0 }, 'hate', 'b3-hate-'),
  ...rows(NEGATED_HARM, { offensive: 0, hate: 0, threat: 0 }, 'normal', 'b3-group-'),
  ...rows(SCAMS_MORE, { spam: 1 }, undefined, 'b3-spam-'),
  ...rows(NOT_SCAMS_MORE, { spam: 0, offensive: 0, hate: 0 }, 'normal', 'b3-ham-'),
];

/** Ids of the third batch: training uses them only with the `thirdBatch` setting (scripts/train-core.ts). */
export const THIRD_BATCH = 'b3-';

/** Every sentence, for the test that the fixtures are not copied into training. */
export const ownSentences = (): string[] => ownSentenceExamples().map((e) => e.text);
