/**
 * Obfuscated spellings for training (augmentation): the ways people dodge word filters and the
 * ways they simply mistype. Each function changes a few words of a text, chosen by a seeded
 * random source, so the same seed always gives the same spelling. The normaliser undoes some of
 * these (leetspeak, masking, stretched letters); the model has to learn the rest (swapped,
 * missing and doubled letters, words run together) from its character n-grams.
 */

export type Random = () => number;

/** A small seeded generator (mulberry32), the same one training uses. */
export const seededRandom = (seed: number): Random => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)] as T;

const LEET: Record<string, readonly string[]> = {
  a: ['4', '@'],
  e: ['3'],
  i: ['1', '!'],
  o: ['0'],
  s: ['5', '$'],
  t: ['7'],
  l: ['1'],
};

/** Two neighbouring letters inside the word change places: "idiot" -> "idoit". */
export const swapLetters = (word: string, random: Random): string => {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
};

/** One letter inside the word goes missing: "stupid" -> "stupd". */
export const dropLetter = (word: string, random: Random): string => {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word.slice(i + 1);
};

/** One letter is written twice: "scum" -> "scumm". */
export const doubleLetter = (word: string, random: Random): string => {
  if (word.length < 2) return word;
  const i = Math.floor(random() * word.length);
  return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
};

/** Letters written as digits or symbols: "hate" -> "h4t3". */
export const leet = (word: string, random: Random): string =>
  [...word].map((ch) => (LEET[ch] && random() < 0.6 ? pick(LEET[ch], random) : ch)).join('');

/** A separator between the letters: "scum" -> "s.c.u.m" or "s c u m". */
export const spaceOut = (word: string, random: Random): string => [...word].join(pick(['.', ' ', '-', '*'], random));

const EDITS = [swapLetters, dropLetter, doubleLetter, leet] as const;
const isWord = (w: string) => /^[a-z]{3,}$/i.test(w);

/**
 * The text with about `share` of its words (at least one) misspelt by one of the edits, and with
 * probability `joinChance` two neighbouring words run together ("you are" -> "youare").
 */
export const obfuscate = (text: string, random: Random, share = 0.3, joinChance = 0.4): string => {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const candidates = words.map((w, i) => (isWord(w) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const count = Math.max(1, Math.round(candidates.length * share));
  for (let k = 0; k < count; k++) {
    const i = pick(candidates, random);
    const word = words[i] as string;
    const edit = random() < 0.08 ? spaceOut : pick(EDITS, random);
    words[i] = edit(word.toLowerCase(), random);
  }
  if (words.length > 1 && random() < joinChance) {
    const i = Math.floor(random() * (words.length - 1));
    words.splice(i, 2, `${words[i]}${words[i + 1]}`);
  }
  return words.join(' ');
};
