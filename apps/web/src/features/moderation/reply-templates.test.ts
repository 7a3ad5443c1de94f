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
      'report-privately',
    ]);
  });
});

describe('the worried-parent template (issue 12)', () => {
  const reportText = (url: string | null) => replyTemplates(null, url).find((t) => t.id === 'report-privately')!.text;
  const PAGE = 'https://schoolgate.meadowbank.sch.uk/report/0123456789abcdef0123456789abcdef';

  it("gives the school's public raise-a-concern page", () => {
    expect(reportText(PAGE)).toBe(
      `If you are worried about a child, please do not share the details here: tell us privately at ${PAGE}. It goes straight to the right person in school, and you will get a reference number.`,
    );
  });

  it.each([null, '', '  '])('sends them to the office in words when there is no page (%j)', (url) => {
    const text = reportText(url);
    expect(text).toContain('tell the school office privately, by phone or email');
    expect(text).not.toContain('http');
    expect(text).not.toContain('reference number');
  });

  it('changes no other template', () => {
    expect(replyTemplates(null, PAGE).filter((t) => t.id !== 'report-privately')).toEqual(
      replyTemplates(null, null).filter((t) => t.id !== 'report-privately'),
    );
  });
});
