// The logger's own rule for reasons: a reason typed by a person never reaches a log line, wherever it sits, while a
// machine-made reason code does, so an operator can still tell why a webhook was refused.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger('info', stream), lines };
}

const TYPED = 'Photo shows Amelia Hart, whose mother asked us not to publish';

describe('logger: reasons', () => {
  it('drops a typed reason at the top of a line and two levels down', () => {
    const { log, lines } = capture();
    log.info({ postId: 'p1', reason: TYPED }, 'post approved with an override');
    log.info({ override: { reason: TYPED } }, 'override');
    log.info({ post: { override: { reason: TYPED } } }, 'nested override');
    expect(lines).toHaveLength(3);
    expect(JSON.stringify(lines)).not.toContain('Amelia');
    expect(lines[0]).toMatchObject({ postId: 'p1', msg: 'post approved with an override' });
  });

  it('keeps a machine-made reason code', () => {
    const { log, lines } = capture();
    log.warn({ reasonCode: 'signature_mismatch' }, 'webhook signature refused');
    expect(lines[0]).toMatchObject({ reasonCode: 'signature_mismatch', msg: 'webhook signature refused' });
  });
});
