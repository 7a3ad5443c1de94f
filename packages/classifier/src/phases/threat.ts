/**
 * Phase 5: threats of violence or harm (003: "comments which threaten violence" are logged and
 * may go to the police; 002 cites the Online Safety Act threatening communications offence).
 * Phrases, because the public data has no threat labels. Sports-day idioms ("killing it",
 * "smashed it", "we'll beat you at rounders") are removed first, and a negation just before a
 * threat ("I would never hurt") cancels it. Intimidation counts ("we know where your kids go to
 * school"), and so does inciting others ("someone should beat up ..."). A threat against a
 * protected group ("kill all the immigrants") is also hate against that group.
 */
import type { HateTarget } from '../categories.ts';
import { IDIOMS, THREAT_IDIOMS } from './idioms.ts';
import { PERSON_NOUNS } from './lexicon-data.ts';
import { positionsOf } from './negation.ts';
import type { NormalisedText, Phase, Signal } from './phase.ts';
import { findRosterNames, type CompiledRoster } from './roster.ts';

const INTENT = String.raw`(?:ill|i will|im going to|im gonna|i am going to|i am gonna|ima|imma|gonna|i swear ill|well|we will|were going to|were gonna|i want to|i wanna|i could|someone should|somebody should|someone needs to|someone will)`;
const VIOLENCE = String.raw`(?:kill|hurt|stab|shoot|batter|punch|beat|burn|slap|strangle|murder|bash|smash|deck|lamp|glass|knife|strangle|throttle|kick)`;
const PERSON = String.raw`(?:you|u|ya|yous|him|her|them|your|ur|his|their|the head|the headteacher|(?:that|this) (?:teacher|man|woman|boy|girl|kid|child|lad|cow|bitch|prick|twat|idiot)|every|all|each|mr|mrs|miss|ms|sir|the teacher|those|these|whoever|anyone|the lot)`;

const DIRECT = new RegExp(String.raw`\b${INTENT} (?:\w+ )?${VIOLENCE}(?: up| in)? ${PERSON}\b`, 'g');
// "I'll come up to the school and hurt that teacher": the intent and the harm with a journey between them.
const COMING = new RegExp(
  String.raw`\b${INTENT} (?:come|go|get|turn up|be) (?:\w+ ){0,5}and ${VIOLENCE}(?: up| in)? ${PERSON}\b`,
  'g',
);
const WARNINGS = new RegExp(
  String.raw`\b(?:watch (?:your|ur|her|his|their) back|(?:you|u)(?:re| are| r)? (?:dead|finished|going to get it|gonna get it|gonna pay|going to pay|will pay)|(?:youll|you will|u will) (?:regret|pay|get it|be sorry)|i know where (?:you|she|he|they|u) (?:live|lives|work)|(?:just )?wait (?:till|until|til) i (?:see|get|catch)|ill be waiting (?:for (?:you|him|her|them) )?(?:at|outside)|(?:deserves?|needs?) to (?:die|be (?:shot|hurt|killed|beaten|stabbed|hanged|hung))|should be (?:shot|hanged|hung|killed|stabbed|beaten|strung up|lynched|put down|burned|burnt)|(?:burn|blow up|torch|shoot up|bomb) (?:the|this|that|your|ur) (?:school|place|house|building|classroom|office)|hope (?:you|he|she|they|u|the head|the teacher) (?:die|dies|gets? hurt|gets? run over|gets? cancer|rots?|burns?)|(?:kill|hang|end) (?:yourself|urself|your self)|kys|(?:take|sort) (?:you|him|her|them) out|(?:kill|shoot|stab|hang|gas|lynch|exterminate|bomb|behead) (?:all|every|the|those|these) \w+|(?:ill|i will|well|we will) (?:find|get) (?:you|u|him|her)(?= and | $)|or else)\b`,
  'g',
);
/** Intimidation: the writer knows, or will find out, where someone lives or where their children are. */
const INTIMIDATION = new RegExp(
  String.raw`\b(?:know|find out|found out|finding out|find|found|got|have|worked out|work out|tracked down|track down|looked up|look up) (?:exactly )?(?:where|what time|which (?:school|house|car|road|street|class)|what (?:car|school|house|road|street|class))(?: \w+){0,2} (?:you|u|your|ur|yous|he|she|they|his|her|their)(?: \w+)? (?:live|lives|living|work|works|sleep|sleeps|go|goes|park|parks|leave|leaves|drive|drives|walk|walks|stay|stays|get picked up|are)\b|\b(?:know|got|have|found|find out) (?:your|ur|his|her|their) (?:home )?(?:address|postcode|house|number plate)\b`,
  'g',
);
/** The writer, a few words before the intimidation: "I know where ...", "we're going to find out where ...". */
const WRITER_BEFORE = /\b(?:i|we|ill|well|im|were|ive|weve)(?: \w+){0,3} $/;
// "someone should beat up the new kid": inciting others against a person.
const PERSON_WORD = [...PERSON_NOUNS].join('|');
const INCITEMENT = new RegExp(
  String.raw`\b(?:someone|somebody|some1|anyone|any1) (?:should|needs? to|ought to|has to|must|wants? to) (?:\w+ )?${VIOLENCE}(?: up| in)? (?:the|that|this|those|these|his|her|their|your|my|every|all|a|an|them|some) (?:\w+ ){0,2}?(?:${PERSON_WORD}|head|headteacher|teacher|ref|referee)\b(?! out| off)`,
  'g',
);
const KNOWING = [' know ', ' find', ' found ', ' got ', ' have ', ' work', ' track', ' look'];
const WHEREABOUTS = [' where ', ' what ', ' which ', ' address', ' postcode', ' house', ' plate'];
const INCITERS = [' someone ', ' somebody ', ' some1 ', ' anyone ', ' any1 '];
const hasAny = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));
const NEGATION_BEFORE = /\b(?:never|not|wont|wouldnt|dont|didnt|no one|nobody|cant|couldnt|shouldnt)(?: \w+){0,2} $/;
const NEGATION_INSIDE = /\b(?:not|never|dont|didnt|doesnt|cant|wont|no idea)\b/;

