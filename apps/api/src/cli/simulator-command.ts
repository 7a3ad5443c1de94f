// `schoolgate simulator`: runs the platform simulator on its own, for the demo and for trying connectors by
// hand. It prints the settings to give Schoolgate, optionally checks the webhook handshake, plays the demo
// school's Facebook traffic if asked, and runs until stopped (Ctrl+C).
import { randomBytes } from 'node:crypto';
import { DEMO_SCHOOL_SCENARIO, startPlatformSimulator } from '../platform-simulator/index.ts';
import { CliError, parseOptions } from './cli-options.ts';

export const SIMULATOR_HELP = `  simulator        Run the platform simulator (Graph API and X API subsets) for the demo and tests:
                     --port N (default 4010), --webhook-url URL (where signed webhooks go),
                     --play (play the demo school's Facebook comments), --rate N (comments a minute, default 6),
                     --seed N (default 1). META_APP_SECRET and META_VERIFY_TOKEN are used if set.`;

export async function simulatorCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    port: { type: 'string' },
    'webhook-url': { type: 'string' },
    play: { type: 'boolean' },
    rate: { type: 'string' },
    seed: { type: 'string' },
  });
  const port = wholeNumber('--port', options.port ?? '4010', 0, 65535);
  const rate = wholeNumber('--rate', options.rate ?? '6', 1, 6000);
  const seed = wholeNumber('--seed', options.seed ?? '1', 0, 2 ** 31);
  const webhookUrl = options['webhook-url'];
  if (webhookUrl !== undefined && !/^https?:\/\//.test(webhookUrl))
    throw new CliError('--webhook-url must be an http(s) URL.');
  // Made-up secrets are fine for a local demo, but Schoolgate must be given the same ones, so they are printed.
  const appSecret = process.env['META_APP_SECRET'] || randomBytes(16).toString('hex');
  const verifyToken = process.env['META_VERIFY_TOKEN'] || randomBytes(8).toString('hex');

  const simulator = await startPlatformSimulator({
    port,
    appSecret,
    verifyToken,
    ...(webhookUrl ? { webhookUrl } : {}),
  });
  console.log(
    [
      `Platform simulator running at ${simulator.url}`,
      '',
      'Give Schoolgate these settings:',
      `  META_GRAPH_URL=${simulator.graphUrl}`,
      `  META_APP_SECRET=${appSecret}`,
      `  META_VERIFY_TOKEN=${verifyToken}`,
      `  X_API_URL=${simulator.xUrl}`,
      `  META_APP_ID=${simulator.oauth.metaAppId}`,
      `  META_OAUTH_DIALOG_URL=${simulator.oauth.metaDialogUrl}`,
      `  X_CLIENT_ID=${simulator.oauth.xClientId}`,
      `  X_CLIENT_SECRET=${simulator.oauth.xClientSecret}`,
      `  X_AUTHORIZE_URL=${simulator.oauth.xAuthorizeUrl}`,
      `  X_BEARER_TOKEN=${simulator.tokens.x}`,
      `  Page access token for the demo accounts: ${simulator.tokens.graph}`,
      `  Facebook Page ${simulator.accounts.facebook.id}, Instagram account ${simulator.accounts.instagram.id}, X user ${simulator.accounts.x.id}`,
      webhookUrl ? `Webhooks go to ${webhookUrl}` : 'No --webhook-url: webhooks are recorded but not sent.',
    ].join('\n'),
  );

  if (webhookUrl) {
    const handshake = await simulator.verifyCallback().catch(() => ({ ok: false, status: 0 }));
    console.log(
      handshake.ok
        ? 'Webhook handshake: the callback echoed the challenge.'
        : `Webhook handshake failed (status ${handshake.status || 'no answer'}): check the URL and META_VERIFY_TOKEN.`,
    );
  }

  const stopping = new AbortController();
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      stopping.abort();
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

  if (options.play) {
    console.log(`Playing "${DEMO_SCHOOL_SCENARIO.name}" at about ${rate} comments a minute (seed ${seed}).`);
    const report = await simulator.play(DEMO_SCHOOL_SCENARIO, {
      seed,
      intervalMs: Math.round(60_000 / rate),
      signal: stopping.signal,
    });
    const failedDeliveries = simulator.deliveries.filter((d) => !d.attempts.some((a) => a.status && a.status < 300));
    console.log(
      `Played ${report.steps.length} step(s)${report.finished ? '' : ' (stopped early)'}; ` +
        `${simulator.deliveries.length} webhook(s) sent, ${failedDeliveries.length} not accepted.`,
    );
  }
  if (!stopping.signal.aborted) console.log('Press Ctrl+C to stop.');
  await stopped;
  await simulator.stop();
  return 0;
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new CliError(`${name} must be a whole number from ${min} to ${max}.`);
  return n;
}
