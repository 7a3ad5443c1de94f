import {
  API,
  CreateTrainingRequest,
  ErrorResponse,
  IdParams,
  MyTrainingResponse,
  TrainingOverviewQuery,
  TrainingOverviewResponse,
  TrainingRecord,
  TrainingRemindResponse,
  UpdateTrainingRequest,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { downloadEvidence } from '../use-cases/training/download-evidence.ts';
import { recordTraining } from '../use-cases/training/record-training.ts';
import { remindTraining } from '../use-cases/training/remind-training.ts';
import { getMyTraining, getTrainingOverview } from '../use-cases/training/training-overview.ts';
import { updateTraining } from '../use-cases/training/update-training.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
// A 10 MB certificate grows by a third in base64, plus the rest of the JSON.
const UPLOAD_BODY_LIMIT = 15 * 1024 * 1024;

/** RFC 6266: a plain ASCII fallback and the real name, so any browser saves the file under a sensible name. */
const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export function trainingRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get(
    API.training,
    {
      schema: {
        tags: ['training'],
        querystring: TrainingOverviewQuery,
        response: { 200: TrainingOverviewResponse, ...errors },
      },
    },
    async (request) => getTrainingOverview(ctx, await actor(request), request.query),
  );
  app.get(
    API.trainingMine,
    { schema: { tags: ['training'], response: { 200: MyTrainingResponse, ...errors } } },
    async (request) => getMyTraining(ctx, await actor(request)),
  );
  app.post(
    API.trainingRecords,
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags: ['training'], body: CreateTrainingRequest, response: { 201: TrainingRecord, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await recordTraining(ctx, await actor(request), request.body)),
  );
  app.patch(
    '/api/training/records/:id',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['training'],
        params: IdParams,
        body: UpdateTrainingRequest,
        response: { 200: TrainingRecord, ...errors },
      },
    },
    async (request) => updateTraining(ctx, await actor(request), request.params.id, request.body),
  );
  app.get(
    '/api/training/records/:id/evidence',
    { schema: { tags: ['training'], params: IdParams } },
    async (request, reply) => {
      const file = await downloadEvidence(ctx, await actor(request), request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
  app.post(
    API.trainingRemind,
    { schema: { tags: ['training'], response: { 200: TrainingRemindResponse, ...errors } } },
    async (request) => remindTraining(ctx, await actor(request)),
  );
}
