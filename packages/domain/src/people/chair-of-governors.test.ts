import { describe, expect, it } from 'vitest';
import { isChairOfGovernors } from './chair-of-governors.ts';

describe('isChairOfGovernors', () => {
  it.each([
    ['Chair of Governors', true],
    ['chair', true],
    ['Co-opted governor, Chair', true],
    ['Vice-Chair of Governors', false],
    ['Vice Chair', false],
    ['Parent governor', false],
    ['Chairperson of the finance committee', false],
    [null, false],
  ])('%s → %s', (title, expected) => {
    expect(isChairOfGovernors(title)).toBe(expected);
  });
});
