/**
 * Phase 2: personal data (000 and 002 "Personal information, such as telephone numbers,
 * address details"). Rules, not a model: numbers, emails and postcodes have exact formats,
 * and the school's own roster says whose full name it is. Reads the whole comment up to
 * MAX_RULE_CHARS (`fullRaw`/`fullLower`), so a number at the end of a long post is found.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { isValid as isValidPostcode } from 'postcode';
import type { Phase, Signal } from './phase.ts';
import { findRosterNames, nameWords, type RosterMatch } from './roster.ts';

// Starts only at the start of a word and bounds the local part (at most 64 characters by RFC 5321):
// otherwise a long run of letters without "@" is scanned again from every letter (quadratic).
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
const POSTCODE = /\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/gi;
const STREET =
  /\b\d{1,4}[a-z]?,?\s+(?:[a-z'-]+\s+){1,3}(?:road|rd|street|lane|avenue|ave|close|drive|way|crescent|gardens|court|place|terrace|grove|rise|mews|square|parade|walk|row)\b/gi;
const LIVES_ON =
  /\blives?\s+(?:at|on|in)\s+(?:number\s+\d+\s+)?(?:[a-z'-]+\s+){1,3}(?:road|street|lane|avenue|close|drive|crescent|estate|flats)\b/gi;
const CIRCUMSTANCES =
  /\b(?:has|had|got|with|diagnosed with|suffers from|suffering from)\s+(?:adhd|autism|asd|dyslexia|epilepsy|diabetes|cancer|leukaemia|depression|anxiety|an ehcp|ehcp|sen|send|special needs|a disability|learning difficulties|an eating disorder|head lice|nits)\b|\bis\s+(?:autistic|disabled|pregnant|being abused|homeless|self[- ]harming|on medication|a young carer|in care|in foster care)\b|\b(?:foster care|looked after child|social services|social worker|free school meals|self[- ]harm\w*|child protection|domestic (?:violence|abuse)|eating disorder|young carer|(?:mum|dad|mother|father|parents?) (?:is|are|was|were) (?:in prison|arrested|divorcing|separating|splitting up|alcoholics?|on drugs|an alcoholic))\b/gi;
const CHILD_REFERENCE =
  /\b(?:my|his|her|their|your|that|this|the)\s+(?:son|daughter|child|kid|boy|girl|lad|grandson|granddaughter|little one|stepson|stepdaughter)\b|\b(?:boy|girl|child|kid)\s+in\s+(?:year|yr|y)\s?\d+\b/i;

const collect = (re: RegExp, text: string): string[] => Array.from(text.matchAll(re), (m) => m[0].trim());

const digitCount = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
};

const PHONE_OPTIONS = { defaultCountry: 'GB', leniency: 'POSSIBLE' } as never;
/** Up to this length the text goes to libphonenumber whole, as it always has. */
const WHOLE_TEXT_PHONE_SCAN = 10_000;
/** Digits with the separators phone numbers are written with: "+44 (0)7700 900-461". */
const PHONE_RUN = /[+(]?\d[\d \t()./-]*\d/g;
/** Longer runs of digits are tables or noise, not a phone number (the longest UK form is about 20). */
const MAX_PHONE_RUN = 40;

/** Phone numbers in the whole text, or in a long one in each run of digits (libphonenumber's time grows with the text). */
const phoneMatches = (raw: string): { startsAt: number; endsAt: number; valid: boolean }[] => {
  const find = (text: string, offset: number) =>
    findPhoneNumbersInText(text, PHONE_OPTIONS).map((found) => ({
      startsAt: found.startsAt + offset,
      endsAt: found.endsAt + offset,
      valid: found.number.isValid(),
    }));
  if (raw.length <= WHOLE_TEXT_PHONE_SCAN) return find(raw, 0);
  const out: { startsAt: number; endsAt: number; valid: boolean }[] = [];
  for (const run of raw.matchAll(PHONE_RUN)) {
    if (run[0].length <= MAX_PHONE_RUN && digitCount(run[0]) >= 9) out.push(...find(run[0], run.index));
  }
  return out;
};

/**
 * The fewest digits a number libphonenumber finds can have: a country code and the shortest
 * national number of its country (Austria's "+43" and four digits), or a UK number of seven.
 * The phase's test derives it again from libphonenumber's metadata.
 */
export const MIN_PHONE_DIGITS = 6;
/**
 * Stretches of digits and of the characters libphonenumber allows around and between them (its
 * VALID_PUNCTUATION, leading brackets and plus signs, here as a superset: dashes, brackets, format
 * and space characters, slashes, dots, tildes, minus, "ー", plus): the digits of any number it finds
 * (country code and national number) lie within one of them. Letters, commas, "#", "£" and "%" end a stretch.
 */
const LETTERLESS = /[\p{Nd}\p{Pd}\p{Ps}\p{Pe}\p{Cf}\s\u2212\u30fc\uff0f/\uff0e.~\u2053\u223c\uff5e+\uff0b]+/gu;
const DIGIT = /\p{Nd}/gu;
/** Whether some stretch has enough digits for a phone number; else libphonenumber would find none. */
export const mayHoldPhoneNumber = (text: string): boolean => {
  for (const stretch of text.matchAll(LETTERLESS)) {
    if ((stretch[0].match(DIGIT)?.length ?? 0) >= MIN_PHONE_DIGITS) return true;
  }
  return false;
};

const phoneSignals = (raw: string): Signal[] => {
  // libphonenumber is the slow part of this phase; most comments have too few digits to hold a number,
  // and many of the others have them apart ("#12345", "£312.40").
  if (digitCount(raw) < 9 || !mayHoldPhoneNumber(raw)) return [];
  return phoneMatches(raw).map((found) => ({
    category: 'personal_data',
    kind: 'phone',
    score: found.valid ? 0.95 : 0.8,
    evidence: `phone number "${raw.slice(found.startsAt, found.endsAt)}"`,
  }));
};

const postcodeSignals = (raw: string): Signal[] =>
  collect(POSTCODE, raw)
    .filter((pc) => isValidPostcode(pc))
    // "Y6 2pm" (Year 6 at two o'clock) has a postcode's shape; real postcodes are usually written in capitals.
    .filter((pc) => !/(?:am|pm)$/.test(pc))
    .map((pc) => ({
      category: 'personal_data',
      kind: 'address',
      score: pc === pc.toUpperCase() ? 0.9 : 0.7,
      evidence: `postcode "${pc}"`,
    }));

const rosterSignals = (matches: RosterMatch[]): Signal[] =>
  matches.map((m) => ({
    category: 'personal_data',
    kind: 'name',
    score: m.entry.role === 'staff' ? 0.6 : 0.9,
    evidence: `full name of ${m.entry.role === 'staff' ? 'a staff member' : m.entry.role === 'pupil' ? 'a pupil' : 'a person'} on the roster: "${m.entry.name}"`,
  }));

export const personalDataPhase: Phase = {
  name: 'personal-data',
  run(state, env) {
    const { fullRaw: raw, fullLower: lower } = state.text;
    // Cheap checks first: no pattern below can match without what it checks for, and most comments have none.
    const digits = /\d/.test(raw);
    const out: Signal[] = digits ? [...phoneSignals(raw)] : [];
    for (const email of raw.includes('@') ? collect(EMAIL, raw) : []) {
      out.push({ category: 'personal_data', kind: 'email', score: 0.95, evidence: `email address "${email}"` });
    }
    if (digits) out.push(...postcodeSignals(raw));
    const streets = [
      ...(digits ? collect(STREET, lower) : []),
      ...(lower.includes('live') ? collect(LIVES_ON, lower) : []),
    ];
    for (const street of streets) {
      out.push({ category: 'personal_data', kind: 'address', score: 0.8, evidence: `street address "${street}"` });
    }
    const names = env.roster.size > 0 ? findRosterNames(env.roster, nameWords(raw)) : [];
    out.push(...rosterSignals(names));
    const circumstances = collect(CIRCUMSTANCES, lower);
    if (circumstances.length > 0) {
      const child = CHILD_REFERENCE.exec(lower)?.[0];
      const pupil = names.find((n) => n.entry.role !== 'staff');
      if (pupil || child) {
        out.push({
          category: 'personal_data',
          kind: 'circumstances',
          score: pupil ? 0.85 : 0.65,
          evidence: `personal circumstances "${circumstances[0]}" about ${pupil ? `"${pupil.entry.name}"` : `"${child}"`}`,
        });
      }
    }
    state.signals.push(...out);
  },
};
