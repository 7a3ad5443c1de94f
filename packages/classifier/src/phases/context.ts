/**
 * Phase 9: context that changes what the words mean. Quoting or reporting hate to condemn it
 * ("he called my son a ... and that is racist"), standing against it, or saying something
 * positive about a group is not hate; the scores of hate and threat signals are lowered
 * and the evidence says why. Abuse is lowered only when the bad words sit inside quotes,
 * because "you're so racist, idiot" is still an insult.
 */
import type { Phase, Signal } from './phase.ts';

export const COUNTER_SPEECH_FACTOR = 0.35;

const CONDEMNS =
  /\b(?:(?:is|was|that'?s|thats|it'?s|so|totally|completely|clearly|utterly|deeply|blatantly) (?:racist|sexist|homophobic|transphobic|islamophobic|antisemitic|hateful|bigoted|unacceptable|not ok(?:ay)?)|no place for (?:racism|hate|homophobia|sexism|transphobia|bigotry)|(?:against|tackl(?:e|ing)|challeng(?:e|ing)|fight(?:ing)?|stamp(?:ing)? out|report(?:ed|ing)?) (?:racism|hate|homophobia|sexism|transphobia|bigotry|discrimination|this|it|him|her|them)|(?:do not|don'?t|never|stop|shouldn'?t|should not|we don'?t|must not) (?:say|use|call|tolerate|accept|put up with|let anyone)|(?:called|calling|called out|shouted|said|saying|wrote|writing|posted|posting|used the word|using the word)(?: (?:him|her|them|me|us|my \w+|our \w+|someone|people|a child|children))? (?:a |an )?["'“‘]|if you (?:think|say|believe))/;
const POSITIVE =
  /\b(?:i|we) (?:love|adore|respect|support|welcome|celebrate|stand with|value|admire)\b|\b(?:proud (?:of|to be)|nothing wrong with|don'?t hate|do not hate|never hated|are (?:welcome|valued|loved|amazing|brilliant|wonderful|equal|human))\b/;
const QUOTED = /["“'‘][^"”'’]{1,80}["”'’]/g;

const damp = (signal: Signal, why: string): Signal => ({
  ...signal,
  score: signal.score * COUNTER_SPEECH_FACTOR,
  evidence: `${signal.evidence} (lowered: ${why})`,
});

export const contextPhase: Phase = {
  name: 'context',
  run(state) {
    const text = state.text.lower.replace(/\s+/g, ' ');
    const condemns = CONDEMNS.exec(text)?.[0];
    const positive = state.lexicon.groups.length > 0 ? POSITIVE.exec(text)?.[0] : undefined;
    const quoted = (text.match(QUOTED) ?? []).join(' ');
    const quotedBad =
      state.lexicon.slurs.some((s) => quoted.includes(s.word)) || state.lexicon.insults.some((w) => quoted.includes(w));
    if (!condemns && !positive) return;
    const why = condemns ? `counter-speech "${condemns.trim()}"` : `positive about the group "${positive}"`;
    state.signals = state.signals.map((s) => {
      if (s.category === 'hate' || (s.category === 'threat' && condemns)) return damp(s, why);
      if (s.category === 'abuse' && condemns && quotedBad) return damp(s, why);
      return s;
    });
  },
};
