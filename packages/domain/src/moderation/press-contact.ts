// Contact from a journalist (004: routed to the head, and no reply before the head approves). A comment that
// introduces its writer as press is flagged so the author can be marked as press before anyone answers.
const PRESS =
  /\b(i'?m|i am|we are|we're)\s+(a\s+|an\s+)?(reporter|journalist|correspondent|editor|producer)\b|\b(newsdesk|news desk|press office|for (a|our) (story|article|piece|report)|(reporter|journalist) (at|for|from|with) the)\b/i;

export function looksLikePressContact(text: string): boolean {
  return PRESS.test(text);
}
