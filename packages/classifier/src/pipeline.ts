/**
 * The classifier, in order (STYLE.md rule 2). Each phase is one file with its own tests; this
 * list is the only place that says what runs and when.
 */
import { commercePhase } from './phases/commerce.ts';
import { complaintIncidentPhase } from './phases/complaint-incident.ts';
import { contextPhase } from './phases/context.ts';
import { identityAttackPhase } from './phases/identity-attack.ts';
import { lexiconPhase } from './phases/lexicon.ts';
import { modelScoresPhase } from './phases/model-scores.ts';
import { normalisePhase } from './phases/normalise.ts';
import { personalDataPhase } from './phases/personal-data.ts';
import { initialState, type ClassifyState, type Phase, type PhaseEnv } from './phases/phase.ts';
import { policyPhase } from './phases/policy.ts';
import { threatPhase } from './phases/threat.ts';

export const PHASES: readonly Phase[] = [
  normalisePhase, // undo obfuscation: "f*ck", "id10t", "f u c k"
  personalDataPhase, // phone numbers, emails, postcodes, addresses, roster names, circumstances
  lexiconPhase, // swearing, insults, slurs, protected groups, who is addressed
  identityAttackPhase, // a protected group next to an attack
  threatPhase, // threats of violence, minus sports-day idioms
  commercePhase, // spam, adverts, requests for money
  complaintIncidentPhase, // complaints about the school, behaviour incidents
  modelScoresPhase, // the trained heads: offensive, hate, targeted, spam
  contextPhase, // counter-speech and positive statements lower hate
  policyPhase, // merge into labels, apply thresholds
];

export const runPipeline = (text: string, env: PhaseEnv, phases: readonly Phase[] = PHASES): ClassifyState => {
  const state = initialState(text);
  for (const phase of phases) phase.run(state, env);
  return state;
};
