// The Posts page for the two kinds of staff (walkthrough finding #18): a member of staff who runs none of the
// school's accounts sees only what they can use, suggesting a post and their own suggestions, with a line saying how
// posting works for them and no empty pause box; a runner of an account sees the posts, the editor and take-downs.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Permission } from '../../../lib/permissions';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { PostsRoute } from './posts-route';

afterEach(() => vi.unstubAllGlobals());
beforeAll(() => {
  // Mantine's growing text areas listen for web fonts loading; jsdom has no document.fonts.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
    });
  }
});

const STAFF_PERMISSIONS: Permission[] = [
  'read:post',
  'create:post',
  'approve:post',
  'publish:post',
  'create:post_suggestion',
  'read:post_suggestion',
  'approve:post_suggestion',
];

const EMPTY_PAGE = { items: [], total: 0, page: 1, pageSize: 25, totalIsLowerBound: false };

/** The API as a member of staff meets it; `decides` is whether they run one of the school's accounts. */
function stubApi(decides: boolean) {
  const fetchMock = vi.fn(async (url: unknown) => {
    const path = new URL(String(url), 'http://localhost').pathname;
    if (path === '/api/post-suggestions') return jsonResponse(200, { ...EMPTY_PAGE, decides });
    if (path === '/api/posts') return jsonResponse(200, EMPTY_PAGE);
    if (path === '/api/posts/pause') return jsonResponse(200, { paused: false, reason: null, since: null });
    if (path === '/api/posts/takedowns') return jsonResponse(200, { items: [] });
    if (path === '/api/posts/options') return jsonResponse(200, { categories: ['event'], platforms: ['facebook'] });
    if (path.startsWith('/api/accounts')) return jsonResponse(200, { items: [] });
    return jsonResponse(404, { error: { code: 'NOT_FOUND', message: 'Not here.' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const staff = () => makeMe({ role: 'staff', permissions: STAFF_PERMISSIONS });
const tabNames = () =>
  within(screen.getByRole('tablist'))
    .getAllByRole('tab')
    .map((tab) => tab.textContent);

describe('PostsRoute', { timeout: 40_000 }, () => {
  it('shows a member of staff who runs no account only suggesting, and says how posting works for them', async () => {
    const fetchMock = stubApi(false);
    renderWithApp(<PostsRoute />, { me: staff(), path: '/posts' });

    await screen.findByText(/You do not run any of the school’s accounts, so you suggest posts instead/);
    expect(tabNames()).toEqual(['Suggest a post', 'Your suggestions']);
    expect(screen.getByRole('tab', { name: 'Suggest a post' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Send suggestion' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause all publishing' })).not.toBeInTheDocument();
    // Nothing is asked that the server would refuse them.
    const asked = fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://localhost').pathname);
    expect(asked).not.toContain('/api/posts');
    expect(asked).not.toContain('/api/posts/takedowns');
    expect(asked).not.toContain('/api/posts/pause');
  });

  it('starts on Suggest a post when a link asks for a tab they do not have', async () => {
    stubApi(false);
    renderWithApp(<PostsRoute />, { me: staff(), path: '/posts?view=takedowns' });
    await screen.findByText(/so you suggest posts instead/);
    expect(screen.getByRole('tab', { name: 'Suggest a post' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows a member of staff who runs an account the posts, the editor, suggestions and take-downs', async () => {
    stubApi(true);
    renderWithApp(<PostsRoute />, { me: staff(), path: '/posts' });

    await screen.findByText('No posts yet.');
    expect(tabNames()).toEqual(['Posts', 'New post', 'Suggest a post', 'Suggestions', 'Take-downs']);
    expect(screen.queryByText(/so you suggest posts instead/)).not.toBeInTheDocument();
    // Only the head pauses publishing, and it is not paused: no pause box at all.
    expect(screen.queryByRole('button', { name: 'Pause all publishing' })).not.toBeInTheDocument();
    expect(screen.queryByText('Publishing is paused')).not.toBeInTheDocument();
  });
});
