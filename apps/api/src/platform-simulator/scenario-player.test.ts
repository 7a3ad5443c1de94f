// The demo school's scenario: every line arrives as a signed delivery that verifies and normalises, the same
// seed plays the same traffic, and a play can be stopped.
import { afterEach, describe, expect, it } from 'vitest';
import { normaliseFacebookWebhook } from '../connectors/graph/graph-normalise.ts';
import { verifyMetaSignature } from '../connectors/graph/webhook-signature.ts';
import { DEMO_SCHOOL_SCENARIO } from './demo-school-scenario.ts';
import { startPlatformSimulator, type PlatformSimulator } from './start-platform-simulator.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

const SECRET = 'demo-secret';
const FIXED = () => new Date('2025-06-16T09:00:00Z');
const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});

async function start(options: { webhookUrl?: string } = {}): Promise<PlatformSimulator> {
  const sim = await startPlatformSimulator({ appSecret: SECRET, verifyToken: 'v', now: FIXED, ...options });
  running.push(sim);
  return sim;
}

describe('the demo school scenario', () => {
  it('delivers every step as a signed webhook that verifies and normalises', async () => {
    const receiver: WebhookReceiver = await startWebhookReceiver('v');
    running.push(receiver);
    const sim = await start({ webhookUrl: receiver.url });
    const report = await sim.play();

    expect(report.finished).toBe(true);
    expect(report.steps).toHaveLength(DEMO_SCHOOL_SCENARIO.steps.length);
    expect(receiver.received).toHaveLength(DEMO_SCHOOL_SCENARIO.steps.length);
    const events = receiver.received.flatMap((r) => {
      expect(verifyMetaSignature(r.rawBody, r.signature, SECRET)).toEqual({ valid: true });
      return normaliseFacebookWebhook(JSON.parse(r.rawBody.toString()), new Date()).events;
    });
    expect(events).toHaveLength(receiver.received.length);
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(['comment_added', 'comment_edited', 'comment_removed']));
    expect(new Set(events.map((e) => e.dedupeKey)).size).toBe(events.length);
    expect(events.every((e) => e.accountExternalId === sim.accounts.facebook.id)).toBe(true);
    expect(events.some((e) => e.parentCommentExternalId)).toBe(true);
  });

  it('covers the categories the product promises to handle', () => {
    const shown = DEMO_SCHOOL_SCENARIO.steps.map((s) => s.shows).join(' | ');
    for (const category of [
      'thanks',
      'question about dates',
      'question about uniform',
      'complaint about a teacher',
      'incident naming a child',
      'phone number',
      'spam',
      'advert',
      'donation ask',
      'swearing',
      'abuse',
      'threat',
      'journalist',
    ]) {
      expect(shown).toContain(category);
    }
  });

  it('plays the same traffic for the same seed, and different traffic for another', async () => {
    const bodies = async (seed: number) => {
      const sim = await start();
      await sim.play(DEMO_SCHOOL_SCENARIO, { seed });
      return sim.deliveries.map((d) => d.body);
    };
    const first = await bodies(7);
    expect(await bodies(7)).toEqual(first);
    expect(await bodies(8)).not.toEqual(first);
  });

  it('stops between steps when asked', async () => {
    const sim = await start();
    const stop = new AbortController();
    const playing = sim.play(DEMO_SCHOOL_SCENARIO, { intervalMs: 30, signal: stop.signal });
    setTimeout(() => stop.abort(), 100);
    const report = await playing;
    expect(report.finished).toBe(false);
    expect(report.steps.length).toBeLessThan(DEMO_SCHOOL_SCENARIO.steps.length);
  });
});
