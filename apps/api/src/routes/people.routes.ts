import {
  API,
  CreateStaffRequest,
  ErrorResponse,
  IdParams,
  ImportRequest,
  ImportResponse,
  Pupil,
  PupilListQuery,
  PupilListResponse,
  StaffListQuery,
  StaffListResponse,
  StaffMember,
  UpdateStaffRequest,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { createStaff } from '../use-cases/staff/create-staff.ts';
import { deactivateStaff } from '../use-cases/staff/deactivate-staff.ts';
import { getStaffMember, listStaff } from '../use-cases/staff/list-staff.ts';
import { updateStaff } from '../use-cases/staff/update-staff.ts';
import { reactivateStaff } from '../use-cases/staff/reactivate-staff.ts';
import { getPupil, listPupils } from '../use-cases/pupils/list-pupils.ts';
import { importPeople } from '../use-cases/people/import-people.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function peopleRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get(
    API.staff,
    { schema: { tags: ['staff'], querystring: StaffListQuery, response: { 200: StaffListResponse, ...errors } } },
    async (request) => listStaff(ctx, await actor(request), request.query),
  );
  app.post(
    API.staff,
    { schema: { tags: ['staff'], body: CreateStaffRequest, response: { 201: StaffMember, ...errors } } },
    async (request, reply) => {
      const created = await createStaff(ctx, await actor(request), request.body);
      return reply.status(201).send(created);
    },
  );
  app.get(
    '/api/staff/:id',
    { schema: { tags: ['staff'], params: IdParams, response: { 200: StaffMember, ...errors } } },
    async (request) => getStaffMember(ctx, await actor(request), request.params.id),
  );
  app.patch(
    '/api/staff/:id',
    {
      schema: {
        tags: ['staff'],
        params: IdParams,
        body: UpdateStaffRequest,
        response: { 200: StaffMember, ...errors },
      },
    },
    async (request) => updateStaff(ctx, await actor(request), request.params.id, request.body),
  );
  app.post(
    '/api/staff/:id/deactivate',
    { schema: { tags: ['staff'], params: IdParams, response: { 200: StaffMember, ...errors } } },
    async (request) => deactivateStaff(ctx, await actor(request), request.params.id),
  );

  app.post(
    '/api/staff/:id/reactivate',
    { schema: { tags: ['staff'], params: IdParams, response: { 200: StaffMember, ...errors } } },
    async (request) => reactivateStaff(ctx, await actor(request), request.params.id),
  );

  app.get(
    API.pupils,
    { schema: { tags: ['pupils'], querystring: PupilListQuery, response: { 200: PupilListResponse, ...errors } } },
    async (request) => listPupils(ctx, await actor(request), request.query),
  );
  app.get(
    '/api/pupils/:id',
    { schema: { tags: ['pupils'], params: IdParams, response: { 200: Pupil, ...errors } } },
    async (request) => getPupil(ctx, await actor(request), request.params.id),
  );

  app.post(
    API.peopleImport,
    {
      bodyLimit: 12 * 1024 * 1024,
      schema: { tags: ['people'], body: ImportRequest, response: { 200: ImportResponse, ...errors } },
    },
    async (request) => importPeople(ctx, await actor(request), request.body),
  );
}
