// Private messages to the school's accounts in the moderation queue (issue 10): thin handlers over
// use-cases/messages/conversations.ts.
import {
  ConversationDetail,
  ConversationReplyRequest,
  ConversationReplyResponse,
  ConversationsQuery,
  ConversationsResponse,
  ErrorResponse,
  IdParams,
  MESSAGES_API,
} from '@schoolgate/contracts';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import {
  getConversation,
  listConversations,
  markConversationReviewed,
  replyToConversation,
} from '../use-cases/messages/conversations.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['moderation'];

export function messagesRoutes(app: App, ctx: AppContext) {
  const actor = async (request: FastifyRequest) => (await signedIn(ctx, request)).actor;
  app.get(
    MESSAGES_API.conversations,
    { schema: { tags, querystring: ConversationsQuery, response: { 200: ConversationsResponse, ...errors } } },
    async (request) => listConversations(ctx, await actor(request), request.query),
  );
  app.get(
    '/api/moderation/conversations/:id',
    { schema: { tags, params: IdParams, response: { 200: ConversationDetail, ...errors } } },
    async (request) => getConversation(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/moderation/conversations/:id/reply',
    {
      schema: {
        tags,
        params: IdParams,
        body: ConversationReplyRequest,
        response: { 200: ConversationReplyResponse, ...errors, 422: ErrorResponse },
      },
    },
    async (request) => replyToConversation(ctx, await actor(request), request.params.id, request.body),
  );
  app.post(
    '/api/moderation/conversations/:id/reviewed',
    { schema: { tags, params: IdParams, response: { 200: ConversationDetail, ...errors } } },
    async (request) => markConversationReviewed(ctx, await actor(request), request.params.id),
  );
}
