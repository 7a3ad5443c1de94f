// A concern's reference: short enough to read out on the phone, random so it says nothing about how many there are.
import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: read aloud and copied by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newConcernReference(): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `C-${part()}-${part()}`;
}
