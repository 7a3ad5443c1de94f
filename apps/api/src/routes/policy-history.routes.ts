// A school's earlier policy versions (issue 15): read by everyone the policy binds, changed by those who change the
// policy, imported from pasted CSV with a preview first.
import {
  API,
  ErrorResponse,
  IdParams,
  ImportPolicyHistoryRequest,
  ImportPolicyHistoryResponse,
  PolicyHistoryEntry,
  PolicyHistoryEntryRequest,
  PolicyHistoryListResponse,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import {
  addPolicyHistoryEntry,
  deletePolicyHistoryEntry,
  importPolicyHistory,
  listPolicyHistory,
  updatePolicyHistoryEntry,
} from '../use-cases/policy-history/policy-history.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['policy'];

export function policyHistoryRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;
  const list = { 200: PolicyHistoryListResponse, ...errors };
  const entry = { 200: PolicyHistoryEntry, ...errors };

  app.get(API.policyHistory, { schema: { tags, response: list } }, async (request) =>
    listPolicyHistory(ctx, await actor(request)),
  );
  app.post(API.policyHistory, { schema: { tags, body: PolicyHistoryEntryRequest, response: entry } }, async (request) =>
    addPolicyHistoryEntry(ctx, await actor(request), request.body),
  );
  app.post(
    API.policyHistoryImport,
    { schema: { tags, body: ImportPolicyHistoryRequest, response: { 200: ImportPolicyHistoryResponse, ...errors } } },
    async (request) => importPolicyHistory(ctx, await actor(request), request.body),
  );
  app.patch(
    '/api/policy/history/:id',
    { schema: { tags, params: IdParams, body: PolicyHistoryEntryRequest, response: entry } },
    async (request) => updatePolicyHistoryEntry(ctx, await actor(request), request.params.id, request.body),
  );
  app.delete('/api/policy/history/:id', { schema: { tags, params: IdParams, response: list } }, async (request) => {
    const who = await actor(request);
    await deletePolicyHistoryEntry(ctx, who, request.params.id);
    return listPolicyHistory(ctx, who);
  });
}
