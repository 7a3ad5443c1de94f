// Failures the simulator can be told to give, so connector tests and the demo can show what happens when a
// platform is busy, refuses or stops answering. Each rule applies to the next matching call(s) and then goes.

export type SimApi = 'graph' | 'x';
/**
 * `read`: looking a post or comment up (Graph `GET /{id}`, X `GET /2/tweets/:id`); `upload`: a picture or media
 * container (Graph `/photos` and `/media`, X `/2/media/upload` and `/2/media/metadata`); `delete`: a comment, or
 * the school's own post.
 */
export type SimOperation =
  'hide' | 'unhide' | 'delete' | 'reply' | 'block' | 'mentions' | 'read' | 'publish' | 'upload';

export type SimFailure =
  /** A Graph error body ({ error: { code, ... } }), e.g. code 4 or 32 for a rate limit, 190 for a bad token. */
  | { type: 'graph-error'; code: number; subcode?: number; message?: string; httpStatus?: number }
  /** A bare HTTP status with a short body, e.g. 500 or 503. */
  | { type: 'http-status'; status: number }
  /** X's 429 with x-rate-limit-reset this many seconds ahead. */
  | { type: 'x-rate-limit'; resetInSeconds: number }
  /** Answer normally, but only after this long: for timeout tests. */
  | { type: 'delay'; ms: number };

export interface FaultRule {
  api?: SimApi;
  operation?: SimOperation;
  failure: SimFailure;
  /** How many matching calls it applies to. Default 1. */
  times?: number;
}

export class FaultQueue {
  private rules: { rule: FaultRule; left: number }[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  /** The failure for this call, if a rule matches; uses one of the rule's turns. */
  take(api: SimApi, operation: SimOperation): SimFailure | undefined {
    const found = this.rules.find(
      ({ rule }) => (rule.api ?? api) === api && (rule.operation ?? operation) === operation,
    );
    if (!found) return undefined;
    found.left -= 1;
    if (found.left <= 0) this.rules = this.rules.filter((r) => r !== found);
    return found.rule.failure;
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
