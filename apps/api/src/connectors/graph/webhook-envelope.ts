// The envelope Meta wraps every webhook in: `{ object, entry: [{ id, time, changes: [{ field, value }] }] }`.
// One POST can carry several entries (several Pages) and several changes each, so normalisation walks them all
// and skips what it cannot read rather than dropping the whole delivery.
import { z } from 'zod';
import type { NormalisedEvent, SkippedChange } from '../normalised-event.ts';

const Change = z.object({ field: z.string(), value: z.unknown() });
const Entry = z.object({
  id: z.string(),
  time: z.number(),
  changes: z.array(z.unknown()).optional(),
});
const Envelope = z.object({ object: z.string(), entry: z.array(z.unknown()) });

export interface EnvelopeChange {
  accountExternalId: string;
  /** entry.time: when Meta says the change happened. */
  entryTime: number;
  field: string;
  value: unknown;
  raw: unknown;
}

/** One comment change read by its platform's reader: the event, or why it gave none. */
export type ChangeReading = { event: NormalisedEvent } | { skip: string };

export function readEnvelope(
  payload: unknown,
  expectedObject: 'page' | 'instagram',
): { changes: EnvelopeChange[]; skipped: SkippedChange[] } {
  const envelope = Envelope.safeParse(payload);
  if (!envelope.success) return { changes: [], skipped: [{ reason: 'not a Meta webhook envelope', raw: payload }] };
  if (envelope.data.object !== expectedObject) {
    return {
      changes: [],
      skipped: [{ reason: `object "${envelope.data.object}", expected "${expectedObject}"`, raw: payload }],
    };
  }
  const changes: EnvelopeChange[] = [];
  const skipped: SkippedChange[] = [];
  for (const rawEntry of envelope.data.entry) {
    const entry = Entry.safeParse(rawEntry);
    if (!entry.success) {
      skipped.push({ reason: 'entry without id or time', raw: rawEntry });
      continue;
    }
    // Messaging entries carry `messaging` instead of `changes`; they are not comments.
    if (!entry.data.changes) {
      skipped.push({ reason: 'entry without changes', raw: rawEntry });
      continue;
    }
    for (const rawChange of entry.data.changes) {
      const change = Change.safeParse(rawChange);
      if (!change.success) {
        skipped.push({ reason: 'change without field', raw: rawChange });
        continue;
      }
      changes.push({
        accountExternalId: entry.data.id,
        entryTime: entry.data.time,
        field: change.data.field,
        value: change.data.value,
        raw: rawChange,
      });
    }
  }
  return { changes, skipped };
}
