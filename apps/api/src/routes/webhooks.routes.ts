// Meta's webhooks for Facebook Pages and Instagram. Not behind a session: each delivery is authenticated by its
// X-Hub-Signature-256, checked over the raw bytes. A verified delivery is stored, then acknowledged at once;
// processing runs in a job (Meta retries deliveries that are not acknowledged quickly).
import type { FastifyBaseLogger } from 'fastify';
import type { App } from './route-types.ts';
import { AppError } from '@schoolgate/domain';
import type { AppContext } from '../app-context.ts';
import { answerVerificationHandshake } from '../connectors/graph/verification-handshake.ts';
import { META_SIGNATURE_HEADER, verifyMetaSignature } from '../connectors/graph/webhook-signature.ts';
import { PROCESS_DELIVERIES_JOB } from '../jobs/process-deliveries.job.ts';
import { finishReceivingDeliveries, receiveDelivery } from '../use-cases/moderation/receive-delivery.ts';

export const META_WEBHOOK_PATH = '/api/webhooks/meta';
const OBJECT_TO_PLATFORM: Record<string, 'facebook' | 'instagram'> = { page: 'facebook', instagram: 'instagram' };

export async function webhookRoutes(app: App, ctx: AppContext) {
  // Only inside this plugin are JSON bodies kept as bytes: the signature is over exactly what was sent.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'buffer', bodyLimit: 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );
    // Stopping: the server has stopped taking requests; deliveries still gathered for a batch are stored first.
    scope.addHook('onClose', async () => finishReceivingDeliveries(ctx));

    scope.get(META_WEBHOOK_PATH, { schema: { hide: true } }, async (request, reply) => {
      const answer = answerVerificationHandshake(
        request.query as Record<string, unknown>,
        ctx.platforms.metaVerifyToken,
      );
      return reply.status(answer.status).type('text/plain; charset=utf-8').send(answer.body);
    });

    // Deliveries come by the thousand a second: the route logs with the process's logger (only a refused signature)
    // rather than making a child logger per request, whose bindings cost more than the rest of the route's own work.
    const sameLogger = (logger: FastifyBaseLogger) => logger;
    scope.post(
      META_WEBHOOK_PATH,
      { schema: { hide: true }, childLoggerFactory: sameLogger },
      async (request, reply) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const check = verifyMetaSignature(raw, request.headers[META_SIGNATURE_HEADER], ctx.platforms.metaAppSecret);
        if (!check.valid) {
          request.log.warn({ reasonCode: check.reason }, 'webhook signature refused');
          throw new AppError('NOT_SIGNED_IN', 'The delivery is not signed with this deployment’s app secret.');
        }
        let platform: 'facebook' | 'instagram' | undefined;
        try {
          platform = OBJECT_TO_PLATFORM[(JSON.parse(raw.toString('utf8')) as { object?: string }).object ?? ''];
        } catch {
          throw new AppError('VALIDATION_FAILED', 'The delivery is not JSON.');
        }
        if (!platform)
          throw new AppError('VALIDATION_FAILED', 'The delivery is not for a Page or an Instagram account.');
        const id = await receiveDelivery(ctx, { platform, rawBody: raw });
        ctx.jobs?.trigger(PROCESS_DELIVERIES_JOB);
        return reply.status(200).send({ received: true, delivery: id });
      },
    );
  });
}
