// Crash test: signed webhook deliveries arrive while the real `schoolgate start` process on an embedded data
// directory is killed with SIGKILL at (seeded) random points and started again. Meta resends what was not
// acknowledged, and sometimes resends what was. Afterwards every comment is stored exactly once.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@schoolgate/db';
import { sql } from 'drizzle-orm';
import { signMetaPayload, META_SIGNATURE_HEADER } from '../apps/api/src/connectors/graph/webhook-signature.ts';
import { facebookCommentChange, facebookDelivery } from '../apps/api/src/testing/facebook-payloads.ts';
import { DEMO_ACCOUNTS } from '../apps/api/src/platform-simulator/demo-accounts.ts';

const bin = path.resolve(import.meta.dirname, 'schoolgate.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-crash-'));
const SECRET = 'crash-test-app-secret';
const env = {
  ...process.env,
  SCHOOLGATE_DATA_DIR: dataDir,
  PORT: '0',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
  META_APP_SECRET: SECRET,
  META_VERIFY_TOKEN: 'crash-test-verify',
  // Nothing leaves the machine: platform calls (post details) go to a closed port and fail at once.
  META_GRAPH_URL: 'http://127.0.0.1:9',
  X_API_URL: 'http://127.0.0.1:9',
  SIMULATOR: 'false',
  // The demo trust's Facebook Page receives the deliveries.
  SEED_DEMO: 'true',
};
const PAGE = DEMO_ACCOUNTS.facebook.id;
const COMMENTS = 24;
const KILLS = 3;

/** mulberry32: the same "random" kill points on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(8);

let server: ChildProcess | null = null;
afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<string> {
  const child = spawn(process.execPath, [bin, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  let out = '';
  return new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(out);
      if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`start exited (${code}):\n${out}`)));
  });
}

async function killHard() {
  const child = server!;
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

const bodies = Array.from({ length: COMMENTS }, (_, i) =>
  facebookDelivery(PAGE, [
    facebookCommentChange({
      pageId: PAGE,
      commentId: `crash_${i}`,
      fromId: `crash-parent-${i % 5}`,
      message: `Thank you for the lovely assembly, message ${i}`,
    }),
  ]),
);

/** Sends one delivery as Meta does; true when acknowledged. */
async function send(base: string, body: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}/api/webhooks/meta`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [META_SIGNATURE_HEADER]: signMetaPayload(body, SECRET) },
      body,
    });
    return res.status === 200;
  } catch {
    return false; // the process died mid-request: Meta will send it again
  }
}

describe('ingestion under kill -9', () => {
  it('stores every comment exactly once across SIGKILLs and restarts', async () => {
    const unacknowledged = new Set(bodies.keys());
    for (let round = 0; round <= KILLS; round++) {
      const startedAt = Date.now();
      const base = await start();
      if (process.env.CRASH_TEST_VERBOSE) console.error(`round ${round}: started in ${Date.now() - startedAt} ms`);
      const lastRound = round === KILLS;
      // Kill after a random number of deliveries, while the next ones are in flight.
      const killAfter = lastRound ? Infinity : 2 + Math.floor(random() * 6);
      let sent = 0;
      const inFlight: Array<Promise<void>> = [];
      for (const i of [...unacknowledged]) {
        const attempt = send(base, bodies[i]!).then((ok) => {
          if (ok) unacknowledged.delete(i);
        });
        inFlight.push(attempt);
        // Meta delivers at least once: sometimes the same body again.
        if (random() < 0.2) inFlight.push(send(base, bodies[i]!).then(() => undefined));
        sent += 1;
        if (sent === killAfter) {
          await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 50)));
          await killHard();
          break;
        }
        if (random() < 0.5) await attempt;
      }
      await Promise.all(inFlight);
    }
    expect(unacknowledged.size).toBe(0);
    server!.kill('SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
    // Whatever was stored but not yet processed when the last process stopped is processed now.
    const job = spawnSync(process.execPath, [bin, 'run-job', 'process-deliveries'], { env, encoding: 'utf8' });
    expect(job.status, job.stderr).toBe(0);

    const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const rows = await handle.db.execute<{ external_id: string; n: number }>(
        sql`select external_id, count(*)::int as n from comments where external_id like 'crash_%' group by external_id`,
      );
      const counts = new Map(
        (rows as unknown as { rows: Array<{ external_id: string; n: number }> }).rows.map((r) => [r.external_id, r.n]),
      );
      expect([...counts.keys()].sort()).toEqual(bodies.map((_, i) => `crash_${i}`).sort());
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
    } finally {
      await handle.close();
    }
  }, 600_000);
});
