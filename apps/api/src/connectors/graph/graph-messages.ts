// Meta's messaging webhooks (the `messages` field) for Facebook Pages (Messenger) and Instagram: a private message
// to the school's account, or the account's own answer echoed back (`is_echo`). Both come in `entry[].messaging[]`,
// not `changes`, so the comment normaliser skips them and this reads them. Pure: no I/O, no clock.
//
//   { object: 'page' | 'instagram', entry: [{ id, time, messaging: [{ sender: { id }, recipient: { id },
//     timestamp, message: { mid, text?, is_echo?, attachments? } }] }] }
//
// Read receipts, deliveries, reactions and postbacks carry no `message` and give nothing.
import { z } from 'zod';
import { withoutNul } from '../storable-text.ts';

export interface NormalisedMessage {
  platform: 'facebook' | 'instagram' | 'x';
  /** The school's account. */
  accountExternalId: string;
  /** The person writing to the school (for an echo: the person the school wrote to). */
  participantExternalId: string;
  participantName?: string;
  /** The platform's id for the message: what a redelivery is recognised by. */
  messageExternalId: string;
  /** in: from the person; out: the school's own answer, sent from Schoolgate or the platform's inbox. */
  direction: 'in' | 'out';
  text: string;
  sentAt: Date;
  receivedAt: Date;
}

/** What a message with no words (a photo, a voice note, a sticker) is stored as. */
export const ATTACHMENT_ONLY = '(An attachment with no text: open the conversation on the platform to see it.)';

const Messaging = z.object({
  sender: z.object({ id: z.string() }),
  recipient: z.object({ id: z.string() }),
  timestamp: z.number(),
  message: z.object({
    mid: z.string().min(1),
    text: z.string().optional(),
    is_echo: z.boolean().optional(),
    attachments: z.array(z.unknown()).optional(),
  }),
});
const Envelope = z.object({
  object: z.string(),
  entry: z.array(
    z
      .object({ id: z.string(), messaging: z.array(z.unknown()).optional() })
      .passthrough()
      .or(z.unknown()),
  ),
});

const OBJECT = { facebook: 'page', instagram: 'instagram' } as const;

export function normaliseGraphMessages(
  platform: 'facebook' | 'instagram',
  payload: unknown,
  receivedAt: Date,
): NormalisedMessage[] {
  const envelope = Envelope.safeParse(withoutNul(payload));
  if (!envelope.success || envelope.data.object !== OBJECT[platform]) return [];
  const messages: NormalisedMessage[] = [];
  for (const rawEntry of envelope.data.entry) {
    const entry = rawEntry as { id?: unknown; messaging?: unknown };
    if (typeof entry.id !== 'string' || !Array.isArray(entry.messaging)) continue;
    for (const raw of entry.messaging) {
      const read = Messaging.safeParse(raw);
      if (!read.success) continue;
      const { sender, recipient, timestamp, message } = read.data;
      const echo = message.is_echo === true || sender.id === entry.id;
      const text = message.text?.trim() ? message.text : ATTACHMENT_ONLY;
      messages.push({
        platform,
        accountExternalId: entry.id,
        participantExternalId: echo ? recipient.id : sender.id,
        messageExternalId: message.mid,
        direction: echo ? 'out' : 'in',
        text,
        // Meta's timestamp is in milliseconds.
        sentAt: new Date(timestamp),
        receivedAt,
      });
    }
  }
  return messages;
}
