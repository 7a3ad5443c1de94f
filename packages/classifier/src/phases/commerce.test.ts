import { describe, expect, it } from 'vitest';
import { categoriesOf, signalsOf, testEnv } from './phase-test-kit.ts';

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

  it('counts each link once, so one https://www. link is not a link farm', () => {
    expect(signalsOf('commerce', 'More photos at https://www.flickr.com/photos/sportsday')).toEqual([]);
    expect(signalsOf('commerce', '<a href="https://www.flickr.com/p">https://www.flickr.com/p</a>')).toEqual([]);
    expect(signalsOf('commerce', 'see https://www.a-deals.com/x and https://www.b-deals.net/y')).toEqual([
      { category: 'spam', score: 0.7, evidence: '2 links' },
    ]);
  });

  it('does not count links to the school, public bodies or fundraising pages towards spam', () => {
    expect(categoriesOf('commerce', 'Trip letter: https://www.school.sch.uk/letters/trip.pdf')).toEqual([]);
    expect(
      categoriesOf('commerce', 'Forms at https://www.gov.uk/apply-free-school-meals and https://www.nhs.uk/vaccines'),
    ).toEqual([]);
    const env = { ...testEnv(), trustedDomains: ['stmarys.org.uk'] };
    expect(
      categoriesOf('commerce', 'Menu https://stmarys.org.uk/menu and https://stmarys.org.uk/term-dates', env),
    ).toEqual([]);
  });

  it('reads a fundraising link as a donation request, not spam', () => {
    expect(
      categoriesOf('commerce', 'https://www.justgiving.com/page/amy-run https://www.gofundme.com/f/new-roof'),
    ).toEqual(['donation']);
  });

  it('reads the whole of a long comment', () => {
    expect(categoriesOf('commerce', `${'Lovely assembly today. '.repeat(600)}Earn £300 a day from home`)).toEqual([
      'spam',
    ]);
  });
});
