import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeImportResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { ImportRoute } from './import-route';

afterEach(() => vi.unstubAllGlobals());

describe('ImportRoute', () => {
  it('sends the chosen file as text and shows the row errors it gets back', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
      jsonResponse(
        200,
        makeImportResponse({
          created: 2,
          errors: [{ line: 3, field: 'yearGroup', reason: "Year group 'Year 15' is not a year from Nursery to 13." }],
        }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const me = makeMe();
    renderWithApp(<ImportRoute />, { me });

    const csv = 'UPN,Forename,Surname,Year\nA1,Ada,Lovelace,5\nA2,Bad,Year,Year 15\nA3,Alan,Turing,6\n';
    await userEvent.click(screen.getByRole('radio', { name: 'Pupils' }));
    await userEvent.upload(screen.getByLabelText(/CSV file/), new File([csv], 'pupils.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));

    expect(await screen.findByRole('table', { name: 'Rows that were not imported' })).toHaveTextContent('3Year group');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/people/import');
    expect(JSON.parse(String(init?.body))).toEqual({ kind: 'pupils', csv });
  });

  it('asks for a file before uploading anything', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const me = makeMe();
    renderWithApp(<ImportRoute />, { me });
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));
    expect(await screen.findByText('Choose a CSV file to import.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
