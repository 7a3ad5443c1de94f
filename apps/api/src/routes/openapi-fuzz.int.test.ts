// Every endpoint in the OpenAPI document, sent malformed input by signed-in people of every role: wrong types, huge
// strings, NUL characters and lone surrogates, unknown fields, empty bodies, another school's ids, in every path
// parameter, query parameter and body field. None may answer 5xx: bad input is the caller's problem (4xx naming the
// field), never the server's. The cases come from the document, so an endpoint added later is attacked too; the
// generator is seeded, so a failure names a case that fails again on the next run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pupilsRepository, sessionsRepository, staffRepository } from '@schoolgate/db';
import { ROLES, type Role } from '@schoolgate/domain';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { newSessionToken, sessionIdOf } from '../security/session-token.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  default?: unknown;
};
interface Operation {
  parameters?: Array<{ in: 'path' | 'query' | 'header' | 'cookie'; name: string; schema?: Schema }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Request {
  method: string;
  url: string;
  payload?: unknown;
  what: string;
}

/** mulberry32: a small seeded generator, so every run sends the same requests. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(8_2026);
const junk = (length: number) =>
  Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 0xffff))).join('');

let t: TestApp;
let document: { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };
let school: { id: string; trustId: string };
const people = new Map<Role, Person>();
/** Ids of records of another school (same trust), which no one here may reach. */
let foreignIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  const other = await createSchool(t, undefined, school.trustId);
  for (const role of ROLES) people.set(role, await createPerson(t, school, role));
  const foreignHead = await createPerson(t, other, 'head');
  await pupilsRepository.insertMany(t.ctx.db, other.id, [
    {
      misId: 'F1',
      firstName: 'Far',
      lastName: 'Away',
      preferredName: null,
      yearGroup: '5',
      className: '5F',
      doNotPublish: true,
    },
  ]);
  const foreignPupil = (await pupilsRepository.listForImport(t.ctx.db, other.id))[0]!;
  const foreignStaff = await staffRepository.insert(t.ctx.db, {
    trustId: other.trustId,
    schoolId: other.id,
    firstName: 'Far',
    lastName: 'Staff',
    role: 'staff',
  });
  foreignIds = [foreignHead.staffId, foreignStaff.id, foreignPupil.id, other.id];
  document = t.app.swagger() as typeof document;
});
afterAll(async () => t?.close());

function resolve(schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(document.components?.schemas?.[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map(resolve));
  return schema;
}
const typeOf = (schema: Schema) => [schema.type ?? []].flat().find((x) => x !== 'null');

/** A value the schema would probably accept, so that each mutation tests one field at a time. */
function plausible(raw: Schema | undefined, depth = 0): unknown {
  const schema = resolve(raw);
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice?.length) return plausible(choice.find((s) => resolve(s).type !== 'null') ?? choice[0], depth);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (typeOf(schema)) {
    case 'string':
      if (schema.format === 'uuid') return foreignIds[0];
      if (schema.format === 'email') return 'fuzz@test.schoolgate';
      if (schema.format === 'date') return '2026-01-05';
      if (schema.format === 'date-time') return '2026-01-05T10:00:00.000Z';
      return 'Fuzz';
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 3 ? [] : [plausible(schema.items, depth + 1)];
    case 'object':
      return depth > 3
        ? {}
        : Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, plausible(v, depth + 1)]));
    default:
      return 'Fuzz';
  }
}

const BAD_VALUES: unknown[] = [
  null,
  12345,
  -1,
  1e308,
  true,
  [],
  {},
  '',
  'x'.repeat(200_000),
  'a\u0000b',
  'a\uD800b',
  '\uDFFF',
  junk(64),
];
const BAD_PARAMS = ['not-an-id', '%00', '%ED%A0%80', 'x'.repeat(5_000), '-1', '0', '1e999', '%F0%9F%98'];

/** Every field of a body, as paths into it (nested objects too), with its schema. */
function fieldsOf(raw: Schema | undefined, prefix: string[] = [], depth = 0): Array<string[]> {
  const schema = resolve(raw);
  if (typeOf(schema) !== 'object' || depth > 3) return [];
  return Object.entries(schema.properties ?? {}).flatMap(([key, value]) => [
    [...prefix, key],
    ...fieldsOf(value, [...prefix, key], depth + 1),
  ]);
}
function withValue(base: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null || Array.isArray(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path[path.length - 1]!] = value;
  return copy;
}

