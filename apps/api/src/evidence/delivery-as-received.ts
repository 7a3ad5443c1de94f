// Where a comment came from, for its "as received" evidence: the platform's own delivery, stored byte for byte
// before it was acknowledged, with the SHA-256 taken at receipt, and the part of it about this comment. Facebook
// and Instagram deliveries are the webhook bodies Meta signed; X has no webhooks, so an X delivery is what
// Schoolgate's poll stored (the normalised events, each with X's own post object in `raw`).
import { createHash } from 'node:crypto';
import type { CommentRow, InboundDeliveryRow } from '@schoolgate/db';
import type { Platform } from '../connectors/normalised-event.ts';
import { normaliseDelivery } from '../use-cases/moderation/normalise-delivery.ts';

export type DeliverySource =
  | {
      kind: 'webhook' | 'x_poll';
      explanation: string;
      deliveryId: number;
      receivedAt: string;
      /** The SHA-256 recorded when the delivery arrived, and whether the stored body still has it. */
      bodySha256: string;
      bodySha256Matches: boolean;
      /** The platform's own objects about this comment, as they appear in the body. */
      partAboutThisComment: unknown[];
      /** The whole delivery exactly as stored: its SHA-256 (of the UTF-8 bytes) is `bodySha256`. */
      body: string;
    }
  | { kind: 'not_stored'; explanation: string; deliveryId: number | null };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function partsAbout(delivery: InboundDeliveryRow, comment: CommentRow): unknown[] {
  try {
    const { events } = normaliseDelivery(
      delivery.platform as Platform,
      JSON.parse(delivery.body) as unknown,
      delivery.receivedAt,
    );
    return events.filter((e) => e.commentExternalId === comment.externalId).map((e) => e.raw);
  } catch {
    // An unreadable body is still evidence: it is kept whole below, only the extract is missing.
    return [];
  }
}

export function deliverySource(delivery: InboundDeliveryRow | null, comment: CommentRow): DeliverySource {
  if (!delivery) {
    return {
      kind: 'not_stored',
      explanation:
        comment.deliveryId === null
          ? 'No platform delivery is linked to this comment, so the other fields of this file are from Schoolgate’s record of it.'
          : `Delivery ${comment.deliveryId}, which this comment was read from, is no longer stored; the other fields of this file are from Schoolgate’s record of the comment.`,
      deliveryId: comment.deliveryId,
    };
  }
  const fromPoll = delivery.platform === 'x';
  const first = 'This is the delivery the comment first arrived in; later edits came in other deliveries.';
  return {
    kind: fromPoll ? 'x_poll' : 'webhook',
    explanation: fromPoll
      ? `X sends no webhooks: Schoolgate polled X’s API and stored what the poll found (the events, each with X’s own post object in "raw") as this delivery, before reading it. It is not signed by X. ${first}`
      : `The webhook body exactly as ${delivery.platform === 'instagram' ? 'Instagram' : 'Facebook'} sent it (its signature was checked over these bytes), stored before it was acknowledged. It may hold other comments delivered at the same time. ${first}`,
    deliveryId: delivery.id,
    receivedAt: delivery.receivedAt.toISOString(),
    bodySha256: delivery.bodySha256,
    bodySha256Matches: sha256(delivery.body) === delivery.bodySha256,
    partAboutThisComment: partsAbout(delivery, comment),
    body: delivery.body,
  };
}
