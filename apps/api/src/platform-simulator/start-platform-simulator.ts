// Starts the platform simulator in this process: a small Fastify server speaking the Graph API subset (Facebook
// Pages, Instagram) under /graph/<version> and the X API v2 subset under /x, with one demo school account on
// each platform. Tests and the demo point the connectors' base URLs at it; nothing leaves the machine.
import { registerMessageRoutes, sendPrivateMessage, simMessages, type SimMessage } from './private-messages.ts';
import Fastify from 'fastify';
import { randomBytes } from 'node:crypto';
import type { Platform } from '../connectors/normalised-event.ts';
import { DEMO_SCHOOL_SCENARIO } from './demo-school-scenario.ts';
import { DEMO_ACCOUNTS, SIMULATOR_APPS, SPARE_ACCOUNTS } from './demo-accounts.ts';
import { registerControlRoutes } from './control-routes.ts';
import { registerOAuthRoutes } from './oauth-routes.ts';
import { SimTokens, type TokenApi } from './simulator-tokens.ts';
import { registerGraphRoutes } from './graph-routes.ts';
import { registerMediaRoutes } from './media-routes.ts';
import { registerVideoRoutes } from './video-routes.ts';
import {
  editComment,
  postComment,
  removeOwnComment,
  type NewComment,
  type PeopleActionResult,
} from './people-actions.ts';
import type { Scenario } from './scenario.ts';
import { playScenario, type PlayOptions, type PlayReport } from './scenario-player.ts';
import type { SimulatorContext } from './simulator-context.ts';
import { FaultQueue, type FaultRule } from './simulator-faults.ts';
import { SimulatorState, type SimAccount, type SimAuthor, type SimPost } from './simulator-state.ts';
import { WebhookDeliverer, type SimDelivery } from './webhook-deliverer.ts';
import { registerXRoutes } from './x-routes.ts';

export interface PlatformSimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the simulator holds no secrets, but there is no reason to offer it to the network. */
  host?: string;
  /** Signs webhook deliveries; Schoolgate's META_APP_SECRET must match. */
  appSecret: string;
  /** Sent in the subscription handshake (verifyCallback); Schoolgate's META_VERIFY_TOKEN must match. */
  verifyToken: string;
  /** Where webhooks go, e.g. http://127.0.0.1:3000/api/webhooks/meta. Unset: deliveries are recorded, not sent. */
  webhookUrl?: string;
  /** Default v21.0; only shapes the URL. */
  graphVersion?: string;
  graphAccessToken?: string;
  xBearerToken?: string;
  deliveryTimeoutMs?: number;
  now?: () => Date;
}

/** The settings Schoolgate needs to connect accounts through the simulator's sign-in pages. */
export interface SimulatorOAuthSettings {
  metaAppId: string;
  metaDialogUrl: string;
  xClientId: string;
  xClientSecret: string;
  xAuthorizeUrl: string;
}