/** The malformed requests for one operation. */
function casesFor(method: string, path: string, op: Operation): Request[] {
  const params = (op.parameters ?? []).filter((p) => p.in === 'path');
  const query = (op.parameters ?? []).filter((p) => p.in === 'query');
  const fill = (values: Record<string, string>) =>
    path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? foreignIds[0]!);
  const urls = [fill({}), ...foreignIds.slice(1).map((id) => path.replace(/\{(\w+)\}/g, id))];
  const cases: Request[] = [];
  const upper = method.toUpperCase();
  for (const url of params.length ? urls : [path]) cases.push({ method: upper, url, what: `ids ${url}` });
  for (const p of params)
    for (const bad of BAD_PARAMS)
      cases.push({ method: upper, url: fill({ [p.name]: bad }), what: `path ${p.name}=${bad.slice(0, 12)}` });
  for (const q of query)
    for (const bad of [...BAD_PARAMS, ...foreignIds.slice(0, 1)])
      cases.push({ method: upper, url: `${fill({})}?${q.name}=${bad}`, what: `query ${q.name}=${bad.slice(0, 12)}` });
  if (query.length) {
    const all = query.map((q) => `${q.name}=%00`).join('&');
    cases.push({ method: upper, url: `${fill({})}?${all}&${query[0]!.name}=twice`, what: 'query repeated' });
  }
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  if (bodySchema || ['POST', 'PATCH', 'PUT'].includes(upper)) {
    const url = fill({});
    const base = plausible(bodySchema);
    cases.push({ method: upper, url, payload: base, what: 'plausible body' });
    cases.push({ method: upper, url, payload: {}, what: 'empty body' });
    cases.push({ method: upper, url, payload: { zzUnknown: 'a\u0000' }, what: 'unknown field only' });
    cases.push({ method: upper, url, payload: [base], what: 'body as array' });
    cases.push({ method: upper, url, payload: 'a\u0000b', what: 'body as string' });
    cases.push({ method: upper, url, what: 'no body' });
    if (base && typeof base === 'object' && !Array.isArray(base))
      cases.push({ method: upper, url, payload: { ...base, zzUnknown: 1 }, what: 'unknown field added' });
    for (const field of fieldsOf(bodySchema))
      for (const bad of [...BAD_VALUES, ...foreignIds.slice(1)])
        cases.push({
          method: upper,
          url,
          payload: withValue(base, field, bad),
          what: `body ${field.join('.')}=${JSON.stringify(bad)?.slice(0, 12)}`,
        });
  }
  return cases;
}

/** A fresh session per operation and role: an operation such as sign-out or switch-school must not spoil the next. */
async function sessionOf(role: Role): Promise<string> {
  const token = newSessionToken();
  await sessionsRepository.create(t.ctx.db, {
    id: sessionIdOf(token),
    userId: people.get(role)!.userId,
    trustId: school.trustId,
    activeSchoolId: school.id,
    twoFactorVerified: true,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return `${SESSION_COOKIE}=${token}`;
}

describe('every endpoint of the OpenAPI document, sent malformed input', () => {
  it('finds the endpoints in the document', () => {
    expect(Object.keys(document.paths).length).toBeGreaterThan(20);
  });

  it('answers every malformed request with less than 500', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
        const cases = casesFor(method, path, op);
        // The head (who may do most) gets every case; every other role, and nobody, a seeded sample of them.
        for (const role of [...ROLES, null] as const) {
          const cookie = role ? await sessionOf(role) : undefined;
          const mine = role === 'head' ? cases : cases.filter(() => random() < 0.08);
          for (const c of mine) {
            const res = await t.app.inject({
              method: c.method as 'GET',
              url: c.url,
              ...(c.payload === undefined ? {} : { payload: c.payload as object }),
              headers: {
                ...(cookie ? { cookie } : {}),
                ...(c.payload === undefined ? {} : { 'content-type': 'application/json' }),
              },
            });
            sent += 1;
            if (res.statusCode >= 500)
              failures.push(`${res.statusCode} ${c.method} ${path} as ${role ?? 'nobody'}: ${c.what}`);
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 300_000);
});
