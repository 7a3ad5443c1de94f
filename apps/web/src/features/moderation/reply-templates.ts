// Short public replies that move a conversation off the page and into the school's own routes (003, 004): the
// complaints procedure or a private word with the office. Never a reply that argues or discusses a child.
// The complaints template points to the school's own complaints page (its policy's `moderation.complaintsUrl`); the
// worried-parent template points to the school's public "raise a concern" page (issue 12), whose full address the API
// sends with the comment (`publicReportUrl`, from the school's public token).
export interface ReplyTemplate {
  id: string;
  label: string;
  text: string;
}

/** Where the complaints template sends people: the school's page, or in words when the policy names none. */
export function complaintsRoute(complaintsUrl: string | null): string {
  const url = complaintsUrl?.trim();
  return url ? `our complaints procedure at ${url}` : 'the complaints procedure on the school website';
}

/** Where a worried parent can tell the school privately: its "raise a concern" page, or the office in words. */
export function privateReportText(publicReportUrl: string | null): string {
  const url = publicReportUrl?.trim();
  const start = 'If you are worried about a child, please do not share the details here:';
  return url
    ? `${start} tell us privately at ${url}. It goes straight to the right person in school, and you will get a reference number.`
    : `${start} tell the school office privately, by phone or email, and the right person in school will follow it up.`;
}

/** The templates, with the school's complaints route and its "raise a concern" page filled in. */
export function replyTemplates(
  complaintsUrl: string | null,
  publicReportUrl: string | null = null,
): readonly ReplyTemplate[] {
  return [
    {
      id: 'contact-office',
      label: 'Ask them to contact the office',
      text: 'Thank you for raising this. So we can look into it properly, please contact the school office by phone or email, and a member of staff will get back to you.',
    },
    {
      id: 'complaints-procedure',
      label: 'Point to the complaints procedure',
      text: `We are sorry to hear you are unhappy. We take every concern seriously and want to put things right. Please use ${complaintsRoute(complaintsUrl)}, so the right person can respond to you directly.`,
    },
    {
      id: 'answer-question',
      label: 'Answer a question privately',
      text: 'Thanks for your question. The school office will be happy to help: please send them a message or give them a call during the school day.',
    },
    {
      id: 'not-here',
      label: 'Ask them not to discuss individuals here',
      text: 'We cannot discuss individual pupils, families or staff on social media. Please speak to the school office in confidence and we will follow this up with you.',
    },
    {
      id: 'report-privately',
      label: 'Ask a worried parent to tell us privately',
      text: privateReportText(publicReportUrl),
    },
  ];
}
