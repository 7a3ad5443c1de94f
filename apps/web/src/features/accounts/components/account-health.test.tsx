import { screen } from '@testing-library/react';
import type { RegisterAccount } from '@schoolgate/contracts';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { AccountHealth } from './account-health';

const account: RegisterAccount = {
  id: '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a01',
  platform: 'facebook',
  handle: 'Meadowbank Primary School',
  displayName: 'Meadowbank Primary School',
  status: 'active',
  link: null,
  runners: [],
  flags: [],
  health: {
    lastDeliveryAt: '2026-07-01T13:05:00.000Z',
    lastPollCursor: null,
    tokenStored: true,
    tokenExpiresAt: null,
    missingPermissions: [],
    webhookSubscribed: true,
    lastPollAt: null,
    connectedAt: '2026-06-01T09:00:00.000Z',
    reconnectReason: null,
  },
};

describe('AccountHealth', () => {
  it('gives the time of the last comment in UK time, written out as on every other page', () => {
    renderWithApp(<AccountHealth account={account} />);
    // 13:05 UTC is 14:05 in London in July, whatever the computer's own time zone.
    expect(screen.getByText(/Last comment received 1 Jul 2026, 14:05:00\./)).toBeInTheDocument();
  });
});
