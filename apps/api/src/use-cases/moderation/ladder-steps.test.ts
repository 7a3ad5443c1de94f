import { describe, expect, it } from 'vitest';
import { LADDER_STEP_VALUES } from '@schoolgate/contracts';
import { LADDER_STEPS } from '@schoolgate/domain';

describe('the ladder', () => {
  it('offers the web every step a school can put in its policy', () => {
    expect([...LADDER_STEP_VALUES].sort()).toEqual([...LADDER_STEPS].sort());
  });
});
