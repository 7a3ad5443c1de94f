import { describe, expect, it } from 'vitest';
import { dateFromUnix, dedupeKeyFor } from './normalised-event.ts';

const at = new Date('2025-06-16T08:30:13Z');

describe('dedupeKeyFor', () => {
  it.each([
    ['facebook', 'comment_added', 'facebook:1_2:comment_added'],
    ['facebook', 'comment_edited', 'facebook:1_2:comment_edited:2025-06-16T08:30:13.000Z'],
    ['instagram', 'comment_hidden', 'instagram:1_2:comment_hidden:2025-06-16T08:30:13.000Z'],
    ['x', 'comment_removed', 'x:1_2:comment_removed:2025-06-16T08:30:13.000Z'],
  ] as const)('%s %s gives %s', (platform, kind, key) => {
    expect(dedupeKeyFor({ platform, kind, commentExternalId: '1_2', occurredAt: at })).toBe(key);
  });

  it('gives two edits of one comment at different times different keys, and one addition one key', () => {
    const later = new Date(at.getTime() + 1000);
    const edit = (occurredAt: Date) =>
      dedupeKeyFor({ platform: 'facebook', kind: 'comment_edited', commentExternalId: '1', occurredAt });
    const add = (occurredAt: Date) =>
      dedupeKeyFor({ platform: 'facebook', kind: 'comment_added', commentExternalId: '1', occurredAt });
    expect(edit(at)).not.toBe(edit(later));
    expect(add(at)).toBe(add(later));
  });
});

describe('dateFromUnix', () => {
  it('reads seconds and milliseconds', () => {
    expect(dateFromUnix(1750062613)).toEqual(new Date('2025-06-16T08:30:13Z'));
    expect(dateFromUnix(1750062613000)).toEqual(new Date('2025-06-16T08:30:13Z'));
  });
});
