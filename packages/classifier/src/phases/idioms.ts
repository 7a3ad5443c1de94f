/**
 * Friendly idioms that borrow violent or pushy words: "killing it", "smashed it", "shoot me a
 * message", "ring me on". The threat phase removes them before looking for threats; the model
 * sees the tokens without them (in training too), so "killing" in praise does not read as abuse
 * and "ring me on" does not read as spam. Matched on the tokens joined by single spaces.
 */
export const IDIOMS =
  /\b(?:kill(?:ing|ed|s)? it|smash(?:ed|ing)? it|kill(?:ing)? time|killing me|kill for an?|dying to|to die for|die (?:of|from) (?:laughing|embarrassment)|beat (?:you|u|them|us) (?:at|in|to|on)|dead (?:proud|good|funny|nice|chuffed)|shoot (?:me )?(?:a |an )?(?:message|email|text|dm)|shot (?:at|on) goal|photo ?shoot|knock(?:ed|ing)? (?:it )?out of the park)\b/g;

/** Friendly requests to get in touch, which YouTube spam taught the model to distrust. */
const CONTACT = /\b(?:(?:ring|call|phone|text|message|contact|email|dm|pm|inbox) me(?: on| at)?|get in touch)\b/g;

/** The tokens the model scores: idioms and contact requests taken out. */
export const modelTokens = (tokens: readonly string[]): string[] => {
  const joined = ` ${tokens.join(' ')} `;
  const kept = joined.replace(IDIOMS, ' ').replace(CONTACT, ' ');
  return kept === joined ? [...tokens] : kept.split(' ').filter((t) => t.length > 0);
};
