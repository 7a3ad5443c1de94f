/**
 * Phase 5: threats of violence or harm (003: "comments which threaten violence" are logged and
 * may go to the police; 002 cites the Online Safety Act threatening communications offence).
 * Phrases, because the public data has no threat labels. Sports-day idioms ("killing it",
 * "smashed it", "we'll beat you at rounders") are removed first, and a negation just before a
 * threat ("I would never hurt") cancels it.
 */
import { IDIOMS } from './idioms.ts';
import type { Phase, Signal } from './phase.ts';

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
  String.raw`\b(?:watch (?:your|ur) back|(?:you|u)(?:re| are| r)? (?:dead|finished|going to get it|gonna get it|gonna pay|going to pay|will pay)|(?:youll|you will|u will) (?:regret|pay|get it|be sorry)|i know where (?:you|she|he|they|u) (?:live|lives|work)|(?:just )?wait (?:till|until|til) i (?:see|get|catch)|ill be waiting (?:for (?:you|him|her|them) )?(?:at|outside)|(?:deserves?|needs?) to (?:die|be (?:shot|hurt|killed|beaten|stabbed|hanged|hung))|should be (?:shot|hanged|hung|killed|stabbed|beaten|strung up|lynched|put down|burned|burnt)|(?:burn|blow up|torch|shoot up|bomb) (?:the|this|that|your|ur) (?:school|place|house|building|classroom|office)|hope (?:you|he|she|they|u|the head|the teacher) (?:die|dies|gets? hurt|gets? run over|gets? cancer|rots?|burns?)|(?:kill|hang|end) (?:yourself|urself|your self)|kys|(?:take|sort) (?:you|him|her|them) out|(?:kill|shoot|stab|hang|gas|lynch|exterminate|bomb|behead) (?:all|every|the|those|these) \w+|(?:ill|i will|well|we will) (?:find|get) (?:you|u|him|her)(?= and | $)|or else)\b`,
  'g',
);
const NEGATION_BEFORE = /\b(?:never|not|wont|wouldnt|dont|didnt|no one|nobody|cant|couldnt|shouldnt)(?: \w+){0,2} $/;

export const findThreats = (tokens: readonly string[]): string[] => {
  const flat = ` ${tokens.join(' ')} `.replace(IDIOMS, ' ');
  const found: string[] = [];
  for (const re of [DIRECT, COMING, WARNINGS]) {
    re.lastIndex = 0;
    for (const m of flat.matchAll(re)) {
      const lead = flat.slice(Math.max(0, m.index - 40), m.index);
      if (!NEGATION_BEFORE.test(lead)) found.push(m[0]);
    }
  }
  return found;
};

export const threatPhase: Phase = {
  name: 'threat',
  run(state) {
    const out: Signal[] = findThreats(state.text.tokens).map((words) => ({
      category: 'threat',
      score: /should|deserve|need|hope|someone|somebody/.test(words) ? 0.7 : 0.85,
      evidence: `threat phrase "${words}"`,
    }));
    state.signals.push(...out);
  },
};
