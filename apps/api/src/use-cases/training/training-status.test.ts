import { describe, expect, it } from 'vitest';
import { overallStatus, personStatus, statusOfExpiry } from './training-status.ts';

const today = '2025-03-01';

describe('training status', () => {
  it('is valid, then expiring in the last 30 days, then expired on the expiry date', () => {
    expect(statusOfExpiry('2025-04-01', today)).toBe('valid');
    expect(statusOfExpiry('2025-03-31', today)).toBe('expiring');
    expect(statusOfExpiry('2025-03-02', today)).toBe('expiring');
    expect(statusOfExpiry('2025-03-01', today)).toBe('expired');
    expect(statusOfExpiry(null, today)).toBe('valid');
  });

  it('lets a refresher supersede an expired induction', () => {
    const s = personStatus(
      [
        { kind: 'induction', completedOn: '2023-09-01', expiresOn: '2024-09-01' },
        { kind: 'refresher', completedOn: '2024-10-01', expiresOn: '2025-10-01' },
      ],
      today,
    );
    expect(s).toEqual({ policy: 'valid', dsl: 'none', policyValidUntil: '2025-10-01' });
  });

  it('asks DSL training only of the DSL team', () => {
    const s = personStatus([{ kind: 'induction', completedOn: '2025-01-01', expiresOn: '2026-01-01' }], today);
    expect(overallStatus(s, 'staff')).toBe('valid');
    expect(overallStatus(s, 'dsl')).toBe('none');
  });
});
