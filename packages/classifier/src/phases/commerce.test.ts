import { describe, expect, it } from 'vitest';
import { categoriesOf } from './phase-test-kit.ts';

describe('commerce phase', () => {
  it('finds money-making spam', () => {
    expect(categoriesOf('commerce', 'Earn £300 a day from home, DM me to earn')).toEqual(['spam']);
  });

  it('finds adverts for a business', () => {
    expect(categoriesOf('commerce', 'Selling my handmade cakes, £15 each, PM for prices')).toEqual(['commercial']);
  });

  it('finds requests for donations and sponsorship', () => {
    expect(categoriesOf('commerce', 'Please sponsor my fun run, justgiving.com/run')).toEqual(['donation']);
  });

  it('leaves ordinary questions about school events alone', () => {
    expect(categoriesOf('commerce', 'How much are tickets for the summer fair?')).toEqual([]);
  });
});
