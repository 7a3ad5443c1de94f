import {
  ACCOUNTS_API,
  AccountRegisterResponse,
  AccountRequestItem,
  AccountRequestsResponse,
  CreateAccountRequest,
  DecideAccountRequest,
  ErrorResponse,
  HeadConsentRequest,
  IdParams,
  StaffOptionsResponse,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { getAccountRegister, getAccountsNeedingAttention } from '../use-cases/accounts/account-register.ts';
import { consentToAccountRequest } from '../use-cases/accounts/consent-to-account-request.ts';
import { decideAccountRequest } from '../use-cases/accounts/decide-account-request.ts';
import { listAccountRequests, listRunnerOptions } from '../use-cases/accounts/list-account-requests.ts';
import { requestAccount } from '../use-cases/accounts/request-account.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function accountsRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;
  const tags = ['accounts'];

  app.get(
    ACCOUNTS_API.register,
    { schema: { tags, response: { 200: AccountRegisterResponse, ...errors } } },
    async (request) => getAccountRegister(ctx, await actor(request)),
  );
  app.get(
    ACCOUNTS_API.attention,
    { schema: { tags, response: { 200: AccountRegisterResponse, ...errors } } },
    async (request) => getAccountsNeedingAttention(ctx, await actor(request)),
  );
  app.get(
    ACCOUNTS_API.staffOptions,
    { schema: { tags, response: { 200: StaffOptionsResponse, ...errors } } },
    async (request) => listRunnerOptions(ctx, await actor(request)),
  );
  app.get(
    ACCOUNTS_API.requests,
    { schema: { tags, response: { 200: AccountRequestsResponse, ...errors } } },
    async (request) => listAccountRequests(ctx, await actor(request)),
  );
  app.post(
    ACCOUNTS_API.requests,
    { schema: { tags, body: CreateAccountRequest, response: { 201: AccountRequestItem, ...errors } } },
    async (request, reply) => reply.status(201).send(await requestAccount(ctx, await actor(request), request.body)),
  );
  app.post(
    '/api/accounts/requests/:id/decision',
    {
      schema: { tags, params: IdParams, body: DecideAccountRequest, response: { 200: AccountRequestItem, ...errors } },
    },
    async (request) => decideAccountRequest(ctx, await actor(request), request.params.id, request.body),
  );
  app.post(
    '/api/accounts/requests/:id/consent',
    { schema: { tags, params: IdParams, body: HeadConsentRequest, response: { 200: AccountRequestItem, ...errors } } },
    async (request) => consentToAccountRequest(ctx, await actor(request), request.params.id, request.body),
  );
}
