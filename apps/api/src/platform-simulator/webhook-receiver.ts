// A stand-in for Schoolgate's webhook endpoint, for tests: it answers Meta's handshake and records every POST's
// raw bytes and signature header. It checks nothing itself, so tests can see exactly what arrived.
import http from 'node:http';
import { answerVerificationHandshake } from '../connectors/graph/verification-handshake.ts';

export interface ReceivedWebhook {
  rawBody: Buffer;
  signature: string | undefined;
  contentType: string | undefined;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The status the next POSTs get; default 200. */
  answerWith(status: number): void;
  stop(): Promise<void>;
}

export async function startWebhookReceiver(verifyToken: string): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let status = 200;
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET') {
      const answer = answerVerificationHandshake(Object.fromEntries(url.searchParams), verifyToken);
      response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body);
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const header = request.headers['x-hub-signature-256'];
      received.push({
        rawBody: Buffer.concat(chunks),
        signature: Array.isArray(header) ? header[0] : header,
        contentType: request.headers['content-type'],
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/webhooks/meta`,
    received,
    answerWith: (s) => {
      status = s;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
