/**
 * The school's optional roster of pupils' and staff names, compiled for exact full-name
 * matching: a full name on a public page is personal data (000: "information which may
 * identify an individual"), while a first name alone is too common to flag by itself.
 */
export interface RosterEntry {
  /** Full name as the school records it, e.g. "Amelia Okafor". */
  name: string;
  role?: 'pupil' | 'staff';
}

interface CompiledName {
  words: string[];
  entry: RosterEntry;
}

export interface CompiledRoster {
  /** Full names keyed by their first word. */
  byFirstWord: Map<string, CompiledName[]>;
  size: number;
}

export interface RosterMatch {
  entry: RosterEntry;
  /** The index of the first matched word in the token list given. */
  index: number;
  words: number;
}

export const nameWords = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0);

/**
 * The ways a name with an apostrophe or hyphen is written in comments: "O'Brien" as "o'brien",
 * "o brien" or "obrien" (a curly apostrophe splits the word, as "o brien").
 */
const spellings = (words: readonly string[]): string[][] => {
  let out: string[][] = [[]];
  for (const word of words) {
    const forms = /['-]/.test(word) ? [[word], word.split(/['-]+/), [word.replace(/['-]+/g, '')]] : [[word]];
    out = out.flatMap((prefix) => forms.map((f) => [...prefix, ...f.filter((w) => w.length > 0)])).slice(0, 27);
  }
  return out;
};

export const compileRoster = (entries: readonly RosterEntry[] = []): CompiledRoster => {
  const byFirstWord = new Map<string, CompiledName[]>();
  let size = 0;
  for (const entry of entries) {
    const words = nameWords(entry.name);
    if (words.length < 2) continue;
    for (const spelling of spellings(words)) {
      const first = spelling[0] as string;
      const list = byFirstWord.get(first) ?? [];
      list.push({ words: spelling, entry });
      byFirstWord.set(first, list);
    }
    size++;
  }
  return { byFirstWord, size };
};

/** Every full roster name found in the words, longest first where two start at the same word. */
export const findRosterNames = (roster: CompiledRoster, words: readonly string[]): RosterMatch[] => {
  if (roster.size === 0) return [];
  const found: RosterMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = roster.byFirstWord.get(words[i] as string);
    if (!candidates) continue;
    let best: CompiledName | undefined;
    for (const c of candidates) {
      if (c.words.every((w, k) => words[i + k] === w) && (!best || c.words.length > best.words.length)) best = c;
    }
    if (best) {
      found.push({ entry: best.entry, index: i, words: best.words.length });
      i += best.words.length - 1;
    }
  }
  return found;
};
