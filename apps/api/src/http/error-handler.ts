// Turns every thrown error into the one error shape. Unknown errors become a 500 whose message says
// nothing of the internals; they are logged with the request id (never the body, which may hold
// children's personal data).
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '@schoolgate/domain';
import type { ErrorResponse } from '@schoolgate/contracts';
import { ERROR_STATUS } from './error-status.ts';
import { isUniqueViolation, safeError } from '../logging/safe-error.ts';

const humanField = (path: string) => path.replace(/^\//, '').replace(/\//g, '.') || 'body';

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      // A coded error on our side (the file storage) is logged by its code and what it names (a file's id, never
      // a name or the file's contents); a person's mistake (4xx) is not.
      if (ERROR_STATUS[error.code] >= 500) {
        request.log.error({ code: error.code, ...error.logDetails, err: safeError(error) }, 'request failed');
      }
      const body: ErrorResponse = {
        error: { code: error.code, message: error.message, ...(error.fields.length ? { fields: error.fields } : {}) },
      };
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(ERROR_STATUS[error.code]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        field: humanField(v.instancePath),
        message: v.message ?? 'Not valid.',
      }));
      const first = fields[0];
      const body: ErrorResponse = {
        error: {
          code: 'VALIDATION_FAILED',
          // The field's own message is already written for people ("Enter the first name."); the field's code name
          // stays in `fields` for the form to place it.
          message: first ? first.message : 'The request is not valid.',
          fields,
        },
      };
      return reply.status(400).send(body);
    }
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      // Fastify's own client errors: a body that is not JSON, too large, a wrong content type.
      const body: ErrorResponse = { error: { code: 'VALIDATION_FAILED', message: (error as FastifyError).message } };
      return reply.status(status).send(body);
    }
    if (isUniqueViolation(error)) {
      const body: ErrorResponse = {
        error: { code: 'CONFLICT', message: 'That record already exists: check the MIS id or email address.' },
      };
      return reply.status(409).send(body);
    }
    request.log.error({ err: safeError(error) }, 'request failed');
    const body: ErrorResponse = {
      error: { code: 'INTERNAL', message: 'Something went wrong on our side. It has been logged; please try again.' },
    };
    return reply.status(500).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorResponse = {
      error: {
        code: 'NOT_FOUND',
        message: `There is no ${request.method} ${request.routeOptions.url ?? 'endpoint'} here.`,
      },
    };
    return reply.status(404).send(body);
  });
}
