// Private messages on the simulated Page and Instagram account: a person writes (Meta sends a signed `messages`
// webhook, entry[].messaging[]), and the school answers through the Send API (`POST /{account-id}/messages` with
// `recipient` and `message`), which Meta echoes back as a webhook with `is_echo`. X direct messages are not
// simulated: Schoolgate does not read them (docs/connectors.md says why).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { answeredWithFault, bearerToken, type SimulatorContext } from './simulator-context.ts';
import type { SimAuthor } from './simulator-state.ts';
import type { SimDelivery } from './webhook-deliverer.ts';

export interface SimMessage {
  id: string;
  platform: 'facebook' | 'instagram';
  accountId: string;
  /** The person in the conversation. */
  personId: string;
  fromSchool: boolean;
  text: string;
  at: Date;
}

const store = new WeakMap<SimulatorContext['state'], SimMessage[]>();
export const simMessages = (ctx: SimulatorContext): SimMessage[] => {
  let list = store.get(ctx.state);
  if (!list) store.set(ctx.state, (list = []));
  return list;
};

let counter = 0;
const nextId = () => `m_sim${(++counter).toString().padStart(6, '0')}`;

function messagingPayload(m: SimMessage): object {
  const school = { id: m.accountId };
  const person = { id: m.personId };
  return {
    object: m.platform === 'facebook' ? 'page' : 'instagram',
    entry: [
      {
        id: m.accountId,
        time: m.at.getTime(),
        messaging: [
          {
            sender: m.fromSchool ? school : person,
            recipient: m.fromSchool ? person : school,
            timestamp: m.at.getTime(),
            message: { mid: m.id, text: m.text, ...(m.fromSchool ? { is_echo: true } : {}) },
          },
        ],
      },
    ],
  };
}

export interface NewPrivateMessage {
  platform: 'facebook' | 'instagram';
  /** The simulated account written to; the demo account of the platform when left out. */
  accountId: string;
  from: SimAuthor;
  text: string;
}

/** A person writes privately to the account; the signed webhook is delivered before this resolves. */
export async function sendPrivateMessage(
  ctx: SimulatorContext,
  input: NewPrivateMessage,
): Promise<{ message: SimMessage; delivery: SimDelivery }> {
  const message: SimMessage = {
    id: nextId(),
    platform: input.platform,
    accountId: input.accountId,
    personId: input.from.id,
    fromSchool: false,
    text: input.text,
    at: ctx.now(),
  };
  simMessages(ctx).push(message);
  return { message, delivery: await ctx.deliverer.deliver(messagingPayload(message)) };
}

const params = (request: FastifyRequest): Record<string, string> => ({
  ...((request.query ?? {}) as Record<string, string>),
  ...((typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, string>),
});

const parseJson = (value: string | undefined): Record<string, unknown> | null => {
  try {
    const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

export function registerMessageRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  // The Send API, as the Page (Messenger) or the Instagram account: answers { recipient_id, message_id }.
  app.post('/graph/:version/:id/messages', async (request, reply) => {
    const graphError = (code: number, message: string) =>
      reply.code(400).send({ error: { message, type: 'OAuthException', code, fbtrace_id: 'SimulatedTrace' } });
    if (!ctx.tokens.isValid('graph', bearerToken(request.headers.authorization))) {
      return graphError(190, 'Error validating access token: The session is invalid.');
    }
    if (await answeredWithFault(ctx, reply, 'graph', 'reply')) return reply;
    const account = ctx.state.accounts.get((request.params as { id: string }).id);
    if (!account || account.platform === 'x') return graphError(100, 'Object does not exist');
    const p = params(request);
    const recipient = parseJson(p['recipient']);
    const text = parseJson(p['message'])?.['text'];
    if (typeof recipient?.['id'] !== 'string') return graphError(100, '(#100) The parameter recipient is required');
    if (typeof text !== 'string' || text === '') return graphError(100, '(#100) Missing message text');
    // Outside the 24 hours after the person's last message, Meta refuses a standard message.
    const wrote = simMessages(ctx).some(
      (m) => m.accountId === account.id && m.personId === recipient['id'] && !m.fromSchool,
    );
    if (!wrote) return graphError(10, '(#10) This message is sent outside of allowed window.');
    const message: SimMessage = {
      id: nextId(),
      platform: account.platform,
      accountId: account.id,
      personId: recipient['id'],
      fromSchool: true,
      text,
      at: ctx.now(),
    };
    simMessages(ctx).push(message);
    ctx.state.actions.push({ api: 'graph', action: 'reply', targetId: message.id, at: ctx.now() });
    ctx.deliverer.deliverLater(messagingPayload(message));
    return { recipient_id: recipient['id'], message_id: message.id };
  });
}
