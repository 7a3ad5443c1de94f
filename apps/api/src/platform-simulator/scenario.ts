// What a scenario is: posts on the school's accounts and a script of what people then do to them. The player
// (scenario-player.ts) turns it into simulated comments and signed webhooks.
import type { Platform } from '../connectors/normalised-event.ts';

export interface ScenarioPost {
  key: string;
  platform: Platform;
  text: string;
}

/** Who writes a line: a named person, or any parent, picked with the scenario's seed. */
export type ScenarioAuthor = { name: string; handle?: string } | 'a-parent';

export type ScenarioStep =
  | {
      action: 'comment';
      /** A name for later steps (replies, edits, removals) to refer to. */
      ref?: string;
      post: string;
      replyTo?: string;
      author: ScenarioAuthor;
      /** One is picked with the seed, so different seeds give slightly different traffic. */
      text: string | readonly string[];
      /** What the line is meant to show (a category the classifier should find); never sent. */
      shows: string;
    }
  | { action: 'edit'; target: string; text: string; shows: string }
  | { action: 'remove'; target: string; shows: string };

export interface Scenario {
  name: string;
  posts: readonly ScenarioPost[];
  /** Names for 'a-parent' lines. */
  parents: readonly string[];
  steps: readonly ScenarioStep[];
}
