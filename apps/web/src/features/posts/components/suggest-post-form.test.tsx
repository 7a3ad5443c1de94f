// "Suggest a post" (issue 11): the categories offered are those the school's policy in force allows, and what the
// member of staff wrote is sent as the suggestion (no account chosen: any account will do).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST_CATEGORY_LABELS } from '@schoolgate/domain/shared';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { SuggestPostForm } from './suggest-post-form';

afterEach(() => vi.unstubAllGlobals());
beforeAll(() => {
  // Mantine's growing text areas listen for web fonts loading; jsdom has no document.fonts.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
    });
  }
});

describe('SuggestPostForm', { timeout: 40_000 }, () => {
  it('offers only the policy’s categories and sends the suggestion', async () => {
    const fetchMock = vi.fn(async (url: unknown, init?: RequestInit) => {
      const path = String(url);
      if (path.includes('/api/posts/options'))
        return jsonResponse(200, { categories: ['event'], platforms: ['facebook'] });
      if (path.includes('/api/accounts')) return jsonResponse(200, { items: [] });
      if (init?.method === 'POST') {
        return jsonResponse(201, {
          id: '00000000-0000-4000-8000-000000000001',
          text: 'Sports day',
          accounts: [],
          category: 'event',
          note: null,
          status: 'open',
          byName: 'Ruth Hardy',
          mine: true,
          createdAt: '2026-12-07T10:00:00.000Z',
          decidedByName: null,
          decidedAt: null,
          declineReason: null,
          postId: null,
          mayDecide: false,
        });
      }
      return jsonResponse(404, { error: { code: 'NOT_FOUND', message: 'Not here.' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<SuggestPostForm />, { me: makeMe() });

    const select = screen.getByRole('combobox', { name: 'What it is about (optional)' });
    await vi.waitFor(() =>
      expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
        'Let the runners choose',
        POST_CATEGORY_LABELS.event,
      ]),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send suggestion' }));
    expect(screen.getByText('Write what you would like posted.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('textbox', { name: /What you would like posted/ }));
    await userEvent.paste('Sports day is on Friday: bring a water bottle.');
    await userEvent.selectOptions(select, 'event');
    await userEvent.click(screen.getByRole('button', { name: 'Send suggestion' }));
    await screen.findByText('Suggestion sent');
    const sent = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(sent[1]?.body))).toEqual({
      text: 'Sports day is on Friday: bring a water bottle.',
      accountIds: [],
      note: '',
      category: 'event',
    });
  });
});
