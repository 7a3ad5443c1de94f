import { describe, expect, it } from 'vitest';
import { ATTACHMENT_ONLY, normaliseGraphMessages } from './graph-messages.ts';

const PAGE = '104000000000001';
const at = new Date('2026-11-18T10:00:00Z');
const entry = (messaging: unknown[]) => ({ object: 'page', entry: [{ id: PAGE, time: 1763460000000, messaging }] });

describe('normaliseGraphMessages', () => {
  it('reads a message to the Page, the Page’s own echo, and a photo with no words', () => {
    const messages = normaliseGraphMessages(
      'facebook',
      entry([
        {
          sender: { id: 'p1' },
          recipient: { id: PAGE },
          timestamp: 1763460000000,
          message: { mid: 'm_1', text: 'Hi' },
        },
        {
          sender: { id: PAGE },
          recipient: { id: 'p1' },
          timestamp: 1763460060000,
          message: { mid: 'm_2', text: 'Hello', is_echo: true },
        },
        {
          sender: { id: 'p1' },
          recipient: { id: PAGE },
          timestamp: 1763460120000,
          message: { mid: 'm_3', attachments: [{}] },
        },
      ]),
      at,
    );
    expect(messages.map((m) => [m.direction, m.participantExternalId, m.messageExternalId, m.text])).toEqual([
      ['in', 'p1', 'm_1', 'Hi'],
      ['out', 'p1', 'm_2', 'Hello'],
      ['in', 'p1', 'm_3', ATTACHMENT_ONLY],
    ]);
    expect(messages[0]!.sentAt.toISOString()).toBe('2025-11-18T10:00:00.000Z');
  });

  it('gives nothing for read receipts, reactions, comment changes or another platform’s object', () => {
    expect(
      normaliseGraphMessages(
        'facebook',
        entry([{ sender: { id: 'p1' }, recipient: { id: PAGE }, timestamp: 1, read: { watermark: 1 } }]),
        at,
      ),
    ).toEqual([]);
    expect(normaliseGraphMessages('instagram', entry([]), at)).toEqual([]);
    expect(
      normaliseGraphMessages('facebook', { object: 'page', entry: [{ id: PAGE, time: 1, changes: [] }] }, at),
    ).toEqual([]);
    expect(normaliseGraphMessages('facebook', 'not json', at)).toEqual([]);
  });
});
