// Turns what a person typed into an ILIKE pattern that matches it literally: exactly (case ignored), or anywhere
// in the text.
export function literalPattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function containsPattern(text: string): string {
  return `%${literalPattern(text)}%`;
}
