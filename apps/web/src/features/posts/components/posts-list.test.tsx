// The posts list a page at a time (issue 16 follow-up): a school with years of posts reaches the older ones through
// the pager, and a total that stopped counting says "or more" while Next stays offered on full pages.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { PostsList } from './posts-list';

afterEach(() => vi.unstubAllGlobals());

const post = (page: number, i: number) => ({
  id: `7a1c2d3e-4f50-4a61-8b72-${String(page * 100 + i).padStart(12, '0')}`,
  text: `Post ${i} of page ${page}`,
  category: 'news',
  status: 'published',
  authorName: 'Ruth Hardy',
  accounts: [],
  scheduledFor: null,
  updatedAt: '2026-12-07T10:00:00.000Z',
  imageCount: 0,
});

describe('PostsList', () => {
  it('pages back to older posts and opens the one chosen', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      const page = Number(new URL(url, 'http://x').searchParams.get('page'));
      return jsonResponse(200, {
        items: [post(page, 1), post(page, 2)],
        total: 102,
        totalIsLowerBound: false,
        page,
        pageSize: 50,
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    const onOpen = vi.fn();
    renderWithApp(<PostsList onOpen={onOpen} />, { me: makeMe() });
    expect(await screen.findByText('102 posts')).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Pages of posts' });
    expect(within(pager).getByText('Page 1 of 3')).toBeInTheDocument();
    await userEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Post 2 of page 2' }));
    expect(onOpen).toHaveBeenCalledWith(post(2, 2).id);
    expect(String(fetchMock.mock.calls.at(-1)![0])).toMatch(/page=2/);
    expect(String(fetchMock.mock.calls.at(-1)![0])).toMatch(/pageSize=50/);
  }, 30_000);

  // A cap of 50 stands in for 10,000: the last full page before the cap may have more after it.
  it('says "or more" when the count stopped, and that there are no more past the last full page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const page = Number(new URL(url, 'http://x').searchParams.get('page'));
        const items = page === 1 ? Array.from({ length: 50 }, (_, i) => post(1, i)) : [];
        return jsonResponse(200, { items, total: 50, totalIsLowerBound: true, page, pageSize: 50 });
      }),
    );
    renderWithApp(<PostsList onOpen={() => undefined} />, { me: makeMe() });
    expect(await screen.findByText('50 or more posts')).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Pages of posts' });
    expect(within(pager).getByText('Page 1 of 1 or more')).toBeInTheDocument();
    await userEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('There are no more posts after page 1.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Pages of posts' })).getByRole('button', { name: 'Next page' }),
    ).toBeDisabled();
  }, 30_000);
});
