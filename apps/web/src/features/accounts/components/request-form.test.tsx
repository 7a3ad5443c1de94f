import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StaffOptionsResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { RequestForm } from './request-form';

afterEach(() => vi.unstubAllGlobals());

const staff: StaffOptionsResponse = {
  items: [
    { id: '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a01', name: 'Amy Adams', missing: [] },
    { id: '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a02', name: 'Ben Brown', missing: ['signature', 'training'] },
  ],
};

describe('RequestForm', () => {
  it('shows beside each possible runner whether they are ready, and warns when one who is not is chosen', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, staff)),
    );
    renderWithApp(<RequestForm onSent={() => undefined} />, { me: makeMe() });

    const amy = await screen.findByRole('checkbox', { name: 'Amy Adams' });
    const ben = screen.getByRole('checkbox', { name: 'Ben Brown' });
    expect(amy).toHaveAccessibleDescription('Ready');
    expect(ben).toHaveAccessibleDescription('has not signed the policy, training not in date');
    expect(screen.queryByText(/cannot be approved until/)).not.toBeInTheDocument();

    await userEvent.click(amy);
    await userEvent.click(ben);
    expect(
      screen.getByText(
        'You can send the request, but it cannot be approved until this runner is ready: Ben Brown (has not signed the policy, training not in date).',
      ),
    ).toBeInTheDocument();
  });
});
