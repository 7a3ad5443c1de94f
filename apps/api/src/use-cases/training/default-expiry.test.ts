import { describe, expect, it } from 'vitest';
import { defaultExpiryPeriod } from './default-expiry.ts';

describe('defaultExpiryPeriod', () => {
  it('finds the validity period an expiry was worked out from', () => {
    expect(defaultExpiryPeriod('2025-01-20', '2026-01-20', [24, 12])).toBe(12);
    expect(defaultExpiryPeriod('2025-01-20', '2027-01-20', [24, 12])).toBe(24);
  });

  it('takes any other expiry as typed from a certificate', () => {
    expect(defaultExpiryPeriod('2025-01-20', '2026-03-31', [24, 12])).toBeNull();
    expect(defaultExpiryPeriod('2025-01-20', null, [12])).toBeNull();
  });
});
