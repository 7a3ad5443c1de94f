import { describe, expect, it } from 'vitest';
import { looksLikePressContact } from './press-contact.ts';

describe('looksLikePressContact', () => {
  it.each([
    ["Hello, I'm a reporter at the Northshire Echo looking into the incident. Could the head contact me?", true],
    ['I am a journalist writing about school funding, can someone call me?', true],
    ['Please contact our newsdesk about the story', true],
    ['We are producers for a piece on local schools', true],
    ['My daughter wants to be a journalist when she grows up!', false],
    ['Great report card evening, thank you', false],
    ['The press photos from sports day are lovely', false],
  ])('%s -> %s', (text, expected) => {
    expect(looksLikePressContact(text)).toBe(expected);
  });
});
