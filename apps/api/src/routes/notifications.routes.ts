import {
  API,
  ErrorResponse,
  MarkNotificationsReadRequest,
  NotificationListResponse,
  OkResponse,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { listMyNotifications, markMyNotificationsRead } from '../use-cases/notifications/my-notifications.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };

export function notificationsRoutes(app: App, ctx: AppContext) {
  app.get(
    API.notifications,
    { schema: { tags: ['notifications'], response: { 200: NotificationListResponse, ...errors } } },
    async (request) => listMyNotifications(ctx, (await signedIn(ctx, request)).actor),
  );
  app.post(
    API.notificationsRead,
    {
      schema: { tags: ['notifications'], body: MarkNotificationsReadRequest, response: { 200: OkResponse, ...errors } },
    },
    async (request) => {
      await markMyNotificationsRead(ctx, (await signedIn(ctx, request)).actor, request.body);
      return { ok: true as const };
    },
  );
}
