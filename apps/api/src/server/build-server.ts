// Assembles the HTTP server: plugins, the error table, the routes, the OpenAPI document and the web app.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { installErrorHandler } from '../http/error-handler.ts';
import { installSecurityHeaders } from '../http/security-headers.ts';
import { auditRoutes } from '../routes/audit.routes.ts';
import { authRoutes } from '../routes/auth.routes.ts';
import { healthRoutes } from '../routes/health.routes.ts';
import { peopleRoutes } from '../routes/people.routes.ts';
import { notificationsRoutes } from '../routes/notifications.routes.ts';
import { webhookRoutes } from '../routes/webhooks.routes.ts';
import { moderationRoutes } from '../routes/moderation.routes.ts';
import { messagesRoutes } from '../routes/messages.routes.ts';
import { acceptanceRoutes } from '../routes/acceptance.routes.ts';
import { trainingRoutes } from '../routes/training.routes.ts';
import { consentRoutes } from '../routes/consent.routes.ts';
import { policyRoutes } from '../routes/policy.routes.ts';
import { policyHistoryRoutes } from '../routes/policy-history.routes.ts';
import { policyContentRoutes } from '../routes/policy-content.routes.ts';
// Concerns (issue 12)
import { concernsRoutes } from '../routes/concerns.routes.ts';
import { stewardshipRoutes } from '../routes/stewardship.routes.ts';
import { postsRoutes } from '../routes/posts.routes.ts';
import { postMediaRoutes } from '../routes/post-media.routes.ts';
import { postVideosRoutes } from '../routes/post-videos.routes.ts';
import { postSuggestionsRoutes } from '../routes/post-suggestions.routes.ts';
import type { App } from '../routes/route-types.ts';
import { serveWebApp } from './serve-web-app.ts';
import { setupRoutes } from '../routes/setup.routes.ts';
import { accountConnectionsRoutes } from '../routes/account-connections.routes.ts';
import { accountsRoutes } from '../routes/accounts.routes.ts';
import { reportsRoutes } from '../routes/reports.routes.ts';
import { signInRoutes } from '../routes/sign-in.routes.ts';
// Data protection (issue 13)
import { dataProtectionRoutes } from '../routes/data-protection.routes.ts';

export interface ServerOptions {
  /** Where the built web app is; omitted or missing: the API only. */
  webDir?: string;
  /** false, the number of proxies in front, or their addresses (comma-separated, CIDR allowed). */
  trustProxy?: false | number | string;
}

const routeLists = new WeakMap<object, Array<{ method: string; url: string }>>();
export const registeredRoutes = (app: object) => routeLists.get(app) ?? [];

export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<App> {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    // A number of proxies becomes "trust the nearest N hops" (proxy-addr's rule), addresses are passed as they are.
    trustProxy:
      typeof options.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(options.trustProxy)
        : (options.trustProxy ?? false),
    // Log the route pattern, never the URL: query strings can hold a child's name.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  // Every route, for the permission matrix test to check that none is left out.
  const registered: Array<{ method: string; url: string }> = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') registered.push({ method, url: route.url });
  });
  routeLists.set(app, registered);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app, { https: ctx.config.COOKIE_SECURE });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: { info: { title: 'Schoolgate API', version: ctx.version }, servers: [] },
    transform: jsonSchemaTransform,
  });

  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  peopleRoutes(app, ctx);
  auditRoutes(app, ctx);
  notificationsRoutes(app, ctx);
  await webhookRoutes(app, ctx);
  moderationRoutes(app, ctx);
  acceptanceRoutes(app, ctx);
  trainingRoutes(app, ctx);
  consentRoutes(app, ctx);
  policyRoutes(app, ctx);
  setupRoutes(app, ctx);
  accountsRoutes(app, ctx);
  accountConnectionsRoutes(app, ctx);
  // Concerns (issue 12)
  concernsRoutes(app, ctx);
  // Governors' reports and dashboards (issue 14)
  reportsRoutes(app, ctx);
  // Looking after official accounts (issue 10)
  stewardshipRoutes(app, ctx);
  // Sign-in with the school's identity provider, invitations (issue 13)
  signInRoutes(app, ctx);
  // Data protection (issue 13)
  dataProtectionRoutes(app, ctx);
  // Posts (issue 11)
  postsRoutes(app, ctx);
  // Posts' images to the platforms, take-downs through their APIs (issue 11)
  postMediaRoutes(app, ctx);
  postVideosRoutes(app, ctx);
  postSuggestionsRoutes(app, ctx);
  // Private messages to the school's accounts (issue 10)
  messagesRoutes(app, ctx);
  // The policy's imported version history (issue 15)
  policyHistoryRoutes(app, ctx);
  // The policy in the school's own words (issue 15)
  policyContentRoutes(app, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (options.webDir && fs.existsSync(path.join(options.webDir, 'index.html'))) await serveWebApp(app, options.webDir);
  return app;
}
