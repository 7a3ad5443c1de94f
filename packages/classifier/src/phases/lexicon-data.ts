/**
 * Word lists for the lexicon and identity phases. Kept apart from the logic so they can be
 * reviewed by people who are not programmers. Words are in normalised form (lower case,
 * leetspeak and masking undone); each list says why it exists.
 */
import type { HateTarget } from '../categories.ts';

/** Swearing and obscenity: profanity on its own, abuse when aimed at someone. */
// prettier-ignore
export const PROFANE = new Set([
  'fuck', 'fucks', 'fucking', 'fuckin', 'fucked', 'fucker', 'fuckers', 'fck', 'fcking', 'fuk', 'fking', 'fkn', 'fk',
  'motherfucker', 'motherfuckers', 'mf', 'wtf', 'stfu', 'gtfo', 'fml', 'shit', 'shits', 'shitty', 'shite', 'bullshit',
  'shithead', 'crap', 'crappy', 'piss', 'pissed', 'bollocks', 'arse', 'arsehole', 'ass', 'asshole', 'assholes', 'bastard',
  'bastards', 'bugger', 'wank', 'wanker', 'wankers', 'dick', 'dicks', 'dickhead', 'cock', 'cunt', 'cunts', 'twat',
  'twats', 'tits', 'slut', 'sluts', 'whore', 'whores', 'bitch', 'bitches', 'hoe', 'hoes', 'bellend', 'knobhead',
  'goddamn', 'damn', 'prick', 'pricks', 'douche', 'douchebag', 'jizz', 'cum', 'porn', 'pussy', 'slag', 'slags',
]);

/**
 * Mild swearing ("who the hell parks there", "bloody hell"): not profanity on its own, and in the
 * public data mostly not offensive; with nobody addressed the model may call it profanity, never abuse.
 */
export const MILD_SWEARING = new Set(['hell', 'bloody', 'heck', 'flipping', 'frigging', 'friggin', 'effing']);

/** Insults: abuse when aimed at a person (000 "abusive ... or inflammatory comments"). */
// prettier-ignore
export const INSULTS = new Set([
  'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'stupid', 'dumb', 'dumbass', 'imbecile', 'cretin',
  'useless', 'pathetic', 'loser', 'losers', 'clown', 'clowns', 'scum', 'scumbag', 'scumbags', 'vile', 'ugly', 'fat',
  'muppet', 'numpty', 'pillock', 'tosser', 'knob', 'knobhead', 'dickhead', 'dick', 'prick', 'wanker', 'twat', 'cunt',
  'bitch', 'cow', 'witch', 'hag', 'creep', 'pervert', 'paedo', 'pedo', 'nonce', 'liar', 'liars', 'trash', 'rat', 'snake',
  'freak', 'weirdo', 'nutter', 'psycho', 'thick', 'disgrace', 'clueless', 'halfwit', 'dimwit', 'fool', 'jerk', 'bellend',
  'slag', 'slapper', 'skank', 'hoe', 'bastard', 'arsehole', 'asshole', 'shithead', 'douchebag', 'retard', 'retarded',
  'incompetent', 'worthless', 'spineless', 'gutless', 'vermin', 'parasite', 'parasites', 'animal', 'animals', 'pig',
  'pigs', 'maggot', 'filth', 'brainless', 'disgusting', 'degenerate', 'lowlife', 'hypocrite', 'coward', 'cowards',
]);

/**
 * Insults that are also the wording of a complaint ("the office staff are clueless"): abuse
 * when said to someone's face ("you useless ..."), otherwise left to the model.
 */
export const CRITICISM = new Set([
  'useless',
  'pathetic',
  'clueless',
  'incompetent',
  'disgrace',
  'spineless',
  'gutless',
]);

/** Second-person words: an insult next to one is said to someone's face. */
export const SECOND_PERSON = new Set([
  'you',
  'u',
  'ur',
  'your',
  'youre',
  'yourself',
  'ya',
  'yer',
  'mention',
  'thou',
  'yall',
]);

/** Words that name the person a comment speaks to or about, so an insult near them is aimed. */
// prettier-ignore
export const ADDRESSEES = new Set([
  'you', 'u', 'ur', 'your', 'youre', 'yourself', 'ya', 'yer', 'mention', 'he', 'hes', 'she', 'shes', 'him', 'her', 'they',
  'theyre', 'them', 'mr', 'mrs', 'miss', 'ms', 'sir', 'head', 'headteacher', 'headmaster', 'headmistress', 'teacher',
  'teachers', 'staff', 'senco', 'governors', 'receptionist', 'principal', 'caretaker', 'ta', 'ur', 'thou', 'yall',
]);

