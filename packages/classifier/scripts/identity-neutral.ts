/**
 * Neutral and friendly sentences that name protected groups, written for this project and
 * labelled normal (not offensive, not hate). The public sets mention groups mostly in hateful
 * posts, so a model learns "muslims" or "gay" as signs of hate; these rows teach that naming a
 * group is not an attack (the identity-term augmentation of Dixon et al. 2018). Training only:
 * they never enter a validation split, and the functional tests were not made from them.
 */
import type { Example } from './datasets.ts';

// prettier-ignore
const GROUPS = [
  'muslim', 'jewish', 'christian', 'hindu', 'sikh', 'black', 'white', 'asian', 'african', 'caribbean', 'polish',
  'romanian', 'chinese', 'indian', 'pakistani', 'mexican', 'arab', 'gay', 'lesbian', 'bisexual', 'trans',
  'transgender', 'non binary', 'disabled', 'deaf', 'blind', 'autistic', 'immigrant', 'refugee', 'traveller', 'female',
  'older', 'queer', 'latino', 'somali', 'nigerian',
];
const PEOPLE = [
  'muslims', 'jews', 'christians', 'hindus', 'sikhs', 'black people', 'white people', 'asians', 'africans',
  'immigrants', 'refugees', 'gay people', 'lesbians', 'trans people', 'disabled people', 'women', 'travellers',
  'mexicans', 'arabs', 'chinese people', 'deaf people', 'autistic people', 'migrants', 'gay men', 'trans women',
]; // prettier-ignore

const ABOUT_ADJECTIVE = [
  'i am {g}',
  'my best friend is {g}',
  'our new neighbours are {g} and really kind',
  'the {g} community centre is running a coffee morning on saturday',
  'my son has a {g} teacher this year and he loves her lessons',
  'she wrote a book about growing up {g} in leeds',
  'the school invited a {g} author to talk to year 5',
  'being {g} is part of who i am',
  'we watched a documentary about {g} history last night',
  'there is a {g} parents group that meets after school',
];
const ABOUT_PEOPLE = [
  '{p} are welcome at our school',
  'many {p} live in our town',
  '{p} have been part of this community for generations',
  'the assembly was about how {p} celebrate their festivals',
  'i have lots of friends who are {p}',
  'the report looked at how many {p} work in teaching',
  'our football team has {p} and everyone gets on',
  'the talk on {p} in britain was really interesting',
];

export const identityNeutralExamples = (): Example[] => {
  const texts = [
    ...GROUPS.flatMap((g) => ABOUT_ADJECTIVE.map((t) => t.replace('{g}', g))),
    ...PEOPLE.flatMap((p) => ABOUT_PEOPLE.map((t) => t.replace('{p}', p))),
  ];
  return texts.map((text, i) => ({
    source: 'augment' as const,
    id: `identity-${i}`,
    text,
    split: 'train' as const,
    labels: { offensive: 0, hate: 0 },
    threeWay: 'normal' as const,
  }));
};
