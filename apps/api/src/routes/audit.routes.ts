import { API, AuditListQuery, AuditListResponse, AuditVerifyResponse, ErrorResponse } from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { listAudit, verifyAudit } from '../use-cases/audit/audit-log.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };

export function auditRoutes(app: App, ctx: AppContext) {
  app.get(
    API.audit,
    { schema: { tags: ['audit'], querystring: AuditListQuery, response: { 200: AuditListResponse, ...errors } } },
    async (request) => listAudit(ctx, (await signedIn(ctx, request)).actor, request.query),
  );
  app.post(
    API.auditVerify,
    { schema: { tags: ['audit'], response: { 200: AuditVerifyResponse, ...errors } } },
    async (request) => verifyAudit(ctx, (await signedIn(ctx, request)).actor),
  );
}
