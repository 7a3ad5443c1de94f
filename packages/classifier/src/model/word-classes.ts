/**
 * Word classes for feature version 5: small lists of our own (violent acts, weapons, body parts,
 * people at school, protected groups, dehumanising nouns, money, urgency, contact requests...)
 * and the shape of a token (a number, a long number, a link). A comment's words then also give
 * "a violent act", "a weapon" and pairs such as "violent act near a person" as features, so the
 * model can learn a threat or a scam once for the class instead of once per phrasing, and carry
 * it to wording its training data never used. These are features for the model to weigh, never
 * rules of their own.
 *
 * The lists are frozen with the feature version: a trained model's features depend on them, so
 * a change here needs a new feature version (and a retrained model), like any change to features.ts.
 * They are deliberately separate from the rule phases' word lists, which may change freely.
 */

const inflect = (stems: string): string[] =>
  stems.split(' ').flatMap((stem) => {
    const forms = [stem, `${stem}s`, `${stem}ed`, `${stem}ing`, `${stem}er`, `${stem}ers`];
    // Short verbs double their last letter ("stab" -> "stabbed"); verbs in e drop it ("strangle" -> "strangling").
    if (/[^aeiou][aeiou][bdgmnprt]$/.test(stem)) {
      const last = stem[stem.length - 1] as string;
      forms.push(`${stem}${last}ed`, `${stem}${last}ing`, `${stem}${last}er`);
    }
    if (stem.endsWith('e')) forms.push(`${stem}d`, `${stem.slice(0, -1)}ing`);
    return forms;
  });
const words = (list: string): string[] => list.split(' ');

// prettier-ignore
const CLASS_LISTS = {
  harm: [
    ...inflect('stab kill shoot cut slash slit batter beat punch smash kick slap hit bash hurt harm burn torch strangle choke murder bleed knock snap break crush drown stamp glass shank gut hang lynch maim wound injure attack assault ambush'),
    ...words('shot killed beaten broke broken burnt dead die dies dying death bled hung stabby bleeding'),
  ],
  weapon: words('knife knives blade blades bat bats gun guns pistol rifle hammer hammers machete axe crowbar brick bricks acid petrol lighter rope bomb bombs screwdriver baseball shank shotgun sword swords glock poison spanner wrench'),
  body: words('head heads neck throat face faces skull teeth tooth knee knees kneecaps leg legs arm arms ribs eye eyes jaw nose chest back spine fingers hands hand throats heart guts brains blood'),
  person: words('teacher teachers head headteacher headmaster headmistress caretaker mr mrs miss ms sir staff governor governors receptionist pupil pupils kid kids child children son daughter husband wife boyfriend girlfriend mum dad brother sister family ref coach principal deputy senco nurse lad lads boy boys girl girls man woman bloke someone'),
  pronoun: words('you u ya ye him her them he she his your ur yours yourself himself herself themselves'),
  intent: words('gonna gunna going will ill shall wanna want wait until tomorrow tomoz tmrw tonight monday tuesday wednesday thursday friday weekend next soon watch better gonne gna finna about promise swear catch find see'),
  place: words('gates gate car home house outside playground carpark park street door letterbox window windows office address live lives walk walks'),
  group: words('immigrants migrants refugees asylum foreigners muslims moslems jews blacks whites asians africans arabs pakistanis indians mexicans poles romanians gypsies travellers roma somalis nigerians albanians christians hindus sikhs catholics women females feminists gays lesbians homosexuals bisexuals lgbt lgbtq queers trans transgender transgenders disabled autistic deaf blind cripples pensioners elderly boomers islam'),
  groupadj: words('black white asian african arab chinese indian pakistani polish romanian somali nigerian albanian muslim jewish christian hindu sikh catholic gay lesbian bisexual queer immigrant migrant refugee foreign brown gypsy traveller female'),
  dehuman: words('vermin rats rat cockroaches roaches parasites parasite animals animal savages savage apes ape monkeys monkey plague disease diseased infestation infest infested filth filthy scum subhuman subhumans breed breeding swarm swarms invaders invasion leeches leech pests pest primitive barbaric backwards creatures beasts dogs insects locusts'),
  problem: words('problem problems burden threat drain danger dangerous criminals crime crimes ruin ruined ruining destroy destroying flood flooding replace replacing replaced rapists terrorists terrorism scroungers illegal illegals deport deported deportation taking overrun cause causes blame fault'),
  negation: words('not never no cant cannot isnt arent dont wont nobody none nothing aint doesnt didnt shouldnt wouldnt couldnt'),
  worth: words('capable proper real human humans equal equals welcome belong fit intelligent smart clever normal trusted trust civilised civilized deserve deserves allowed worth decent people citizens british english'),
  money: words('money cash pay paid payment payments fee fees refund refunds prize prizes win won winner winners winning reward rewards free gift gifts voucher vouchers bonus cashback rebate bitcoin crypto invest investment profit profits earn earnings loan loans debt credit pounds dollars grand funds'),
  urgency: words('now today urgent urgently immediately asap expires expired expiring expiry final last limited hurry quick quickly within hours suspended locked closure deadline act notice instantly guaranteed'),
  contact: words('reply text call click visit link dm message whatsapp contact email send details account bank verify confirm login log password pin card subscribe follow register signup unsubscribe stop optout apply tap'),
  delivery: words('parcel parcels package packages delivery deliver delivered redelivery redeliver courier royal dpd evri hermes ups fedex customs held tracking shipment shipping postage'),
  offer: words('congratulations congrats selected chosen lucky claim claimed eligible exclusive offer offers deal deals discount cheap winner special promo promotion'),
} as const;

