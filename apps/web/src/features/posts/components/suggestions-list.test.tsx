// Suggestions of posts a page at a time (issue 16 follow-up): the member of staff who suggested many posts, or the
// head with years of them, reaches the older ones through the pager.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { SuggestionsList } from './suggestions-list';

afterEach(() => vi.unstubAllGlobals());

const suggestion = (page: number) => ({
  id: `5c1c2d3e-4f50-4a61-8b72-${String(page).padStart(12, '0')}`,
  text: `Suggested on page ${page}`,
  accounts: [],
  category: null,
  note: null,
  status: 'declined',
  byName: 'Ruth Hardy',
  mine: true,
  createdAt: '2026-12-07T10:00:00.000Z',
  decidedByName: 'Head',
  decidedAt: '2026-12-07T11:00:00.000Z',
  declineReason: 'We posted about this last week.',
  postId: null,
  mayDecide: false,
});

describe('SuggestionsList', () => {
  it('pages a member of staff back to their older suggestions', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      const path = String(url);
      if (path.includes('/api/posts/options')) return jsonResponse(200, { categories: [], platforms: [] });
      const page = Number(new URL(path, 'http://x').searchParams.get('page'));
      return jsonResponse(200, {
        items: [suggestion(page)],
        total: 75,
        totalIsLowerBound: false,
        page,
        pageSize: 50,
        decides: false,
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<SuggestionsList onDrafted={() => undefined} />, { me: makeMe({ role: 'staff' }) });
    expect(await screen.findByText('Suggested on page 1')).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Pages of suggestions' });
    expect(within(pager).getByText('Page 1 of 2')).toBeInTheDocument();
    await userEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Suggested on page 2')).toBeInTheDocument();
    const last = screen.getByRole('navigation', { name: 'Pages of suggestions' });
    expect(within(last).getByText('Page 2 of 2')).toBeInTheDocument();
    expect(within(last).getByRole('button', { name: 'Next page' })).toBeDisabled();
  }, 30_000);
});
