/**
 * Phase 6: spam, adverts and requests for money (000: "Posts that advertise unrelated
 * commercial activity", 002: "Posts that advertise commercial activity or ask for donations").
 * Phrase rules written for parents' pages in the UK; the model's spam head, trained on
 * YouTube comment spam, adds what the phrases miss. Reads the whole comment up to
 * MAX_RULE_CHARS (`fullLower`): the patterns are cheap.
 */
import { findLinks } from './links.ts';
import type { Phase, Signal } from './phase.ts';

interface Rule {
  re: RegExp;
  score: number;
  why: string;
}

const SPAM: Rule[] = [
  {
    re: /\b(?:dm|inbox|pm|message|whatsapp|text) me (?:to|for|now|if you want to) (?:earn|make|start|learn|know how)/,
    score: 0.9,
    why: '"DM me to earn"',
  },
  {
    re: /\b(?:earn|make|making|earning|made) (?:£|\$|€)?\d[\d,.]*k? ?(?:a|per|every|each) (?:day|week|month|hour)|\b(?:earn|make) (?:money|cash|£|\$) (?:from|at|working from) home\b|\bwork(?:ing)? from home (?:opportunity|and earn)/,
    score: 0.85,
    why: 'earnings promise',
  },
  {
    re: /\b(?:bitcoin|crypto|forex|binary options|nft|trading) (?:investment|platform|mentor|expert|account manager|signals?|profits?)|\b(?:investment|account) manager\b|\bpassive income\b|\bfinancial freedom\b/,
    score: 0.85,
    why: 'investment scam wording',
  },
  {
    re: /\b(?:check out|subscribe to|visit|follow) my (?:channel|page|profile|youtube|insta|instagram|tiktok|onlyfans|link)|\bclick (?:the|my|this) link\b|\blink in (?:my )?bio\b|\bsub4sub\b/,
    score: 0.8,
    why: 'self-promotion link',
  },
  {
    re: /\b(?:you (?:have|ve) won|claim your (?:prize|reward|gift)|free (?:iphone|gift ?cards?|vouchers?|money)|congratulations you)/,
    score: 0.85,
    why: 'prize scam wording',
  },
  { re: /\b(?:sugar (?:daddy|mummy|mommy)|hot singles|onlyfans)\b/, score: 0.85, why: 'adult spam wording' },
];

const COMMERCIAL: Rule[] = [
  {
    re: /\b(?:for sale|selling (?:my|our|a|these|some)|now taking (?:orders|bookings)|taking bookings|book (?:now|today|your|in)|order (?:now|today|yours)|free quotes?|(?:dm|pm|message|inbox) (?:me )?for (?:prices|details|more info|a quote|bookings))\b/,
    score: 0.75,
    why: 'sales wording',
  },
  {
    re: /\b(?:use (?:my |the )?code|discount code|promo code|\d{1,2}% off|prices? from (?:only )?£|only £\d+|£\d+(?:\.\d\d)? (?:each|per|a (?:session|hour|box|bag)))/,
    score: 0.75,
    why: 'price or discount',
  },
  {
    re: /\b(?:my|our) (?:small )?(?:business|shop|salon|company|bakery|cake business|cleaning (?:company|business)|tutoring (?:business|service)|online shop)\b|\b(?:we|i) (?:offer|provide|sell|make) (?:\w+ ){0,3}(?:services|cakes|lessons|tutoring|cleaning|nails|lashes|parties|products)\b/,
    score: 0.7,
    why: 'advertises a business',
  },
  {
    re: /\b(?:visit|check out|like|follow) (?:my|our) (?:page|shop|website|business page|facebook page)\b|\bcheck out our\b/,
    score: 0.65,
    why: 'points to a business page',
  },
];

const DONATION: Rule[] = [
  {
    re: /\b(?:please |kindly )?(?:donate|donations?|sponsor (?:me|us|my|our)|please sponsor|sponsorship for)\b/,
    score: 0.8,
    why: 'asks for donations',
  },
  {
    re: /\b(?:justgiving|just giving|gofundme|go fund me|crowdfunder|crowdfunding|paypal\.me|paypal me|fundraising page|fundraiser page)\b/,
    score: 0.85,
    why: 'fundraising platform',
  },
  {
    re: /\b(?:raising money for|help us raise|help me raise|every (?:penny|pound|little) (?:helps|counts)|spare (?:a few|any) (?:pounds|quid|£)|chip in|send (?:me |us )?money|sort code|bank transfer|reach our target|towards (?:my|our) target)\b/,
    score: 0.75,
    why: 'asks for money',
  },
];

/**
 * The rules of a list joined into one pattern, which matches somewhere exactly when one of them
 * does: most comments match none, and one scan is about a third of the cost of a scan per rule.
 */
const anyOf = (rules: readonly Rule[]): RegExp => {
  // Joining is exact only for patterns without flags or back-references.
  if (rules.some((r) => r.re.flags !== '' || /\\[1-9]/.test(r.re.source))) throw new Error('a rule cannot be joined');
  return new RegExp(rules.map((r) => `(?:${r.re.source})`).join('|'));
};
const LISTS = (
  [
    ['spam', SPAM],
    ['commercial', COMMERCIAL],
    ['donation', DONATION],
  ] as const
).map(([category, rules]) => ({ category, rules, any: anyOf(rules) }));

const hits = (rules: Rule[], text: string): Rule[] => rules.filter((r) => r.re.test(text));

export const commercePhase: Phase = {
  name: 'commerce',
  run(state, env) {
    const text = state.text.fullLower.replace(/\s+/g, ' ');
    const out: Signal[] = [];
    for (const { category, rules, any } of LISTS) {
      const found = any.test(text) ? hits(rules, text) : [];
      if (found.length === 0) continue;
      // Two independent rules agreeing is stronger evidence than either alone.
      const best = Math.max(...found.map((r) => r.score));
      const score = Math.min(0.97, best + 0.1 * (found.length - 1));
      out.push({ category, score, evidence: `rule: ${found.map((r) => r.why).join(', ')}` });
    }
    // Each link once (also `<a href="x">x</a>`); links to public bodies, the school and fundraising
    // platforms are not a link farm.
    const others = findLinks(text, env.trustedDomains).filter((l) => l.kind === 'other');
    const urls = new Set(others.map((l) => l.text.replace(/^https?:\/\/(?:www\.)?|^www\./, ''))).size;
    if (urls >= 2) out.push({ category: 'spam', score: 0.6 + 0.05 * Math.min(urls, 6), evidence: `${urls} links` });
    state.signals.push(...out);
  },
};
