// The platform simulator's public face, for tests, the demo and `schoolgate simulator`.
export {
  startPlatformSimulator,
  SIMULATOR_GRAPH_TOKEN,
  SIMULATOR_X_TOKEN,
  type PlatformSimulator,
  type PlatformSimulatorOptions,
  type SimulatorOAuthSettings,
} from './start-platform-simulator.ts';
export { DEMO_SCHOOL_SCENARIO } from './demo-school-scenario.ts';
export type { Scenario, ScenarioPost, ScenarioStep, ScenarioAuthor } from './scenario.ts';
export type { PlayOptions, PlayReport, PlayedStep } from './scenario-player.ts';
export type { FaultRule, SimFailure, SimApi, SimOperation } from './simulator-faults.ts';
export type { SimAccount, SimAuthor, SimComment, SimPost, SimAction } from './simulator-state.ts';
export type { SimDelivery, DeliveryAttempt } from './webhook-deliverer.ts';
export type { NewComment, PeopleActionResult } from './people-actions.ts';
export { SIMULATOR_APPS, SPARE_ACCOUNTS } from './demo-accounts.ts';
export type { SimMessage } from './private-messages.ts';
