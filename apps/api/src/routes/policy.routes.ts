// The policy as data: settings (school and trust), templates, versions, and the document as a PDF.
import {
  API,
  ApplyPolicyTemplateRequest,
  ApprovePolicyVersionRequest,
  DraftPolicyVersionRequest,
  ErrorResponse,
  IdParams,
  PolicyOverviewResponse,
  PolicySettingsResponse,
  PolicyVersionDetail,
  PolicyVersionListResponse,
  ResetPolicyFieldsRequest,
  UpdatePolicySettingsRequest,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { approvePolicyVersion } from '../use-cases/policy/approve-policy-version.ts';
import { draftPolicyVersion, refreshPolicyVersion } from '../use-cases/policy/draft-policy-version.ts';
import { getPolicyDocx } from '../use-cases/policy/get-policy-docx.ts';
import { getPolicyPdf } from '../use-cases/policy/get-policy-pdf.ts';
import { getSchoolPolicySettings, getTrustPolicySettings } from '../use-cases/policy/get-policy-settings.ts';
import { getPolicyOverview, getPolicyVersion, listPolicyVersions } from '../use-cases/policy/list-policy-versions.ts';
import { publishPolicyVersion } from '../use-cases/policy/publish-policy-version.ts';
import {
  applySchoolTemplate,
  resetSchoolPolicyFields,
  updateSchoolPolicy,
} from '../use-cases/policy/update-school-policy.ts';
import { applyTrustTemplate, updateTrustPolicy } from '../use-cases/policy/update-trust-policy.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['policy'];

export function policyRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;
  const settings = { 200: PolicySettingsResponse, ...errors };
  const version = { 200: PolicyVersionDetail, ...errors };

  app.get(API.policy, { schema: { tags, response: { 200: PolicyOverviewResponse, ...errors } } }, async (request) =>
    getPolicyOverview(ctx, await actor(request)),
  );

  app.get(API.policySettings, { schema: { tags, response: settings } }, async (request) =>
    getSchoolPolicySettings(ctx, await actor(request)),
  );
  app.patch(
    API.policySettings,
    { schema: { tags, body: UpdatePolicySettingsRequest, response: settings } },
    async (request) => updateSchoolPolicy(ctx, await actor(request), request.body.changes),
  );
  app.post(
    API.policySettingsReset,
    { schema: { tags, body: ResetPolicyFieldsRequest, response: settings } },
    async (request) => resetSchoolPolicyFields(ctx, await actor(request), request.body.fields),
  );
  app.post(
    API.policySettingsTemplate,
    { schema: { tags, body: ApplyPolicyTemplateRequest, response: settings } },
    async (request) => applySchoolTemplate(ctx, await actor(request), request.body.templateId),
  );

  app.get(API.trustPolicySettings, { schema: { tags, response: settings } }, async (request) =>
    getTrustPolicySettings(ctx, await actor(request)),
  );
  app.patch(
    API.trustPolicySettings,
    { schema: { tags, body: UpdatePolicySettingsRequest, response: settings } },
    async (request) => updateTrustPolicy(ctx, await actor(request), request.body.changes),
  );
  app.post(
    API.trustPolicySettingsTemplate,
    { schema: { tags, body: ApplyPolicyTemplateRequest, response: settings } },
    async (request) => applyTrustTemplate(ctx, await actor(request), request.body.templateId),
  );

  app.get(
    API.policyVersions,
    { schema: { tags, response: { 200: PolicyVersionListResponse, ...errors } } },
    async (request) => listPolicyVersions(ctx, await actor(request)),
  );
  app.post(
    API.policyVersions,
    { schema: { tags, body: DraftPolicyVersionRequest, response: version } },
    async (request) => draftPolicyVersion(ctx, await actor(request), request.body),
  );
  app.get('/api/policy/versions/:id', { schema: { tags, params: IdParams, response: version } }, async (request) =>
    getPolicyVersion(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/policy/versions/:id/refresh',
    { schema: { tags, params: IdParams, response: version } },
    async (request) => refreshPolicyVersion(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/policy/versions/:id/approve',
    { schema: { tags, params: IdParams, body: ApprovePolicyVersionRequest, response: version } },
    async (request) => approvePolicyVersion(ctx, await actor(request), request.params.id, request.body),
  );
  app.post(
    '/api/policy/versions/:id/publish',
    { schema: { tags, params: IdParams, response: version } },
    async (request) => publishPolicyVersion(ctx, await actor(request), request.params.id),
  );
  app.get('/api/policy/versions/:id/pdf', { schema: { tags, params: IdParams } }, async (request, reply) => {
    const { fileName, pdf } = await getPolicyPdf(ctx, await actor(request), request.params.id);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
  app.get('/api/policy/versions/:id/docx', { schema: { tags, params: IdParams } }, async (request, reply) => {
    const { fileName, docx } = await getPolicyDocx(ctx, await actor(request), request.params.id);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .send(docx);
  });
}