export interface PlatformSimulator {
  url: string;
  /** What META_GRAPH_URL should be, version included. */
  graphUrl: string;
  /** What X_API_URL should be. */
  xUrl: string;
  accounts: Record<Platform, SimAccount>;
  /** A second Page and its Instagram account, not connected by the demo (see demo-accounts.ts). */
  spareAccounts: { facebook: SimAccount; instagram: SimAccount };
  tokens: { graph: string; x: string };
  /** What to give Schoolgate for OAuth (the apps' ids and secrets, and the sign-in pages). */
  oauth: SimulatorOAuthSettings;
  /** Every token of that API stops working, as when someone removes the app or changes the password. */
  revokeTokens(api: TokenApi): void;
  /**
   * Does what a person does on the sign-in page at `authoriseUrl` (Meta's dialog or X's authorise page): allows,
   * unticking `decline`, or cancels. Answers the URL the browser is sent back to (Schoolgate's callback).
   */
  consent(authoriseUrl: string, options?: { decline?: string[]; cancel?: boolean }): Promise<string>;
  addPostTo(accountId: string, text: string): SimPost;
  state: SimulatorState;
  deliveries: readonly SimDelivery[];
  addPost(platform: Platform, text: string): SimPost;
  /** Someone comments; Facebook and Instagram deliver a signed webhook before this resolves. */
  comment(input: NewComment): Promise<PeopleActionResult>;
  editComment(commentId: string, text: string): Promise<PeopleActionResult>;
  removeComment(commentId: string): Promise<PeopleActionResult>;
  /** Someone writes privately to the platform's demo account (or `accountId`); the webhook is delivered first. */
  message(input: {
    platform: 'facebook' | 'instagram';
    from: SimAuthor;
    text: string;
    accountId?: string;
  }): Promise<{ message: SimMessage; delivery: SimDelivery }>;
  /** Every private message, both ways. */
  readonly messages: readonly SimMessage[];
  /** The next matching API call(s) fail as described. */
  failNext(rule: FaultRule): void;
  clearFaults(): void;
  /** Sends an earlier delivery again, byte for byte. */
  redeliver(deliveryId: number): Promise<SimDelivery>;
  /** Waits for webhooks the simulator sends after its API answers (echoes of hide, delete, reply). */
  flush(): Promise<void>;
  /** Makes Meta's subscription handshake against the webhook URL; ok when the challenge comes back. */
  verifyCallback(): Promise<{ ok: boolean; status: number }>;
  /** Plays a scenario, the demo school's Facebook traffic by default. */
  play(scenario?: Scenario, options?: PlayOptions): Promise<PlayReport>;
  stop(): Promise<void>;
}

export const SIMULATOR_GRAPH_TOKEN = 'simulated-page-access-token';
export const SIMULATOR_X_TOKEN = 'simulated-x-user-token';

