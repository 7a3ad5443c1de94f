/** Test helper: runs the pipeline up to and including one phase, so each phase is tested in place. */
import { DEFAULT_THRESHOLDS } from '../categories.ts';
import type { ModelWeights } from '../model/linear-model.ts';
import { PHASES } from '../pipeline.ts';
import { initialState, type ClassifyState, type PhaseEnv } from './phase.ts';
import { compileRoster, type RosterEntry } from './roster.ts';

export const testEnv = (
  options: { roster?: RosterEntry[]; model?: ModelWeights; explain?: boolean } = {},
): PhaseEnv => ({
  roster: compileRoster(options.roster ?? []),
  model: options.model,
  thresholds: DEFAULT_THRESHOLDS,
  explain: options.explain ?? false,
});

export const runUpTo = (phaseName: string, text: string, env: PhaseEnv = testEnv()): ClassifyState => {
  const state = initialState(text);
  const end = PHASES.findIndex((p) => p.name === phaseName);
  if (end < 0) throw new Error(`no phase ${phaseName}`);
  for (const phase of PHASES.slice(0, end + 1)) phase.run(state, env);
  return state;
};

/** Only the signals the named phase added. */
export const signalsOf = (phaseName: string, text: string, env: PhaseEnv = testEnv()) => {
  const before = PHASES.findIndex((p) => p.name === phaseName);
  const previous = before > 0 ? runUpTo((PHASES[before - 1] as { name: string }).name, text, env).signals.length : 0;
  return runUpTo(phaseName, text, env).signals.slice(previous);
};

export const categoriesOf = (phaseName: string, text: string, env?: PhaseEnv) =>
  [
    ...new Set(
      signalsOf(phaseName, text, env)
        .filter((s) => s.score >= 0.5)
        .map((s) => s.category),
    ),
  ].sort();
