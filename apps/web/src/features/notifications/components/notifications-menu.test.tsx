import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NotificationListResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { NotificationsMenu } from './notifications-menu';

afterEach(() => vi.unstubAllGlobals());

const list: NotificationListResponse = {
  unread: 1,
  items: [
    {
      id: '0b8a4f0e-7c1d-4a51-9a4e-1f5b2d3c4e5f',
      kind: 'policy-review',
      title: 'The social media policy is due for review in one month',
      body: 'Version 2 is due for review on 20 December 2026.',
      link: '/policy',
      createdAt: '2026-11-20T07:00:00.000Z',
      read: false,
    },
    {
      id: '1c9b5a1f-8d2e-4b62-8b5f-2a6c3e4d5f60',
      kind: 'comment-overdue',
      title: 'A comment has passed its response deadline',
      body: 'A question was due yesterday.',
      link: null,
      createdAt: '2026-11-19T07:00:00.000Z',
      read: true,
    },
  ],
};

describe('NotificationsMenu', () => {
  it('says how many are unread, lists them, and marks one read when it is opened', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/notifications/read' && init?.method === 'POST') return jsonResponse(200, { ok: true });
      return jsonResponse(200, list);
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<NotificationsMenu />, { me: makeMe({ role: 'head' }) });

    const bell = await screen.findByRole('button', { name: /^Notifications\s*1\s*unread$/ });
    await userEvent.click(bell);
    expect(await screen.findByText('A comment has passed its response deadline')).toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('button', { name: /^Unread:\s*The social media policy is due for review/ }),
    );
    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/notifications/read',
        expect.objectContaining({ method: 'POST', body: JSON.stringify({ ids: [list.items[0]!.id] }) }),
      ),
    );
  });

  it('says plainly when there is nothing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, { unread: 0, items: [] })),
    );
    renderWithApp(<NotificationsMenu />, { me: makeMe({ role: 'staff' }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText(/Nothing yet/)).toBeInTheDocument();
  });
});
