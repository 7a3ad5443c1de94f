// The connector for a school account takes the configured platform call timeout (CONNECTOR_TIMEOUT_MS).
import { randomBytes } from 'node:crypto';
import type { SocialAccountRow } from '@schoolgate/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../app-context.ts';
import { startPlatformSimulator, type PlatformSimulator } from '../../platform-simulator/index.ts';
import { createSecretBox } from '../../security/secret-box.ts';
import { connectorForAccount } from './connector-for-account.ts';

let sim: PlatformSimulator;
beforeAll(async () => {
  sim = await startPlatformSimulator({ appSecret: 'app-secret', verifyToken: 'verify' });
});
afterAll(() => sim.stop());

function contextWith(connectorTimeoutMs: number | undefined) {
  const credentialsBox = createSecretBox(randomBytes(32));
  const ctx = {
    credentialsBox,
    platforms: {
      metaAppSecret: 'app-secret',
      metaVerifyToken: 'verify',
      metaGraphUrl: sim.graphUrl,
      xApiUrl: sim.xUrl,
      ...(connectorTimeoutMs ? { connectorTimeoutMs } : {}),
    },
  } as unknown as AppContext;
  const account = {
    platform: 'facebook',
    externalId: sim.accounts.facebook.id,
    credentialsSealed: credentialsBox.seal(sim.tokens.graph),
  } as SocialAccountRow;
  return { ctx, account };
}

describe('connectorForAccount', () => {
  it('gives up on a platform call after the configured timeout', async () => {
    const post = sim.addPost('facebook', 'Sports day is on Friday.');
    const { ctx, account } = contextWith(1000);
    sim.failNext({ api: 'graph', operation: 'read', failure: { type: 'delay', ms: 2500 } });
    const started = Date.now();
    const result = await connectorForAccount(ctx, account)!.fetchPost({ postExternalId: post.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'PLATFORM_UNAVAILABLE', message: /1000 ms/ } });
    expect(Date.now() - started).toBeLessThan(2400);
  });

  it('waits the connectors’ default when no timeout is configured', async () => {
    const post = sim.addPost('facebook', 'Sports day is on Friday.');
    const { ctx, account } = contextWith(undefined);
    sim.failNext({ api: 'graph', operation: 'read', failure: { type: 'delay', ms: 1500 } });
    expect(await connectorForAccount(ctx, account)!.fetchPost({ postExternalId: post.id })).toMatchObject({
      ok: true,
      value: { text: 'Sports day is on Friday.' },
    });
  });
});
