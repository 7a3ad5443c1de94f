import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { LegalHolds } from './legal-holds';

afterEach(() => vi.unstubAllGlobals());

describe('LegalHolds', () => {
  it('takes the message off the id once the head pastes another', async () => {
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
    const id = await screen.findByRole('textbox', { name: /Its id/ });
    await userEvent.type(id, 'abc');
    await userEvent.type(screen.getByRole('textbox', { name: /Why it is held/ }), 'A claim.');
    await userEvent.click(screen.getByRole('button', { name: 'Place legal hold' }));
    expect(id).toHaveAccessibleDescription(expect.stringContaining(message));

    await userEvent.type(id, 'd');
    expect(id).not.toHaveAccessibleDescription(expect.stringContaining(message));
  }, 20_000);
});
