import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { LegalHolds } from './legal-holds';

afterEach(() => vi.unstubAllGlobals());

const COMMENTER = '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e01';
const CONCERN = '7a0d1c8e-5b5f-4c1e-9d59-1f2a3b4c5d09';
const placed = {
  id: '1b2c3d4e-5f60-4a71-8b82-9c0d1e2f3a4b',
  subjectKind: 'author',
  subjectId: COMMENTER,
  subjectLabel: 'Pat Jones',
  reason: 'A claim.',
  placedAt: '2026-12-07T10:00:00.000Z',
  placedBy: 'Head',
  liftedAt: null,
};

describe('LegalHolds', () => {
  it('finds the commenter to hold by name instead of asking for an internal id', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') return jsonResponse(201, placed);
      if (url.includes('/subjects'))
        return jsonResponse(200, { items: [{ id: COMMENTER, label: 'Pat Jones', detail: 'Facebook, 3 comments' }] });
      return jsonResponse(200, { items: [] });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<LegalHolds canEdit />);
    await userEvent.type(await screen.findByRole('textbox', { name: /Find the commenter/ }), 'Pat');
    await userEvent.click(await screen.findByRole('radio', { name: 'Pat Jones (Facebook, 3 comments)' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Why it is held/ }), 'A claim.');
    await userEvent.click(screen.getByRole('button', { name: 'Place legal hold' }));

    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(init!.body))).toEqual({ subjectKind: 'author', subjectId: COMMENTER, reason: 'A claim.' });
  }, 20_000);

  it('takes a concern from its page address as copied from the browser', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? jsonResponse(201, { ...placed, subjectKind: 'concern', subjectId: CONCERN })
        : jsonResponse(200, { items: [] }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<LegalHolds canEdit />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'What to hold' }), 'A concern');
    await userEvent.type(
      screen.getByRole('textbox', { name: /The concern’s page address/ }),
      `https://schoolgate.example/concerns/${CONCERN}`,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Why it is held/ }), 'A police request.');
    await userEvent.click(screen.getByRole('button', { name: 'Place legal hold' }));

    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(init!.body))).toMatchObject({ subjectKind: 'concern', subjectId: CONCERN });
  }, 20_000);

  it('takes the message off the address once the head pastes another', async () => {
    const message = 'This is not a Schoolgate record number: copy it from the record’s page address or from the list.';
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) =>
        init?.method === 'POST'
          ? jsonResponse(400, {
              error: { code: 'VALIDATION_FAILED', message, fields: [{ field: 'subjectId', message }] },
            })
          : jsonResponse(200, { items: [] }),
      ),
    );
    renderWithApp(<LegalHolds canEdit />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'What to hold' }), 'A comment');
    const id = screen.getByRole('textbox', { name: /The comment’s page address/ });
    await userEvent.type(id, 'abc');
    await userEvent.type(screen.getByRole('textbox', { name: /Why it is held/ }), 'A claim.');
    await userEvent.click(screen.getByRole('button', { name: 'Place legal hold' }));
    expect(await screen.findAllByText(message)).not.toHaveLength(0);
    expect(id).toHaveAccessibleDescription(expect.stringContaining(message));

    await userEvent.type(id, 'd');
    expect(id).not.toHaveAccessibleDescription(expect.stringContaining(message));
  }, 20_000);
});