/** The tokens joined by single spaces, padded, with friendly idioms (both lists) taken out: what every rule here reads. */
const flatten = (tokens: readonly string[]) => ` ${tokens.join(' ')} `.replace(IDIOMS, ' ').replace(THREAT_IDIOMS, ' ');

export const findThreats = (tokens: readonly string[], flat = flatten(tokens)): string[] => {
  const found: string[] = [];
  for (const re of [DIRECT, COMING, WARNINGS, INTIMIDATION, INCITEMENT]) {
    // Cheap look for a word each rule needs before running it: most comments have none.
    if (re === INTIMIDATION && !(hasAny(flat, KNOWING) && hasAny(flat, WHEREABOUTS))) continue;
    if (re === INCITEMENT && !hasAny(flat, INCITERS)) continue;
    re.lastIndex = 0;
    for (const m of flat.matchAll(re)) {
      const lead = flat.slice(Math.max(0, m.index - 40), m.index);
      if (NEGATION_BEFORE.test(lead)) continue;
      // The writer says it, without a negation: "I don't know where you live" is not intimidation.
      if (re === INTIMIDATION && (!WRITER_BEFORE.test(lead) || NEGATION_INSIDE.test(lead.slice(-24)))) continue;
      found.push(m[0]);
    }
  }
  return found;
};

/** Violence whose object is a protected group: a threat, and hate against the group. */
// Only unambiguous violence: "beat the Polish lads at football" and "policies that hurt disabled people" are not threats.
const GROUP_VIOLENCE = String.raw`(?:kill|shoot|stab|gas|hang|lynch|burn|bomb|exterminate|batter|behead|murder|slaughter|wipe out|eradicate|nuke|string up|torch|run over|beat up|smash up|beat the (?:shit|crap|hell) out of)`;
const GROUP_FILLERS = String.raw`(?:(?:all|every|each|the|those|these|them|any|some|of|fucking|bloody|dirty|filthy|last|single|one|up|in|out) )*`;
const GROUP_VIOLENCE_HINT =
  /\b(?:kill|shoot|stab|gas|hang|lynch|burn|bomb|exterminate|batter|behead|murder|slaughter|wipe|eradicate|nuke|string|torch|run|beat|smash)\b/;
/** One rule per group phrase, compiled when first needed (there are a few hundred phrases). */
const groupThreatRules = new Map<string, RegExp>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CALL_BEFORE = new RegExp(
  String.raw`(?:^ ?|\b(?:${INTENT.slice(3, -1)}|lets|let us|should|must|need to|needs to|have to|has to|gonna|wanna|want to|going to|will|time to|go|just|and|please|pls)\b(?: \w+)? )$`,
);

export interface GroupThreat {
  words: string;
  target: HateTarget;
}

