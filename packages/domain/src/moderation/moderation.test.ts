import { describe, expect, it } from 'vitest';
import { commentSeverity } from './severity.ts';
import { responseNeed } from './needs-response.ts';

describe('commentSeverity', () => {
  it('puts a likely threat above a certain advert', () => {
    expect(commentSeverity([{ category: 'threat', score: 0.7 }])).toBeGreaterThan(
      commentSeverity([{ category: 'commercial', score: 1 }]),
    );
  });
  it('takes the worst label of several', () => {
    expect(
      commentSeverity([
        { category: 'spam', score: 0.9 },
        { category: 'hate', score: 0.8 },
      ]),
    ).toBe(0.8);
  });
  it('is 0 for a comment with no labels', () => {
    expect(commentSeverity([])).toBe(0);
  });
});

describe('responseNeed', () => {
  it.each([
    ['What time does the Christmas fair start?', [], 'leave', true],
    ['does anyone know if the bus is running tomorrow', [], 'leave', true],
    ['Please can we have the dates for the trip', [], 'leave', true],
    ['Lovely photos, well done Year 4!', [], 'leave', false],
    ['Thank you to all the staff', [], 'leave', false],
    ["Mr Hughes shouted at my son again, it's not acceptable", [{ category: 'complaint', score: 0.8 }], 'queue', true],
    ['Who does she think she is? Idiot.', [{ category: 'abuse', score: 0.9 }], 'hide', false],
  ] as const)('%s -> %s', (text, labels, decision, needed) => {
    expect(responseNeed(text, labels, decision).needed).toBe(needed);
  });
});