export interface SlurEntry {
  target: HateTarget;
  /** Words whose in-group reclaimed use is common; they count as hate only with attack context. */
  reclaimable?: boolean;
  /**
   * Words more often used as a general insult than as an attack on the group (in HateXplain and
   * Davidson fewer than a third of the posts with them are hate). With a model, the model's hate
   * score decides; the word alone is not enough.
   */
  ambiguous?: boolean;
}

/** Slurs against protected groups: hate (003: racist comments are logged and may go to the police). */
// prettier-ignore
export const SLURS: ReadonlyMap<string, SlurEntry> = new Map<string, SlurEntry>([
  ...['nigger', 'niggers', 'niger', 'coon', 'coons', 'paki', 'pakis', 'chink', 'chinks',
    'wog', 'wogs', 'spic', 'spics', 'gook', 'gooks', 'sambo', 'darkie', 'darkies', 'jigaboo', 'gyppo', 'gyppos', 'pikey',
    'pikeys', 'wetback', 'wetbacks', 'beaner', 'beaners', 'golliwog', 'junglebunny', 'sandnigger', 'sandniggers',
    'niglet', 'niglets', 'shitskin', 'shitskins', 'mudshark', 'mudsharks', 'kaffir', 'kaffirs']
    .map((w): [string, SlurEntry] => [w, { target: 'race' }]),
  ...['nigga', 'niggas', 'niggaz', 'nigguh'].map((w): [string, SlurEntry] => [w, { target: 'race', reclaimable: true, ambiguous: true }]),
  ...['negro', 'negroes'].map((w): [string, SlurEntry] => [w, { target: 'race', ambiguous: true }]),
  ...['kike', 'kikes', 'raghead', 'ragheads', 'towelhead', 'towelheads', 'muzzie', 'muzzies', 'muzrat', 'muzrats',
    'mudslime', 'mudslimes', 'goatfucker', 'christkiller', 'yid', 'yids'].map((w): [string, SlurEntry] => [w, { target: 'religion' }]),
  ...['fag', 'fags', 'faggot', 'faggots', 'faggy', 'poof', 'poofs', 'poofter', 'homo', 'homos', 'battyboy', 'bender',
    'benders', 'lezza', 'lesbo', 'lesbos'].map((w): [string, SlurEntry] => [w, { target: 'sexual_orientation' }]),
  ...['dyke', 'dykes', 'queer', 'queers'].map((w): [string, SlurEntry] => [w, { target: 'sexual_orientation', reclaimable: true, ambiguous: true }]),
  ...['tranny', 'trannies', 'shemale', 'shemales', 'trannys', 'troon', 'troons'].map((w): [string, SlurEntry] => [
    w,
    { target: 'gender_identity' },
  ]),
  ...['spastic', 'spastics', 'mong', 'mongs', 'mongoloid'].map((w): [string, SlurEntry] => [w, { target: 'disability' }]),
  ...['retard', 'retards', 'retarded', 'spaz', 'spazz', 'cripple', 'cripples'].map((w): [string, SlurEntry] => [
    w,
    { target: 'disability', ambiguous: true },
  ]),
]);

/** Words before a slur that mark in-group or reclaimed use ("as a queer woman", "we queers"). */
export const RECLAIM_CUES = new Set(['im', 'i', 'am', 'as', 'we', 'us', 'our', 'proud', 'fellow', 'my']);

/**
 * Protected groups as token sequences. A mention on its own is neutral ("our Muslim families");
 * the identity phase looks for an attack next to it.
 */