export const findGroupThreats = (
  tokens: readonly string[],
  groups: readonly { phrase: string; target: HateTarget }[],
  flat = flatten(tokens),
): GroupThreat[] => {
  if (groups.length === 0 || !GROUP_VIOLENCE_HINT.test(flat)) return [];
  const found: GroupThreat[] = [];
  for (const group of groups) {
    let re = groupThreatRules.get(group.phrase);
    if (!re) {
      re = new RegExp(String.raw`\b${GROUP_VIOLENCE} ${GROUP_FILLERS}${escape(group.phrase)}\b`, 'g');
      groupThreatRules.set(group.phrase, re);
    }
    re.lastIndex = 0;
    for (const m of flat.matchAll(re)) {
      const lead = flat.slice(Math.max(0, m.index - 40), m.index);
      // A call or an intent ("kill all the ...", "I will shoot every ..."), not a report ("they kill ...").
      const call = CALL_BEFORE.test(lead) || /^\S+ (?:all|every|each)\b/.test(m[0]);
      if (call && !NEGATION_BEFORE.test(lead)) found.push({ words: m[0], target: group.target });
    }
  }
  return found;
};

/*
 * Plain-word threats (issue 17): "I will find Mr Jones after school and break his legs", "that
 * teacher is getting shot on monday". No stock phrase, but three things close together in one
 * sentence: an act of violence, a weapon or an injury (HARM); someone it is aimed at (VICTIM); and
 * a word saying it will happen or is wanted (WILL). Each is a word set, matched on the sentence's
 * words joined by spaces, after friendly idioms ("break a leg", "shoot the class photo") are taken out.
 */
