import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AcceptanceCoverageResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { CoveragePanel } from './coverage-panel';

afterEach(() => vi.unstubAllGlobals());

const coverage: AcceptanceCoverageResponse = {
  version: { id: '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a33', number: 2, contentHash: 'b'.repeat(64), publishedAt: null },
  scope: 'all_staff',
  total: 3,
  signed: 1,
  percent: 33,
  items: [
    {
      staffId: '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a01',
      name: 'Amy Adams',
      jobTitle: null,
      role: 'staff',
      canSignIn: true,
      signedAt: '2025-03-04T10:02:00.000Z',
    },
    {
      staffId: '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a02',
      name: 'Ben Brown',
      jobTitle: null,
      role: 'staff',
      canSignIn: true,
      signedAt: null,
    },
    {
      staffId: '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a03',
      name: 'Cat Cole',
      jobTitle: null,
      role: 'account_admin',
      canSignIn: false,
      signedAt: null,
    },
  ],
};

describe('CoveragePanel', () => {
  it('shows how many have signed, who has not, and reminds them', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/acceptance/remind'
        ? jsonResponse(200, { reminded: 1, outstanding: 2, withoutSignIn: 1 })
        : jsonResponse(200, coverage),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CoveragePanel canRemind />, { me: makeMe() });

    expect(await screen.findByText('1 of 3 members of staff (33%) have signed version 2.')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Staff who have signed version 2' })).toHaveAttribute(
      'aria-valuenow',
      '33',
    );
    const table = screen.getByRole('table', { name: 'Signatures of version 2' });
    expect(within(table).getByRole('row', { name: /Ben Brown/ })).toHaveTextContent('Not signed');
    expect(within(table).getByRole('row', { name: /Amy Adams/ })).toHaveTextContent('Signed');

    await userEvent.click(screen.getByRole('switch', { name: 'Show only those who have not signed' }));
    expect(within(table).queryByRole('row', { name: /Amy Adams/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Remind those who have not signed' }));
    expect(await screen.findByText(/1 reminder sent\. 1 person cannot sign in/)).toBeInTheDocument();
  });

  it('invites someone who cannot sign in from beside their name, so they can come and sign', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/staff/3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a03/invitation'
        ? jsonResponse(201, {
            invitation: {
              sentAt: '2025-03-05T10:00:00.000Z',
              expiresAt: '2025-03-12T10:00:00.000Z',
              expired: false,
              accepted: false,
              emailed: true,
            },
          })
        : jsonResponse(200, coverage),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CoveragePanel canRemind canInvite />, { me: makeMe() });
    const table = await screen.findByRole('table', { name: 'Signatures of version 2' });
    // Only the person without a sign-in is offered one.
    expect(within(table).getAllByRole('button', { name: /^Invite / })).toHaveLength(1);

    await userEvent.click(within(table).getByRole('button', { name: 'Invite Cat Cole' }));
    expect(
      await screen.findByText('Invitation emailed to Cat Cole. Once they have signed in, they can sign the policy.'),
    ).toBeInTheDocument();
    const [url, init] = fetchMock.mock.calls.find(([u]) => String(u).includes('/invitation'))! as unknown as [
      string,
      RequestInit,
    ];
    expect(url).toBe('/api/staff/3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a03/invitation');
    expect(init.method).toBe('POST');
    expect(within(table).getByRole('row', { name: /Cat Cole/ })).toHaveTextContent('Invited to sign in');
    expect(within(table).getByRole('button', { name: 'Resend the invitation to Cat Cole' })).toBeInTheDocument();
  });

  it('offers no reminder button to those who cannot send one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, coverage)),
    );
    renderWithApp(<CoveragePanel canRemind={false} />, { me: makeMe({ role: 'governor' }) });
    await screen.findByRole('table', { name: 'Signatures of version 2' });
    expect(screen.queryByRole('button', { name: /Remind/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Invite/ })).not.toBeInTheDocument();
  });

  it('says when the version asks nobody to sign, with no table or reminder', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, { ...coverage, scope: 'none', total: 0, signed: 0, percent: 0, items: [] })),
    );
    renderWithApp(<CoveragePanel canRemind />, { me: makeMe() });
    expect(
      await screen.findByText(/Version 2 of the policy does not ask staff to sign a Statement of Acceptance/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remind/ })).not.toBeInTheDocument();
  });

  it('says when only the staff who run accounts are asked', async () => {
    const runners = coverage.items.filter((i) => i.role === 'account_admin');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(200, { ...coverage, scope: 'runners', total: 1, signed: 0, percent: 0, items: runners }),
      ),
    );
    renderWithApp(<CoveragePanel canRemind />, { me: makeMe() });
    expect(await screen.findByText(/asks only the staff who run the school’s accounts to sign/)).toBeInTheDocument();
    expect(screen.getByText('0 of 1 member of staff (0%) have signed version 2.')).toBeInTheDocument();
  });
});
