// Structured logs with pino. Secrets and personal data never go in: cookies and auth headers are redacted,
// and request logging records the route pattern, not the URL (see build-server.ts).
import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'schoolgate' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token'],
      remove: true,
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
