// The policy's words (issue 15): a version's sections, clauses, Statement of Acceptance and responsible person, read
// by everyone the policy binds and changed on the open draft by the head; the trust's default words and locks.
import {
  API,
  ErrorResponse,
  IdParams,
  PolicyContentResponse,
  PolicyMarkdownPreviewRequest,
  PolicyMarkdownPreviewResponse,
  UpdatePolicyContentRequest,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { getTrustContent, getVersionContent } from '../use-cases/policy/get-policy-content.ts';
import { previewPolicyMarkdown } from '../use-cases/policy/preview-policy-markdown.ts';
import { updatePolicyContent } from '../use-cases/policy/update-policy-content.ts';
import { updateTrustContent } from '../use-cases/policy/update-trust-content.ts';
import type { App } from './route-types.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
};
const tags = ['policy'];
const response = { 200: PolicyContentResponse, ...errors };

export function policyContentRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get('/api/policy/versions/:id/content', { schema: { tags, params: IdParams, response } }, async (request) =>
    getVersionContent(ctx, await actor(request), request.params.id),
  );
  app.put(
    '/api/policy/versions/:id/content',
    { schema: { tags, params: IdParams, body: UpdatePolicyContentRequest, response } },
    async (request) => updatePolicyContent(ctx, await actor(request), request.params.id, request.body),
  );
  app.get(API.trustPolicyContent, { schema: { tags, response } }, async (request) =>
    getTrustContent(ctx, await actor(request)),
  );
  app.put(API.trustPolicyContent, { schema: { tags, body: UpdatePolicyContentRequest, response } }, async (request) =>
    updateTrustContent(ctx, await actor(request), request.body),
  );
  app.post(
    API.policyMarkdownPreview,
    {
      schema: { tags, body: PolicyMarkdownPreviewRequest, response: { 200: PolicyMarkdownPreviewResponse, ...errors } },
    },
    async (request) => previewPolicyMarkdown(await actor(request), request.body.markdown),
  );
}