const BODY = String.raw`(?:legs?|arms?|neck|nose|jaw|face|head|skull|knees?|kneecaps?|fingers?|ribs?|teeth|back|hands?)`;
const HARM = new RegExp(
  String.raw`\b(?:(?:break|breaks|breaking|snap|snaps|snapping|smash|smashing) (?:\w+ )?${BODY}|(?:smash|smashing|kick|kicking|cave|caving|bash|bashing) (?:\w+ ){1,3}(?:face|head|teeth|skull) in|(?:beat|beating|beaten) (?:\w+ )?up|(?:shoot|shot|shooting|stab|stabbed|stabbing|knifed|batter|battered|battering|strangle|strangled)|(?:with|bring|bringing|carrying|got|have|pull|pulling|put|putting|stick|sticking) (?:a|my|the|his|her) (?:knife|blade|gun|machete|hammer|crowbar|bat|baseball bat)|(?:wont|will not|never) (?:walk|talk) again|(?:wont|will not|not) (?:\w+ ){0,3}in one piece|(?:put|end up|be|wake up) (?:\w+ ){0,2}in (?:hospital|a wheelchair|a body bag|intensive care|a coffin))\b`,
  'g',
);
/** HARM without the global flag, for a yes-or-no look that leaves no position behind. */
const ANY_HARM = new RegExp(HARM.source);
const VICTIM = new RegExp(
  String.raw`\b(?:you|u|ya|yous|him|her|them|he|she|his|your|ur|their|the head|(?:the |that |this |your )(?:deputy )?(?:head ?teachers?|heads?|teacher|maths teacher|\w+ teacher|dinner lady|caretaker|receptionist|ta|head of year|senco)|(?:mr|mrs|miss|ms|sir|dr) \w+|pupils|kids|children|students)\b`,
  'g',
);
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|weds|thurs|fri)`;
const WILL = new RegExp(
  String.raw`\b(?:will|ill|youll|hell|shell|theyll|gonna|going to|(?:is|are|am|im|hes|shes|theyre) getting|gets|deserves?|should|needs? to|waiting with|after school|(?:on|this|next) ${DAY}|tomorrow|tomoz|tonight|next week|watch what happens|see what happens)\b`,
  'g',
);
/** A negation shortly before the act: "I would never hurt a teacher", "nobody is going to shoot ...". */
const DENIED = /\b(?:never|not|wont|wouldnt|dont|didnt|no one|nobody|noone|cant|couldnt|shouldnt|no)(?: \w+){0,3} $/;
/** How far, in words, the will-happen word may be from the act; the victim must be closer, NEAR. */
const REACH = 8;
const NEAR = 3;
/** Possessives name a victim only inside the act ("break his legs"), not beside it ("his gun"). */
const POSSESSIVE = new Set(['his', 'your', 'ur', 'their']);
/** A bare verb of harm takes its victim as the next words ("stab the head"); "shoot" alone is often sport. */
const ACTIVE = new Set(['shoot', 'shooting', 'stab', 'stabbing', 'batter', 'battering', 'strangle']);
const PRONOUNS = new Set([...POSSESSIVE, 'you', 'u', 'ya', 'yous', 'him', 'her', 'them', 'he', 'she']);

interface Found {
  words: string;
  /** First and last word index in the sentence. */
  from: number;
  to: number;
}

const wordIndex = (s: string, at: number) => (s.slice(0, at).match(/ /g) ?? []).length;
const matchesIn = (s: string, re: RegExp): Found[] =>
  [...s.matchAll(re)].map((m) => ({
    words: m[0],
    from: wordIndex(s, m.index),
    to: wordIndex(s, m.index + m[0].length - 1),
  }));
const gap = (a: Found, b: Found) => Math.max(0, a.from - b.to, b.from - a.to);

/**
 * Plain-word threats: for each act of harm, a victim and a will-happen word within REACH words in
 * its sentence (the victim may also be in the sentence before: "I know where the head lives. Ill be
 * waiting with a knife"). Returns the evidence for each, naming the words matched.
 */
export const findPlainThreats = (text: Pick<NormalisedText, 'clean' | 'tokens'>, roster?: CompiledRoster): string[] => {
  const { tokens } = text;
  // Most comments have no word of harm at all: one look over the whole comment before splitting it.
  if (!ANY_HARM.test(tokens.join(' '))) return [];
  const sentenceOf = positionsOf(text.clean, tokens).sentence;
  const sentences: string[][] = [];
  tokens.forEach((t, i) => (sentences[sentenceOf[i] as number] ??= []).push(t));
  const found: string[] = [];
  let before: Found[] = [];
  for (const words of sentences) {
    if (!words) continue;
    const s = words
      .join(' ')
      .replace(IDIOMS, (m) => m.replace(/\S+/g, '_'))
      .replace(THREAT_IDIOMS, (m) => m.replace(/\S+/g, '_'));
    const victims = matchesIn(s, VICTIM);
    for (const name of roster ? findRosterNames(roster, words) : []) {
      victims.push({
        words: words.slice(name.index, name.index + name.words).join(' '),
        from: name.index,
        to: name.index + name.words - 1,
      });
    }
    const harms = matchesIn(s, HARM);
    if (harms.length > 0) {
      const wills = matchesIn(s, WILL);
      for (const harm of harms) {
        const lead = ` ${s
          .split(' ')
          .slice(Math.max(0, harm.from - 5), harm.from)
          .join(' ')} `;
        if (DENIED.test(lead)) continue;
        const victim =
          victims.find((v) =>
            POSSESSIVE.has(v.words)
              ? v.from >= harm.from && v.to <= harm.to
              : ACTIVE.has(harm.words)
                ? v.from === harm.to + 1
                : gap(v, harm) <= NEAR,
          ) ?? (harm.from <= REACH ? before.find((v) => !POSSESSIVE.has(v.words)) : undefined);
        const will = wills.find((w) => gap(w, harm) <= REACH);
        // The evidence names a person where the sentence has one: "Mr Jones" rather than "his".
        const named = victims.find((v) => !PRONOUNS.has(v.words) && gap(v, harm) <= REACH) ?? victim;
        if (victim && named && will) found.push(`"${harm.words}" against "${named.words}", with "${will.words}"`);
      }
    }
    before = victims;
  }
  return found;
};

const MILDER = /should|deserve|need|hope|someone|somebody|anyone/;

export const threatPhase: Phase = {
  name: 'threat',
  run(state, env) {
    const flat = flatten(state.text.tokens);
    const out: Signal[] = findThreats(state.text.tokens, flat).map((words) => ({
      category: 'threat',
      score: MILDER.test(words) ? 0.7 : 0.85,
      evidence: `threat phrase "${words}"`,
    }));
    // The plain-word rule adds a label only where no phrase above found one.
    if (out.length === 0) {
      for (const words of findPlainThreats(state.text, env.roster)) {
        out.push({
          category: 'threat',
          score: MILDER.test(words) ? 0.7 : 0.8,
          evidence: `threat in plain words: ${words}`,
        });
      }
    }
    for (const threat of findGroupThreats(state.text.tokens, state.lexicon.groups, flat)) {
      const lead = ` ${state.text.tokens.join(' ')} `;
      const milder = MILDER.test(
        lead
          .slice(0, lead.indexOf(` ${threat.words}`))
          .split(' ')
          .slice(-4)
          .join(' '),
      );
      out.push({
        category: 'threat',
        score: milder ? 0.7 : 0.85,
        evidence: `threat against a group "${threat.words}"`,
      });
      out.push({
        category: 'hate',
        target: threat.target,
        score: 0.85,
        evidence: `threat against a protected group: "${threat.words}"`,
      });
    }
    state.signals.push(...out);
  },
};
