import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MyAcceptanceResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { StatementCard } from './statement-card';

afterEach(() => vi.unstubAllGlobals());

const VERSION_ID = '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a33';
const toSign: MyAcceptanceResponse = {
  schoolName: 'Oakfield Primary School',
  version: { id: VERSION_ID, number: 3, contentHash: 'a'.repeat(64), publishedAt: '2025-02-01T09:00:00.000Z' },
  statement: 'I have read version 3 of the social media policy of Oakfield Primary School.',
  expectedName: 'Jo Bloggs',
  cannotSignReason: null,
  signed: null,
};

describe('StatementCard', () => {
  it('shows the server’s field error when the typed name is not the staff record’s', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/acceptance/sign' && init?.method === 'POST') {
        return jsonResponse(400, {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'The name you typed is not the name on your staff record.',
            fields: [{ field: 'typedName', message: 'Type your full name as the school has it: Jo Bloggs.' }],
          },
        });
      }
      return jsonResponse(200, toSign);
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<StatementCard />, { me: makeMe({ role: 'staff' }) });

    expect(await screen.findByText(/version 3 of the social media policy of Oakfield/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Your full name/), 'Joe Blogs');
    await userEvent.click(screen.getByLabelText('I confirm that the statement above is true for me.'));
    await userEvent.click(screen.getByRole('button', { name: 'Sign the statement' }));

    expect(await screen.findByText('Type your full name as the school has it: Jo Bloggs.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Your full name/)).toHaveAttribute('aria-invalid', 'true');
    const sent = fetchMock.mock.calls.find(([url]) => url === '/api/acceptance/sign')!;
    expect(JSON.parse(String(sent[1]?.body))).toEqual({
      versionId: VERSION_ID,
      typedName: 'Joe Blogs',
      confirmed: true,
    });
  });

  it('asks for the tick before sending anything', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, toSign));
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<StatementCard />, { me: makeMe({ role: 'staff' }) });
    await userEvent.type(await screen.findByLabelText(/Your full name/), 'Jo Bloggs');
    await userEvent.click(screen.getByRole('button', { name: 'Sign the statement' }));
    expect(await screen.findByText('Tick the box to confirm.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('says when the person signed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(200, {
          ...toSign,
          signed: { acceptedAt: '2025-03-04T10:02:00.000Z', typedName: 'Jo Bloggs', versionNumber: 3 },
        }),
      ),
    );
    renderWithApp(<StatementCard />, { me: makeMe({ role: 'staff' }) });
    expect(await screen.findByText(/You signed version 3 of the policy on 4 Mar 2025/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign the statement' })).not.toBeInTheDocument();
  });

  it('says plainly when the school does not ask the person to sign, offering no form', async () => {
    const reason =
      'Your school does not ask you to sign: its social media policy asks only the staff who run its official accounts (account administrators) to sign the Statement of Acceptance.';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, { ...toSign, statement: null, cannotSignReason: reason })),
    );
    renderWithApp(<StatementCard />, { me: makeMe({ role: 'staff' }) });
    expect(await screen.findByText(reason)).toBeInTheDocument();
    expect(screen.queryByLabelText(/Your full name/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign the statement' })).not.toBeInTheDocument();
  });
});