// prettier-ignore
export const GROUPS: ReadonlyArray<readonly [string, HateTarget]> = [
  ...[
    'black people', 'black men', 'black women', 'black folk', 'black kids', 'blacks', 'white people', 'whites',
    'asians', 'asian people', 'africans', 'immigrants', 'immigrant', 'migrants', 'refugees', 'asylum seekers',
    'foreigners', 'pakistanis', 'indians', 'chinese people', 'chinese', 'arabs', 'mexicans', 'poles', 'polish people',
    'romanians', 'gypsies', 'travellers', 'roma', 'eastern europeans', 'latinos', 'hispanics', 'ethnic minorities',
    'people of colour', 'people of color', 'nigerians', 'somalis', 'jamaicans', 'albanians', 'bangladeshis', 'africans',
    'brown people', 'non whites',
  ].map((p): [string, HateTarget] => [p, 'race']),
  ...[
    'muslims', 'muslim people', 'muslim men', 'muslim women', 'islam', 'moslems', 'jews', 'jewish people', 'the jews',
    'christians', 'hindus', 'sikhs', 'catholics', 'atheists',
  ].map((p): [string, HateTarget] => [p, 'religion']),
  ...['women', 'females', 'woman', 'feminists', 'ladies'].map((p): [string, HateTarget] => [p, 'sex']),
  ...[
    'gays', 'gay people', 'gay men', 'gay guys', 'gay women', 'lesbians', 'homosexuals', 'bisexuals', 'bisexual people',
    'lgbt people', 'lgbtq people', 'lgbt', 'lgbtq', 'the gays', 'queer people',
  ].map((p): [string, HateTarget] => [p, 'sexual_orientation']),
  ...[
    'trans people', 'trans women', 'trans men', 'trans folk', 'trans kids', 'transgender people', 'transgenders',
    'transgender', 'transsexuals', 'non binary people', 'nonbinary people', 'trans',
  ].map((p): [string, HateTarget] => [p, 'gender_identity']),
  ...[
    'disabled people', 'the disabled', 'disabled', 'autistic people', 'autistic kids', 'autistics', 'wheelchair users',
    'deaf people', 'blind people', 'people with disabilities', 'special needs kids', 'mentally ill people',
  ].map((p): [string, HateTarget] => [p, 'disability']),
  ...['old people', 'the elderly', 'pensioners', 'boomers', 'old folk', 'oldies', 'old farts'].map((p): [string, HateTarget] => [
    p,
    'age',
  ]),
  // Singular nouns and adjectives that name a group on their own ("every Muslim", "a Jew", "gay").
  ...['immigrant', 'migrant', 'refugee', 'foreigner', 'asylum seeker'].map((p): [string, HateTarget] => [p, 'race']),
  ...['muslim', 'moslem', 'islamic', 'jew', 'jewish'].map((p): [string, HateTarget] => [p, 'religion']),
  ...['gay', 'lesbian', 'homosexual', 'bisexual'].map((p): [string, HateTarget] => [p, 'sexual_orientation']),
  ...['transgender', 'transsexual'].map((p): [string, HateTarget] => [p, 'gender_identity']),
];

/**
 * Adjectives that name a group when a word for people follows ("black lads", "Muslim families",
 * "gay kids"): the pair is a group mention, found by the lexicon before the single words above.
 */
// prettier-ignore
export const GROUP_ADJECTIVES: ReadonlyMap<string, HateTarget> = new Map<string, HateTarget>([
  ...['black', 'white', 'asian', 'african', 'arab', 'chinese', 'indian', 'pakistani', 'polish', 'romanian', 'mexican',
    'somali', 'nigerian', 'jamaican', 'albanian', 'bangladeshi', 'immigrant', 'migrant', 'refugee', 'foreign', 'brown',
    'gypsy', 'traveller', 'roma'].map((w): [string, HateTarget] => [w, 'race']),
  ...['muslim', 'moslem', 'jewish', 'christian', 'hindu', 'sikh', 'catholic'].map((w): [string, HateTarget] => [w, 'religion']),
  ...['gay', 'lesbian', 'bisexual', 'homosexual', 'queer'].map((w): [string, HateTarget] => [w, 'sexual_orientation']),
  ...['trans', 'transgender', 'nonbinary'].map((w): [string, HateTarget] => [w, 'gender_identity']),
  ...['disabled', 'autistic', 'deaf', 'blind', 'sen'].map((w): [string, HateTarget] => [w, 'disability']),
  ...['female'].map((w): [string, HateTarget] => [w, 'sex']),
]);

/** Things a one-word group adjective can describe instead of people ("disabled parking", "gay bar"). */
// prettier-ignore
export const NOT_PEOPLE = new Set([
  'parking', 'toilet', 'toilets', 'loo', 'access', 'bay', 'bays', 'badge', 'space', 'spaces', 'facilities', 'ramp',
  'entrance', 'lift', 'seat', 'seats', 'bar', 'bars', 'club', 'film', 'films', 'flag', 'flags', 'food', 'restaurant',
  'shop', 'takeaway', 'festival', 'holiday', 'holidays', 'calendar', 'new', 'year', 'history', 'month', 'week',
]);

/** Words for people that turn a group adjective before them into a group mention. */
// prettier-ignore
export const PERSON_NOUNS = new Set([
  'people', 'person', 'persons', 'man', 'men', 'woman', 'women', 'guy', 'guys', 'lad', 'lads', 'boy', 'boys', 'girl',
  'girls', 'kid', 'kids', 'child', 'children', 'pupil', 'pupils', 'student', 'students', 'family', 'families', 'parent',
  'parents', 'mum', 'mums', 'dad', 'dads', 'mother', 'mothers', 'father', 'fathers', 'teacher', 'teachers', 'neighbour',
  'neighbours', 'neighbor', 'neighbors', 'folk', 'folks', 'community', 'communities', 'couple', 'couples', 'colleague',
  'colleagues', 'friend', 'friends', 'lady', 'ladies', 'staff', 'workers', 'doctors', 'nurses', 'players', 'athletes',
]);
