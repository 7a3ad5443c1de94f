// The load generator of `npm run bench:scale`, in a process of its own so its CPU is not the web processes' and the
// benchmark can see how much it used. It is handed the bodies already signed (signing happens before the clock
// starts), sends request i at exactly start + i / rate whatever the server is doing (open loop), spread over the
// web processes in turn, and reports each request's time to acknowledge and how late the generator itself sent it.
//
// Protocol (IPC with the parent): receives { ports, rate, requests: [{ body, signature }] }, answers 'ready', then
// on 'go' sends and answers { latencies, lags, refused, offeredMs, lastAckMs }.
import http from 'node:http';

export interface LoadPlan {
  ports: number[];
  rate: number;
  requests: Array<{ body: string; signature: string }>;
}

export interface LoadResult {
  /** Send to 200, per acknowledged request (ms). */
  latencies: number[];
  /** How late each request was sent against its schedule (ms): the generator's own delay, not the server's. */
  lags: number[];
  refused: number;
  /** From the first scheduled send to the last answer (ms). */
  offeredMs: number;
  /** From the first scheduled send to the last 200 (ms). */
  lastAckMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function post(agent: http.Agent, port: number, request: { body: string; signature: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/webhooks/meta',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(request.body),
          'x-hub-signature-256': request.signature,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

async function offer(plan: LoadPlan): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = plan.requests.length;
  const latencies: number[] = [];
  const lags: number[] = new Array<number>(total);
  let refused = 0;
  let sent = 0;
  let lastAck = 0;
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  while (sent < total) {
    const now = performance.now();
    const due = Math.min(total, Math.floor(((now - started) / 1000) * plan.rate) + 1);
    // Up to 4,000 requests waiting; past that the generator falls behind, and its lag says so.
    while (sent < due && inFlight.size < 4000) {
      const i = sent;
      sent += 1;
      const t0 = performance.now();
      lags[i] = t0 - (started + (i * 1000) / plan.rate);
      const request = post(agent, plan.ports[i % plan.ports.length]!, plan.requests[i]!)
        .then((status) => {
          if (status === 200) {
            latencies.push(performance.now() - t0);
            lastAck = performance.now();
          } else refused += 1;
        })
        .catch(() => {
          refused += 1;
        })
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
    }
    // Wake for the next request's slot (at 2,000/s, every half millisecond; timers fire about every millisecond).
    const next = started + (sent * 1000) / plan.rate;
    await sleep(Math.max(0, Math.min(1, next - performance.now())));
  }
  await Promise.all(inFlight);
  const ended = performance.now();
  agent.destroy();
  return { latencies, lags, refused, offeredMs: ended - started, lastAckMs: lastAck - started };
}

let plan: LoadPlan | null = null;
process.on('message', (message: unknown) => {
  if (message === 'go' && plan) {
    const current = plan;
    plan = null;
    void offer(current).then((result) => process.send!(result, () => process.exit(0)));
    return;
  }
  plan = message as LoadPlan;
  process.send!('ready');
});
