// Staff suggestions for posts (issue 11), and what the policy lets a post be about. Handlers parse, call one use case
// and present.
import {
  DeclineSuggestionRequest,
  DraftFromSuggestionRequest,
  ErrorResponse,
  IdParams,
  PostDetail,
  PostOptionsResponse,
  PostSuggestionDto,
  PostSuggestionList,
  PostSuggestionListQuery,
  POST_SUGGESTIONS_API,
  SuggestPostRequest,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import {
  declineSuggestion,
  draftFromSuggestion,
  listSuggestions,
  postOptions,
  suggestPost,
} from '../use-cases/posts/post-suggestions.ts';
import type { App } from './route-types.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
};
const tags = ['posts'];

export function postSuggestionsRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get(
    POST_SUGGESTIONS_API.postOptions,
    { schema: { tags, response: { 200: PostOptionsResponse, ...errors } } },
    async (request) => postOptions(ctx, await actor(request)),
  );
  app.get(
    POST_SUGGESTIONS_API.suggestions,
    { schema: { tags, querystring: PostSuggestionListQuery, response: { 200: PostSuggestionList, ...errors } } },
    async (request) => listSuggestions(ctx, await actor(request), request.query),
  );
  app.post(
    POST_SUGGESTIONS_API.suggestions,
    { schema: { tags, body: SuggestPostRequest, response: { 201: PostSuggestionDto, ...errors } } },
    async (request, reply) => reply.status(201).send(await suggestPost(ctx, await actor(request), request.body)),
  );
  app.post(
    '/api/post-suggestions/:id/draft',
    { schema: { tags, params: IdParams, body: DraftFromSuggestionRequest, response: { 201: PostDetail, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await draftFromSuggestion(ctx, await actor(request), request.params.id, request.body)),
  );
  app.post(
    '/api/post-suggestions/:id/decline',
    {
      schema: {
        tags,
        params: IdParams,
        body: DeclineSuggestionRequest,
        response: { 200: PostSuggestionList, ...errors },
      },
    },
    async (request) => declineSuggestion(ctx, await actor(request), request.params.id, request.body.reason),
  );
}
