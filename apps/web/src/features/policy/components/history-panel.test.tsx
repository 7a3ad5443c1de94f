import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { HistoryPanel } from './history-panel';

afterEach(() => vi.unstubAllGlobals());

const CSV = 'Version,Date,Author,Reason\n0.1,12/03/2018,A Patel,First policy\n0.2,bad,J Smith,Review';

describe('HistoryPanel', () => {
  it('previews pasted CSV, lists each problem by line and column, and offers no import until it is clean', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/policy/history/import') {
        const body = JSON.parse(String(init?.body)) as { confirm: boolean };
        expect(body.confirm).toBe(false);
        return jsonResponse(200, {
          rows: [{ version: '0.1', date: '2018-03-12', author: 'A Patel', reason: 'First policy' }],
          errors: [{ line: 3, field: 'Date', reason: '"bad" is not a date: write 2018-03-12 or 12/03/2018.' }],
          unknownColumns: [],
          imported: 0,
        });
      }
      return jsonResponse(200, { items: [] });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<HistoryPanel />, { me: makeMe() });

    expect(await screen.findByText('No earlier versions have been added.')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Version history as CSV'));
    await userEvent.paste(CSV);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));

    const preview = await screen.findByRole('table', { name: 'Versions to import' });
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent('0.112 March 2018A PatelFirst policy');
    expect(
      screen.getByText('Line 3, Date: "bad" is not a date: write 2018-03-12 or 12/03/2018.', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('shows the rows without changes to someone who cannot change the policy', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(200, {
          items: [
            {
              id: '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a33',
              version: '0.1',
              date: '2018-03-12',
              author: 'A Patel',
              reason: 'First policy',
            },
          ],
        }),
      ),
    );
    renderWithApp(<HistoryPanel />, { me: makeMe({ role: 'staff', permissions: ['read:policy'] }) });
    const table = await screen.findByRole('table', { name: 'Earlier versions' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('0.112 March 2018A PatelFirst policy');
    expect(screen.queryByRole('button', { name: /Edit|Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Version history as CSV')).not.toBeInTheDocument();
  });
});
