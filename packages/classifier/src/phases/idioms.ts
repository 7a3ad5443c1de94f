/**
 * Friendly idioms that borrow violent or pushy words: "killing it", "smashed it", "shoot me a
 * message", "ring me on". The threat phase removes them before looking for threats; the model
 * sees the tokens without them (in training too), so "killing" in praise does not read as abuse
 * and "ring me on" does not read as spam. Matched on the tokens joined by single spaces.
 */
export const IDIOMS =
  /\b(?:kill(?:ing|ed|s)? it|smash(?:ed|ing)? it|kill(?:ing)? time|killing me|kill for an?|dying to|to die for|die (?:of|from) (?:laughing|embarrassment)|beat (?:you|u|them|us) (?:at|in|to|on)|dead (?:proud|good|funny|nice|chuffed)|shoot (?:me )?(?:a |an )?(?:message|email|text|dm)|shot (?:at|on) goal|photo ?shoot|knock(?:ed|ing)? (?:it )?out of the park)\b/g;

/**
 * Friendly uses of the words of harm that only the threat phase's plain-word rule takes out (the
 * model keeps seeing them as it did in training): "break a leg" before a show, shooting a photo or
 * film, a cricket or rounders bat, a knife and fork, getting shot of old books, Year 6 who will "smash" a test.
 */
export const THREAT_IDIOMS =
  /\b(?:break a leg|(?:shoot|shooting|shot) (?:\w+ ){0,3}(?:photos?|pictures?|film|video|scenes?|footage|hoops|baskets?|goals?)|(?:shot|shots) (?:at|on) (?:goal|target)|(?:a|the|my|his|her) (?:cricket|rounders|baseball|ping pong|table tennis) bat|knife and fork|(?:get|gets|getting|got) shot of|(?:smash|smashed|smashing|kill|killing|killed) (?:it|them|their \w+|the \w+ tests?|sats)|booster jab|flu jab)\b/g;

/** Friendly requests to get in touch, which YouTube spam taught the model to distrust. */
const CONTACT = /\b(?:(?:ring|call|phone|text|message|contact|email|dm|pm|inbox) me(?: on| at)?|get in touch)\b/g;

/** The tokens the model scores: idioms and contact requests taken out. */
export const modelTokens = (tokens: readonly string[]): string[] => {
  const joined = ` ${tokens.join(' ')} `;
  const kept = joined.replace(IDIOMS, ' ').replace(CONTACT, ' ');
  return kept === joined ? [...tokens] : kept.split(' ').filter((t) => t.length > 0);
};
