// Plays a scenario against the simulator: creates its posts, then writes each step's comment (or edit, or
// removal) at the chosen pace, each one delivered as a signed webhook. The seed decides who writes which line,
// which variant of a line is used and the small variations in pace, so the same seed plays the same traffic.
import { createRandom, seedFrom } from '../seed/demo-data-random.ts';
import type { Platform } from '../connectors/normalised-event.ts';
import { editComment, postComment, removeOwnComment } from './people-actions.ts';
import type { Scenario, ScenarioAuthor } from './scenario.ts';
import type { SimulatorContext } from './simulator-context.ts';
import { sleep } from './simulator-faults.ts';
import type { SimAuthor, SimComment } from './simulator-state.ts';
import type { SimDelivery } from './webhook-deliverer.ts';

export interface PlayOptions {
  /** Default 1. */
  seed?: number;
  /** Average time between steps; each wait varies by up to a third either way. Default 0: as fast as possible. */
  intervalMs?: number;
  /** Stops the play between steps. */
  signal?: AbortSignal;
}

export interface PlayedStep {
  shows: string;
  action: 'comment' | 'edit' | 'remove';
  comment: SimComment;
  delivery?: SimDelivery;
}

export interface PlayReport {
  scenario: string;
  posts: Record<string, string>;
  steps: PlayedStep[];
  /** False when stopped through the signal before the end. */
  finished: boolean;
}

export async function playScenario(
  ctx: SimulatorContext,
  scenario: Scenario,
  options: PlayOptions = {},
): Promise<PlayReport> {
  const random = createRandom(seedFrom(`${scenario.name}:${options.seed ?? 1}`));
  const parents = random.shuffle(scenario.parents);
  let nextParent = 0;
  const authorFor = (spec: ScenarioAuthor, platform: Platform): SimAuthor => {
    const name = spec === 'a-parent' ? (parents[nextParent++ % parents.length] as string) : spec.name;
    const handle = spec !== 'a-parent' && spec.handle ? spec.handle : name.toLowerCase().replace(/[^a-z]+/g, '_');
    return { id: personId(platform, name), name, handle };
  };

  const posts: Record<string, string> = {};
  for (const post of scenario.posts) {
    posts[post.key] = ctx.state.addPost(ctx.state.account(post.platform).id, post.text, ctx.now()).id;
  }
  const refs = new Map<string, SimComment>();
  const steps: PlayedStep[] = [];
  const interval = options.intervalMs ?? 0;

  for (const step of scenario.steps) {
    if (options.signal?.aborted) return { scenario: scenario.name, posts, steps, finished: false };
    if (interval > 0) await sleep(Math.round(interval * (2 / 3 + random.next() * (2 / 3))));
    if (step.action === 'comment') {
      const postId = posts[step.post];
      const platform = scenario.posts.find((p) => p.key === step.post)?.platform;
      if (!postId || !platform) throw new Error(`Scenario ${scenario.name}: no post "${step.post}"`);
      const parent = step.replyTo ? refs.get(step.replyTo) : undefined;
      const text = typeof step.text === 'string' ? step.text : random.pick(step.text);
      const result = await postComment(ctx, {
        platform,
        postId,
        author: authorFor(step.author, platform),
        text,
        ...(parent ? { parentId: parent.id } : {}),
      });
      if (step.ref) refs.set(step.ref, result.comment);
      steps.push({ shows: step.shows, action: 'comment', ...result });
    } else {
      const target = refs.get(step.target);
      if (!target) throw new Error(`Scenario ${scenario.name}: no earlier comment "${step.target}"`);
      const result =
        step.action === 'edit' ? await editComment(ctx, target.id, step.text) : await removeOwnComment(ctx, target.id);
      steps.push({ shows: step.shows, action: step.action, ...result });
    }
  }
  return { scenario: scenario.name, posts, steps, finished: true };
}

/** A made-up but stable id per person and platform, shaped like the platform's own (all digits). */
export function personId(platform: Platform, name: string): string {
  const n = BigInt(seedFrom(`${platform}:${name}`)) * 2_654_435_761n;
  const digits = platform === 'x' ? 10n ** 17n : 10n ** 15n;
  return String(digits + (n % digits));
}
