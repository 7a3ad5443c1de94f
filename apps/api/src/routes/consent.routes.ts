// The consent register and the do-not-publish list: thin handlers over the consent use cases.
import {
  API,
  ConsentRegisterQuery,
  ConsentRegisterResponse,
  ErrorResponse,
  IdParams,
  PublicationRestrictionResponse,
  PupilConsentResponse,
  RecordConsentRequest,
  SetPublicationRestrictionRequest,
  WithdrawConsentRequest,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { getPupilConsent, listConsentRegister } from '../use-cases/consent/consent-register.ts';
import { recordConsent, withdrawConsent } from '../use-cases/consent/record-consent.ts';
import { setPublicationRestriction, viewPublicationRestriction } from '../use-cases/consent/publication-restriction.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['consent'];

export function consentRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get(
    API.consentRegister,
    { schema: { tags, querystring: ConsentRegisterQuery, response: { 200: ConsentRegisterResponse, ...errors } } },
    async (request) => listConsentRegister(ctx, await actor(request), request.query),
  );
  app.get(
    '/api/consent/pupils/:id',
    { schema: { tags, params: IdParams, response: { 200: PupilConsentResponse, ...errors } } },
    async (request) => getPupilConsent(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/consent/pupils/:id/decisions',
    {
      schema: {
        tags,
        params: IdParams,
        body: RecordConsentRequest,
        response: { 200: PupilConsentResponse, ...errors },
      },
    },
    async (request) => recordConsent(ctx, await actor(request), request.params.id, request.body),
  );
  app.post(
    '/api/consent/pupils/:id/withdrawals',
    {
      schema: {
        tags,
        params: IdParams,
        body: WithdrawConsentRequest,
        response: { 200: PupilConsentResponse, ...errors },
      },
    },
    async (request) => withdrawConsent(ctx, await actor(request), request.params.id, request.body),
  );
  app.get(
    '/api/consent/pupils/:id/restriction',
    { schema: { tags, params: IdParams, response: { 200: PublicationRestrictionResponse, ...errors } } },
    async (request) => viewPublicationRestriction(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/consent/pupils/:id/restriction',
    {
      schema: {
        tags,
        params: IdParams,
        body: SetPublicationRestrictionRequest,
        response: { 200: PublicationRestrictionResponse, ...errors },
      },
    },
    async (request) => setPublicationRestriction(ctx, await actor(request), request.params.id, request.body),
  );
}
