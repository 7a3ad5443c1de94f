// Two web processes (`start --role api`) and two workers (`start --role worker`) on one PostgreSQL database, as a
// trust's deployment runs them: every signed delivery is sent to both web processes (as a platform retrying through
// a load balancer would), and each comment must be stored, audited and counted exactly once, none left behind; two
// processes polling X at once must not both poll the account. PostgreSQL only: the embedded database is one process's.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, socialAccountsRepository, type DatabaseHandle } from '@schoolgate/db';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import { facebookCommentChange, facebookDelivery } from '../testing/facebook-payloads.ts';
import { TEST_META_APP_SECRET, TEST_META_VERIFY_TOKEN } from '../testing/test-app.ts';
import { signMetaPayload } from '../connectors/graph/webhook-signature.ts';
import { META_SIGNATURE_HEADER } from '../connectors/graph/webhook-signature.ts';
import { SIMULATOR_X_TOKEN } from '../platform-simulator/index.ts';
import { createSecretBox } from '../security/secret-box.ts';
import { deriveKey } from '../config/secrets.ts';
import { pollXAccounts } from '../use-cases/moderation/poll-x-accounts.ts';
import { startJobRunner, type JobRunner } from '../jobs/job-runner.ts';
import { scheduledJobs } from '../jobs/scheduled-jobs.ts';

const onPostgres = process.env.SCHOOLGATE_TEST_DB === 'postgres';
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const SECRET = 'multi-process-test-secret-0123456789abcdef';
const COMMENTS = 40;

interface Child {
  proc: ChildProcess;
  output: string[];
  port?: number;
}

function startChild(role: 'api' | 'worker', env: Record<string, string>): Promise<Child> {
  const proc = spawn(process.execPath, ['bin/schoolgate.mjs', 'start', '--role', role], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child: Child = { proc, output: [] };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${role} did not start:\n${child.output.join('')}`)), 120_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      child.output.push(text);
      const api = /is running at http:\/\/localhost:(\d+)/.exec(text);
      if (api) child.port = Number(api[1]);
      if (api || /worker is running/.test(text)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (chunk: Buffer) => child.output.push(chunk.toString('utf8')));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${role} exited with ${code}:\n${child.output.join('')}`));
    });
  });
}

async function stopChild(child: Child | undefined) {
  if (!child || child.proc.exitCode !== null) return;
  const exited = new Promise((resolve) => child.proc.once('exit', resolve));
  child.proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (child.proc.exitCode === null) child.proc.kill('SIGKILL');
}

