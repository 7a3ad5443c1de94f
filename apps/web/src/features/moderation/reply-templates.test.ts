import { describe, expect, it } from 'vitest';
import { replyTemplates } from './reply-templates';

const complaintsText = (url: string | null) => replyTemplates(url).find((t) => t.id === 'complaints-procedure')!.text;

describe('replyTemplates', () => {
  it('points a complaint to the school’s own complaints page when its policy names one', () => {
    expect(complaintsText('https://meadowbank.sch.uk/complaints')).toContain(
      'Please use our complaints procedure at https://meadowbank.sch.uk/complaints, so the right person',
    );
  });

  it.each([null, '', '   '])(
    'says “the complaints procedure on the school website” when there is no page (%j)',
    (url) => {
      const text = complaintsText(url);
      expect(text).toContain('Please use the complaints procedure on the school website, so the right person');
      expect(text).not.toContain('http');
    },
  );

  it('leaves the other templates as they are', () => {
    const withPage = replyTemplates('https://meadowbank.sch.uk/complaints');
    const without = replyTemplates(null);
    expect(withPage.filter((t) => t.id !== 'complaints-procedure')).toEqual(
      without.filter((t) => t.id !== 'complaints-procedure'),
    );
    expect(withPage.map((t) => t.id)).toEqual([
      'contact-office',
      'complaints-procedure',
      'answer-question',
      'not-here',
    ]);
  });
});
