// What the simulator's routes share, and the one place a configured failure is turned into an answer.
import type { FastifyReply } from 'fastify';
import type { FaultQueue, SimApi, SimOperation } from './simulator-faults.ts';
import { sleep } from './simulator-faults.ts';
import type { SimulatorState } from './simulator-state.ts';
import type { SimTokens } from './simulator-tokens.ts';
import type { WebhookDeliverer } from './webhook-deliverer.ts';

export interface SimulatorContext {
  state: SimulatorState;
  faults: FaultQueue;
  deliverer: WebhookDeliverer;
  graphAccessToken: string;
  xBearerToken: string;
  /** Every token the simulated platforms accept (the two above, and those OAuth hands out). */
  tokens: SimTokens;
  /** The simulated apps a school registers with Meta and X, for OAuth. */
  apps: SimApps;
  now: () => Date;
}

export interface SimApps {
  metaAppId: string;
  metaAppSecret: string;
  xClientId: string;
  xClientSecret: string;
}

/** Applies the next configured failure for this call. True when it has answered the request itself. */
export async function answeredWithFault(
  ctx: SimulatorContext,
  reply: FastifyReply,
  api: SimApi,
  operation: SimOperation,
): Promise<boolean> {
  const failure = ctx.faults.take(api, operation);
  if (!failure) return false;
  switch (failure.type) {
    case 'delay':
      await sleep(failure.ms);
      return false;
    case 'http-status':
      await reply.code(failure.status).type('text/plain').send('Simulated failure');
      return true;
    case 'graph-error':
      await reply.code(failure.httpStatus ?? 400).send({
        error: {
          message: failure.message ?? `(#${failure.code}) Simulated Graph error`,
          type: failure.code === 190 ? 'OAuthException' : 'GraphMethodException',
          code: failure.code,
          ...(failure.subcode ? { error_subcode: failure.subcode } : {}),
          fbtrace_id: 'SimulatedTrace',
        },
      });
      return true;
    case 'x-rate-limit': {
      const reset = Math.floor(ctx.now().getTime() / 1000) + failure.resetInSeconds;
      await reply
        .code(429)
        .headers({ 'x-rate-limit-limit': '50', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) })
        .send({ title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 });
      return true;
    }
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  return match?.[1];
}
