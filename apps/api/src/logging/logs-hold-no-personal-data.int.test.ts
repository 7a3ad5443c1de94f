// Drives real failures through the server and the job runner while capturing everything the logger, pg-boss and
// the database write, and checks that no email, name, do-not-publish reason or settings object is in any of it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pupilsRepository, usersRepository } from '@schoolgate/db';
import { createLogger } from '../logger.ts';
import { startJobRunner, type JobRunner } from '../jobs/job-runner.ts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';

const lines: string[] = [];
let t: TestApp;
let runner: JobRunner;
let dsl: Person;
let pupilId: string;

const PUPIL = { first: 'Zebedee', last: 'Quartermaine' };
const REASON = 'Placement with foster carers in Harrogate must stay confidential';
const JOB_NAME = { first: 'Philippa', last: 'Wolstenholme' };
const UNKNOWN_EMAIL = 'nobody.known@elsewhere.example';

const written = () => lines.join('');
const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  // Whatever else writes to the process's output during these requests (the embedded database's own log) counts too.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(`{"stream":${JSON.stringify(String(chunk))}}\n`);
      return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    });
  }
  const log = createLogger('debug', { write: (line: string) => void lines.push(line) });
  t = await createTestApp({ log });
  const school = await createSchool(t);
  await pupilsRepository.insertMany(t.ctx.db, school.id, [
    {
      misId: 'L1',
      firstName: PUPIL.first,
      lastName: PUPIL.last,
      preferredName: null,
      yearGroup: '4',
      className: '4C',
      doNotPublish: false,
    },
  ]);
  pupilId = (await pupilsRepository.list(t.ctx.db, school.id, { page: 1, pageSize: 5 })).items[0]!.id;
  dsl = await createPerson(t, school, 'dsl');
  runner = await startJobRunner(
    t.handle,
    t.ctx,
    [
      {
        name: 'test-failing-job',
        cron: '0 3 * * *',
        // A job whose query fails on a unique email, with a name and an email among its parameters.
        run: async (ctx) => {
          await usersRepository.create(ctx.db, {
            email: dsl.email,
            displayName: `${JOB_NAME.first} ${JOB_NAME.last}`,
            passwordHash: null,
          });
        },
      },
    ],
    { schedule: false, pollingIntervalSeconds: 0.5 },
  );
});

afterAll(async () => {
  vi.restoreAllMocks();
  await runner?.stop();
  await t?.close();
});

describe('logs hold no personal data', () => {
  it('logs a database failure that carries a do-not-publish reason by its code, never the reason or the pupil', async () => {
    // A constraint the reason breaks, so the database itself refuses the write with the reason among its parameters.
    await t.handle.exec(
      `alter table publication_restrictions add constraint log_test_reason_short check (length(reason) < 10)`,
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/consent/pupils/${pupilId}/restriction`,
      headers: dsl.headers,
      payload: { doNotPublish: true, reason: REASON },
    });
    expect(res.statusCode).toBe(500);
    const failure = parsed().find((l) => l.msg === 'request failed');
    expect(failure?.err).toMatchObject({ code: '23514', constraint: 'log_test_reason_short' });
    expect(written()).not.toContain('Harrogate');
    expect(written()).not.toContain(PUPIL.last);
    expect(written()).not.toContain(dsl.email);
  });

  it('logs sign-ins without the email typed', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: dsl.email, password: 'not the password at all' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: UNKNOWN_EMAIL, password: 'not the password at all' },
    });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(parsed().filter((l) => l.route === '/api/auth/sign-in')).toHaveLength(2);
    expect(written()).not.toContain(dsl.email);
    expect(written()).not.toContain(UNKNOWN_EMAIL);
  });

  it('logs a failed job by its code, and pg-boss keeps no more of it than that', async () => {
    const id = await runner.runNow('test-failing-job');
    expect(await runner.waitFor('test-failing-job', id)).toBe('failed');
    const failure = parsed().find((l) => l.msg === 'job failed');
    expect(failure).toMatchObject({ job: 'test-failing-job', err: { code: '23505' } });
    const kept = await t.handle.query<{ output: unknown }>(
      `select output from pgboss.job where name = 'test-failing-job'`,
    );
    const stored = JSON.stringify(kept.rows);
    expect(stored).toContain('23505');
    for (const text of [written(), stored]) {
      expect(text).not.toContain(JOB_NAME.last);
      expect(text).not.toContain(dsl.email);
    }
  });

  it('drops people data and whole settings objects from a line whatever the call passes', () => {
    const before = lines.length;
    t.ctx.log.info(
      {
        staffId: 'staff-1',
        email: 'jo.bloggs@school.example',
        details: { firstName: 'Jo', lastName: 'Bloggs' },
        change: { settings: { headName: 'Dr Imogen Fairweather' }, reason: REASON },
      },
      'something happened',
    );
    const error = Object.assign(new Error('Failed query: insert into staff\nparams: jo.bloggs@school.example,Bloggs'), {
      code: '23505',
    });
    t.ctx.log.error(error);
    t.ctx.log.error({ err: error }, error.message);
    const mine = lines.slice(before).join('');
    expect(mine).toContain('staff-1');
    expect(mine).toContain('23505');
    for (const text of ['jo.bloggs', 'Bloggs', 'Fairweather', 'Harrogate']) expect(mine).not.toContain(text);
  });
});
