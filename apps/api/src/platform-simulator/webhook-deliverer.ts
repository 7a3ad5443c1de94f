// Sends signed webhook deliveries to the configured callback URL, as Meta does, and keeps a record of each so
// tests can replay one (the same bytes, the same signature) and check the receiver stores it once.
import { signMetaPayload } from '../connectors/graph/webhook-signature.ts';
import { serialiseLikeMeta } from './meta-payloads.ts';

export interface DeliveryAttempt {
  at: Date;
  status?: number;
  error?: string;
}

export interface SimDelivery {
  id: number;
  /** The exact bytes sent (as UTF-8 text). */
  body: string;
  signature: string;
  attempts: DeliveryAttempt[];
}

export interface WebhookDelivererOptions {
  appSecret: string;
  webhookUrl: string | undefined;
  timeoutMs: number;
  now: () => Date;
}

export class WebhookDeliverer {
  readonly deliveries: SimDelivery[] = [];
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: WebhookDelivererOptions) {}

  /** Records a delivery and sends it; resolves once the callback has answered (or failed). */
  async deliver(payload: object): Promise<SimDelivery> {
    const body = serialiseLikeMeta(payload);
    const delivery: SimDelivery = {
      id: this.deliveries.length + 1,
      body,
      signature: signMetaPayload(body, this.options.appSecret),
      attempts: [],
    };
    this.deliveries.push(delivery);
    await this.send(delivery);
    return delivery;
  }

  /** Sends a delivery after the current request has been answered, as Meta's echoes of page actions arrive. */
  deliverLater(payload: object): void {
    const job = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.deliver(payload))
      .then(() => undefined);
    this.pending.add(job);
    void job.finally(() => this.pending.delete(job));
  }

  /** Sends the same delivery again, byte for byte: what Meta does when it is unsure the first one arrived. */
  async redeliver(id: number): Promise<SimDelivery> {
    const delivery = this.deliveries.find((d) => d.id === id);
    if (!delivery) throw new Error(`No delivery ${id}`);
    await this.send(delivery);
    return delivery;
  }

  /** Waits for deliveries started with deliverLater. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async send(delivery: SimDelivery): Promise<void> {
    const at = this.options.now();
    if (!this.options.webhookUrl) {
      delivery.attempts.push({ at, error: 'no webhook URL configured' });
      return;
    }
    try {
      const response = await fetch(this.options.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': delivery.signature },
        body: delivery.body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.arrayBuffer();
      delivery.attempts.push({ at, status: response.status });
    } catch (error) {
      delivery.attempts.push({ at, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