export async function startPlatformSimulator(options: PlatformSimulatorOptions): Promise<PlatformSimulator> {
  const now = options.now ?? (() => new Date());
  const state = new SimulatorState();
  const tokens = new SimTokens(now);
  const accounts: Record<Platform, SimAccount> = {
    facebook: state.addAccount({ platform: 'facebook', ...DEMO_ACCOUNTS.facebook }),
    instagram: state.addAccount({ platform: 'instagram', ...DEMO_ACCOUNTS.instagram }),
    x: state.addAccount({ platform: 'x', ...DEMO_ACCOUNTS.x }),
  };
  const spareAccounts = {
    facebook: state.addAccount({ platform: 'facebook', ...SPARE_ACCOUNTS.facebook }),
    instagram: state.addAccount({ platform: 'instagram', ...SPARE_ACCOUNTS.instagram }),
  };
  state.linkedInstagram.set(accounts.facebook.id, accounts.instagram.id);
  state.linkedInstagram.set(spareAccounts.facebook.id, spareAccounts.instagram.id);
  const deliverer = new WebhookDeliverer({
    appSecret: options.appSecret,
    webhookUrl: options.webhookUrl,
    timeoutMs: options.deliveryTimeoutMs ?? 5_000,
    now,
  });
  const ctx: SimulatorContext = {
    state,
    faults: new FaultQueue(),
    deliverer,
    graphAccessToken: options.graphAccessToken ?? SIMULATOR_GRAPH_TOKEN,
    xBearerToken: options.xBearerToken ?? SIMULATOR_X_TOKEN,
    tokens,
    apps: { ...SIMULATOR_APPS, metaAppSecret: options.appSecret },
    now,
  };
  // The fixed tokens the demo and the tests connect with; they act for every simulated account and never expire.
  tokens.add(ctx.graphAccessToken, { api: 'graph', kind: 'page', scopes: [], expiresAt: null });
  tokens.add(ctx.xBearerToken, { api: 'x', kind: 'x', scopes: [], expiresAt: null });

  // Closing must not wait for a request the fault queue is deliberately holding open.
  const app = Fastify({ logger: false, forceCloseConnections: true });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  // Pictures and videos come as multipart bodies (Facebook's `source`, X's `media`): fields as strings, files as
  // bytes. Facebook takes a post's whole video (50 MB at most in Schoolgate) in one request.
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: 64 * 1024 * 1024 },
    async (request: { headers: Record<string, string | string[] | undefined> }, body: Buffer) => {
      const form = await new Response(body, {
        headers: { 'content-type': String(request.headers['content-type']) },
      }).formData();
      const parsed: Record<string, unknown> = {};
      for (const [key, value] of form.entries()) {
        parsed[key] =
          typeof value === 'string'
            ? value
            : { type: value.type, name: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
      }
      return parsed;
    },
  );
  registerMediaRoutes(app, ctx);
  registerVideoRoutes(app, ctx);
  registerGraphRoutes(app, ctx);
  registerXRoutes(app, ctx);
  registerOAuthRoutes(app, ctx);
  registerControlRoutes(app, ctx);
  registerMessageRoutes(app, ctx);
  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;

  return {
    url,
    graphUrl: `${url}/graph/${options.graphVersion ?? 'v21.0'}`,
    xUrl: `${url}/x`,
    accounts,
    spareAccounts,
    tokens: { graph: ctx.graphAccessToken, x: ctx.xBearerToken },
    oauth: {
      metaAppId: SIMULATOR_APPS.metaAppId,
      metaDialogUrl: `${url}/oauth/meta/dialog`,
      xClientId: SIMULATOR_APPS.xClientId,
      xClientSecret: SIMULATOR_APPS.xClientSecret,
      xAuthorizeUrl: `${url}/oauth/x/authorize`,
    },
    revokeTokens: (api) => tokens.revokeAll(api),
    consent: (authoriseUrl, consentOptions = {}) => consentAt(authoriseUrl, consentOptions),
    addPostTo: (accountId, text) => state.addPost(accountId, text, now()),
    state,
    get deliveries() {
      return deliverer.deliveries;
    },
    addPost: (platform, text) => state.addPost(accounts[platform].id, text, now()),
    comment: (input) => postComment(ctx, input),
    editComment: (id, text) => editComment(ctx, id, text),
    removeComment: (id) => removeOwnComment(ctx, id),
    message: (input) =>
      sendPrivateMessage(ctx, { ...input, accountId: input.accountId ?? accounts[input.platform].id }),
    get messages() {
      return simMessages(ctx);
    },
    failNext: (rule) => ctx.faults.add(rule),
    clearFaults: () => ctx.faults.clear(),
    redeliver: (id) => deliverer.redeliver(id),
    flush: () => deliverer.flush(),
    verifyCallback: async () => {
      if (!options.webhookUrl) return { ok: false, status: 0 };
      const challenge = randomBytes(8).toString('hex');
      const query = new URLSearchParams({
        'hub.mode': 'subscribe',
        'hub.verify_token': options.verifyToken,
        'hub.challenge': challenge,
      });
      const response = await fetch(`${options.webhookUrl}?${query.toString()}`, {
        signal: AbortSignal.timeout(options.deliveryTimeoutMs ?? 5_000),
      });
      const body = await response.text();
      return { ok: response.status === 200 && body === challenge, status: response.status };
    },
    play: (scenario = DEMO_SCHOOL_SCENARIO, playOptions) => playScenario(ctx, scenario, playOptions),
    stop: async () => {
      await deliverer.flush();
      await app.close();
    },
  };
}

/** What a person does on a simulated sign-in page, done over HTTP: read the form, untick, submit, follow nothing. */
async function consentAt(authoriseUrl: string, options: { decline?: string[]; cancel?: boolean }): Promise<string> {
  const target = new URL(authoriseUrl);
  const asked = new URLSearchParams(target.search);
  const scopes = (asked.get('scope') ?? '').split(/[ ,]+/).filter(Boolean);
  const form = new URLSearchParams({
    redirect_uri: asked.get('redirect_uri') ?? '',
    state: asked.get('state') ?? '',
    scope: target.pathname.includes('/x/') ? scopes.join(' ') : scopes.join(','),
    choice: options.cancel ? 'cancel' : 'allow',
  });
  if (asked.get('code_challenge')) form.set('code_challenge', asked.get('code_challenge')!);
  for (const scope of scopes) if (!options.decline?.includes(scope)) form.set(`scope_${scope}`, 'on');
  const page = await fetch(authoriseUrl);
  if (page.status !== 200) throw new Error(`The sign-in page answered ${page.status}: ${await page.text()}`);
  const answer = await fetch(`${target.origin}${target.pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (!location) throw new Error(`The sign-in page did not send the browser back (status ${answer.status})`);
  return location;
}