describe.runIf(onPostgres)('two web processes and two workers on one PostgreSQL', () => {
  let f: ModerationFixture;
  let dataDir: string;
  let second: DatabaseHandle;
  let queueOnly: JobRunner | undefined;
  const children: Child[] = [];

  const one = async <T>(text: string, values: unknown[] = []) => (await f.t.handle.query<T>(text, values)).rows[0]!;

  beforeAll(async () => {
    f = await startModerationFixture({ roles: [], accounts: ['facebook', 'x'], now: new Date(), running: true });
    // This process queues jobs as a web process does (its X polls ask the workers to process what they stored).
    queueOnly = await startJobRunner(f.t.handle, f.t.ctx, scheduledJobs({ X_POLL_SECONDS: 120 }), { work: false });
    const url = f.t.handle.url!;
    // The X token sealed with the key every process derives from the shared secret.
    f.t.ctx.credentialsBox = createSecretBox(deriveKey(SECRET, 'credentials'));
    await socialAccountsRepository.setCredentials(
      f.t.ctx.db,
      f.accounts.x!,
      f.t.ctx.credentialsBox.seal(SIMULATOR_X_TOKEN),
    );
    second = await openDatabase({ kind: 'postgres', url, poolSize: 3 });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-multi-'));
    const env = {
      DATABASE_URL: url,
      SESSION_SECRET: SECRET,
      SCHOOLGATE_DATA_DIR: dataDir,
      META_APP_SECRET: TEST_META_APP_SECRET,
      META_VERIFY_TOKEN: TEST_META_VERIFY_TOKEN,
      META_GRAPH_URL: f.sim.graphUrl,
      X_API_URL: f.sim.xUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    };
    // One at a time: each migrates (nothing to do) and creates pg-boss's schema if missing.
    for (const role of ['api', 'api', 'worker', 'worker'] as const) children.push(await startChild(role, env));
  }, 300_000);

  afterAll(async () => {
    await Promise.all(children.map(stopChild));
    await queueOnly?.stop();
    await second?.close();
    await f?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('stores, audits and counts each comment once when every delivery reaches both web processes', async () => {
    const pageId = f.sim.accounts.facebook.id;
    const apis = children.filter((c) => c.port !== undefined);
    expect(apis).toHaveLength(2);
    const bodies = Array.from({ length: COMMENTS }, (_, i) =>
      facebookDelivery(pageId, [
        facebookCommentChange({
          pageId,
          commentId: `mp_${i}`,
          message: `Will the school trip on day ${i} still go ahead?`,
          createdTime: 1_795_300_000 + i,
        }),
      ]),
    );
    const send = async (port: number, body: string) => {
      const answer = await fetch(`http://127.0.0.1:${port}/api/webhooks/meta`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [META_SIGNATURE_HEADER]: signMetaPayload(body, TEST_META_APP_SECRET),
        },
        body,
      });
      expect(answer.status).toBe(200);
    };
    // Each delivery to both web processes at once, eight deliveries at a time.
    for (let i = 0; i < bodies.length; i += 8) {
      await Promise.all(bodies.slice(i, i + 8).flatMap((body) => apis.map((api) => send(api.port!, body))));
    }

    const deadline = Date.now() + 120_000;
    for (;;) {
      const { pending } = await one<{ pending: number }>(
        `select count(*)::int as pending from inbound_deliveries where status <> 'processed'`,
      );
      if (pending === 0) break;
      if (Date.now() > deadline) throw new Error(`${pending} deliveries still not processed`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const deliveries = await one<{ n: number }>(`select count(*)::int as n from inbound_deliveries`);
    expect(deliveries.n).toBe(2 * COMMENTS);
    const comments = await one<{ n: number; distinct: number }>(
      `select count(*)::int as n, count(distinct external_id)::int as distinct from comments where account_id = $1`,
      [f.accounts.facebook],
    );
    expect(comments).toEqual({ n: COMMENTS, distinct: COMMENTS });
    const events = await one<{ n: number }>(`select count(*)::int as n from processed_events where account_id = $1`, [
      f.accounts.facebook,
    ]);
    expect(events.n).toBe(COMMENTS);
    const received = await one<{ n: number; distinct: number }>(
      `select count(*)::int as n, count(distinct entity_id)::int as distinct from audit_entries
        where action = 'comment.received' and school_id = $1`,
      [f.school.id],
    );
    expect(received).toEqual({ n: COMMENTS, distinct: COMMENTS });
    // The school's chain is one unbroken line: numbered 1..n, each entry naming the hash of the one before.
    const chain = await one<{ n: number; maxSeq: number; unlinked: number }>(
      `select count(*)::int as n, max(seq)::int as "maxSeq",
              count(*) filter (where seq > 1 and prev_hash <> (select b.hash from audit_entries b
                 where b.chain = a.chain and b.seq = a.seq - 1))::int as unlinked
         from audit_entries a where chain = $1`,
      [`school:${f.school.id}`],
    );
    expect(chain.maxSeq).toBe(chain.n);
    expect(chain.unlinked).toBe(0);
  }, 180_000);

  it('lets only one of two processes poll an X account at a time, and stores what it finds once', async () => {
    const post = f.sim.addPost('x', 'Our choir sang at the town hall today.');
    for (let i = 0; i < 3; i++) {
      await f.sim.comment({
        platform: 'x',
        postId: post.id,
        author: { id: `mp-x-${i}`, name: `Singer ${i}`, handle: `singer_${i}` },
        text: `Lovely singing ${i}`,
      });
    }
    // The first poll's call to X is slow, so the second process asks while it is still polling.
    f.sim.failNext({ api: 'x', operation: 'mentions', failure: { type: 'delay', ms: 1500 } });
    const ctxTwo = { ...f.t.ctx, db: second.db, jobs: null };
    const [a, b] = await Promise.all([pollXAccounts(f.t.ctx), pollXAccounts(ctxTwo)]);
    expect(a.polled + b.polled).toBe(1);
    expect(a.stored + b.stored).toBe(1);
    // Polling again finds nothing new: the place moved on with the stored delivery.
    const again = await pollXAccounts(f.t.ctx);
    expect(again.stored).toBe(0);

    const deadline = Date.now() + 120_000;
    for (;;) {
      const { n } = await one<{ n: number }>(`select count(*)::int as n from comments where account_id = $1`, [
        f.accounts.x,
      ]);
      if (n === 3) break;
      if (Date.now() > deadline) throw new Error(`${n} X comments stored, not 3`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const xDeliveries = await one<{ n: number }>(
      `select count(*)::int as n from inbound_deliveries where platform = 'x'`,
    );
    expect(xDeliveries.n).toBe(1);
  }, 180_000);
});
