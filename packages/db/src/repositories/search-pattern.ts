// Turns what a person typed into an ILIKE pattern that matches it literally anywhere in the text.
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