export type WordClass = keyof typeof CLASS_LISTS | 'number' | 'longnumber' | 'link';
export const WORD_CLASSES: readonly WordClass[] = [
  ...(Object.keys(CLASS_LISTS) as (keyof typeof CLASS_LISTS)[]),
  'number',
  'longnumber',
  'link',
];
const NUMBER = WORD_CLASSES.indexOf('number');
const LONG_NUMBER = WORD_CLASSES.indexOf('longnumber');
const LINK = WORD_CLASSES.indexOf('link');

/** Consonants with repeats collapsed, as features.ts's skeleton key: "stabb" and "stab" share "stb". */
const skeleton = (word: string): string => {
  let out = '';
  for (const ch of word) if (!'aeiouy'.includes(ch) && ch !== out[out.length - 1]) out += ch;
  return out;
};

/** Classes whose misspellings are worth catching by the consonant skeleton (threat words, mostly). */
const BY_SKELETON = new Set<WordClass>(['harm', 'weapon', 'dehuman']);

const exact = new Map<string, number>();
const bySkeleton = new Map<string, number>();
WORD_CLASSES.forEach((name, c) => {
  const list = (CLASS_LISTS as Record<string, readonly string[]>)[name] ?? [];
  for (const w of list) {
    exact.set(w, (exact.get(w) ?? 0) | (1 << c));
    if (BY_SKELETON.has(name) && w.length >= 4) {
      const key = skeleton(w);
      if (key.length >= 3) bySkeleton.set(key, (bySkeleton.get(key) ?? 0) | (1 << c));
    }
  }
});

/**
 * The classes of a word (already as the features see it: normalised, cut to length) as bits of
 * WORD_CLASSES. A word not in any list is looked up by its consonant skeleton for the threat
 * classes ("stabb", "knif"), and by its shape: digits are a number, seven or more a long one
 * (a phone number or a code), and the normaliser's "url" a link.
 */
export const wordClassBits = (word: string): number => {
  const known = exact.get(word);
  if (known !== undefined) return known;
  if (word === 'url') return 1 << LINK;
  if (/^\d+$/.test(word)) return 1 << (word.length >= 7 ? LONG_NUMBER : NUMBER);
  if (word.length >= 4) return bySkeleton.get(skeleton(word)) ?? 0;
  return 0;
};

/** Pairs of classes count when their words are at most this many positions apart. */
export const CLASS_WINDOW = 4;
