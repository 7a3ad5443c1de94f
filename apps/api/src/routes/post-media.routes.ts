// Posts' images for the platforms and take-downs through the platforms' APIs (issue 11). The image address is the
// one endpoint here without a session: Meta fetches a post's pictures from it when publishing to Instagram, and the
// sealed token in the path is the only credential (public-image-url.ts).
import { ErrorResponse, IdParams, TakedownList } from '@schoolgate/contracts';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { removeTakedownViaApi } from '../use-cases/posts/post-takedowns.ts';
import { PUBLIC_IMAGE_PATH, publicPostImage } from '../use-cases/posts/public-image-url.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['posts'];
const ImageParams = z.object({ imageId: z.uuid() });
const TokenQuery = z.object({ token: z.string().regex(/^[A-Za-z0-9._-]{1,4096}$/, 'Not a picture address.') });

export function postMediaRoutes(app: App, ctx: AppContext) {
  app.get(
    `${PUBLIC_IMAGE_PATH}/:imageId`,
    { schema: { tags, params: ImageParams, querystring: TokenQuery } },
    async (request, reply) => {
      const image = await publicPostImage(ctx, request.params.imageId, request.query.token);
      return reply
        .header('content-type', image.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'no-referrer')
        .header('x-robots-tag', 'noindex')
        .send(image.bytes);
    },
  );
  app.post(
    '/api/posts/takedowns/:id/remove',
    { schema: { tags, params: IdParams, response: { 200: TakedownList, ...errors } } },
    async (request) => removeTakedownViaApi(ctx, (await signedIn(ctx, request)).actor, request.params.id),
  );
}
