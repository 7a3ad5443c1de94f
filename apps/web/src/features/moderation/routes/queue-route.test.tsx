import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { makeQueue, makeQueueItem } from '../moderation-factories';
import { QueueRoute } from './queue-route';

afterEach(() => vi.unstubAllGlobals());

const abusive = makeQueueItem({
  id: '9b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a02',
  text: 'You are all useless idiots at that school',
  author: { id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e02', name: 'Sam Smith', handle: 'samsmith', isPress: false },
  labels: [
    { category: 'abuse', score: 0.93, evidence: 'word "idiots" aimed at "you"' },
    { category: 'complaint', score: 0.71, evidence: 'complains about "that school"' },
  ],
  severity: 0.79,
  decision: 'hide',
  decisionReason: 'abuse scored 0.93. The platform did not hide it automatically: hide it by hand.',
  platformState: 'visible',
  needsResponse: true,
  responseDueAt: '2025-06-03T13:00:00.000Z',
  overdue: true,
});
const question = makeQueueItem({ needsResponse: true, responseDueAt: '2025-06-04T08:00:00.000Z' });

describe('QueueRoute', () => {
  it('lists comments with their labels in plain words and says which replies are overdue', async () => {
    const fetchMock = vi.fn(async (_url: string) => jsonResponse(200, makeQueue([abusive, question])));
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<QueueRoute />, { me: makeMe(), path: '/moderation' });

    const table = await screen.findByRole('table', { name: '2 comments to review' });
    const rows = within(table).getAllByRole('row');
    // Worst first, as the API sent them.
    expect(rows[1]).toHaveTextContent('You are all useless idiots');
    const worst = within(rows[1]!);
    expect(worst.getByText('Abusive or insulting')).toBeInTheDocument();
    expect(worst.getByText('Complaint about the school')).toBeInTheDocument();
    expect(worst.getByText('Serious')).toBeInTheDocument();
    expect(worst.getByText('Visible')).toBeInTheDocument();
    expect(worst.getByText('Overdue: was due Tue 3 Jun, 14:00')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Due Wed 4 Jun, 09:00')).toBeInTheDocument();
    expect(within(rows[2]!).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(worst.getByRole('link', { name: /useless idiots/ })).toHaveAttribute(
      'href',
      `/moderation/comments/${abusive.id}`,
    );
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/moderation/queue?view=to_review&page=1&pageSize=50');
    // On a phone the wide table scrolls in a named region a keyboard can reach.
    expect(screen.getByRole('region', { name: '2 comments to review' })).toHaveAttribute('tabindex', '0');
  });

  it('offers no checkboxes or bulk actions to someone who may only read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, makeQueue([abusive]))),
    );
    renderWithApp(<QueueRoute />, { me: makeMe({ role: 'dsl', permissions: ['read:comment'] }), path: '/moderation' });
    await screen.findByRole('table', { name: '1 comment to review' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hide selected' })).not.toBeInTheDocument();
  });

  it('filters by where the comment is on the platform, alongside category and account', async () => {
    const hidden = makeQueueItem({ ...abusive, platformState: 'hidden', overdue: false });
    const fetchMock = vi.fn(async (url: string) =>
      jsonResponse(200, makeQueue(url.includes('platformState=hidden') ? [hidden] : [abusive, question])),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<QueueRoute />, { me: makeMe(), path: '/moderation?view=all' });
    await screen.findByRole('table', { name: '2 comments in all' });

    const filters = screen.getByRole('search', { name: 'Filter the comments' });
    expect(within(filters).getByRole('combobox', { name: 'Category' })).toBeInTheDocument();
    expect(within(filters).getByRole('combobox', { name: 'Account' })).toBeInTheDocument();
    const state = within(filters).getByRole('combobox', { name: 'On the platform' });
    expect(
      within(state)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Any', 'On the platform now', 'Hidden', 'Deleted', 'Removed by the author']);

    await userEvent.selectOptions(state, 'Hidden');
    const table = await screen.findByRole('table', { name: '1 comment in all' });
    // Hidden before anyone answered: closed without a reply, so no longer shown as due.
    expect(within(table).getByText('Closed without a reply')).toBeInTheDocument();
    expect(within(table).queryByText(/Due|Overdue/)).not.toBeInTheDocument();
    expect(String(fetchMock.mock.calls.at(-1)![0])).toBe(
      '/api/moderation/queue?view=all&platformState=hidden&page=1&pageSize=50',
    );
    expect(state).toHaveValue('hidden');
  });

  it('says a hidden comment from the press is held for the head and chair, not closed without a reply', async () => {
    const press = makeQueueItem({
      text: 'I am a reporter at the Echo. Can the head comment?',
      author: { id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e09', name: 'Rob Kendal', handle: null, isPress: true },
      platformState: 'hidden',
      needsResponse: true,
      responseDueAt: '2025-06-04T16:00:00.000Z',
      pressHold: 'head_and_chair',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, makeQueue([press]))),
    );
    renderWithApp(<QueueRoute />, { me: makeMe(), path: '/moderation?view=all' });
    const table = await screen.findByRole('table', { name: '1 comment in all' });
    expect(within(table).getByText('Held for the head and the chair of governors: press contact')).toBeInTheDocument();
    expect(within(table).queryByText('Closed without a reply')).not.toBeInTheDocument();
  });

  it('says nothing matches when a state filter leaves no comments, rather than that all is reviewed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, makeQueue([]))),
    );
    renderWithApp(<QueueRoute />, { me: makeMe(), path: '/moderation?state=deleted' });
    expect(await screen.findByText('No comments match these filters.')).toBeInTheDocument();
  });

  it('says "10,000 or more" when the total stopped counting, and keeps offering the next page while pages are full', async () => {
    const fullPage = Array.from({ length: 50 }, (_, i) =>
      makeQueueItem({ id: `9b1c2d3e-4f50-4a61-8b72-${String(i).padStart(12, '0')}`, text: `Comment ${i}` }),
    );
    const fetchMock = vi.fn(async (url: string) => {
      const page = Number(new URL(url, 'http://x').searchParams.get('page'));
      const items = page <= 201 ? fullPage : [];
      return jsonResponse(200, { ...makeQueue(items), total: 10_000, totalIsLowerBound: true, page });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<QueueRoute />, { me: makeMe(), path: '/moderation?view=all&page=200' });

    await screen.findByRole('table', { name: '10,000 or more comments in all' });
    const pager = screen.getByRole('navigation', { name: 'Pages of comments' });
    expect(within(pager).getByText('Page 200 of 200 or more')).toBeInTheDocument();
    // Page 200 is the last the capped total reaches, but it is full, so there may be more.
    await userEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 201');
    expect(String(fetchMock.mock.calls.at(-1)![0])).toContain('page=201');

    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Pages of comments' })).getByRole('button', { name: 'Next page' }),
    );
    // Past the end: said plainly, with the way back.
    expect(await screen.findByText('There are no more comments after page 201.')).toBeInTheDocument();
    const last = screen.getByRole('navigation', { name: 'Pages of comments' });
    expect(within(last).getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(within(last).getByRole('button', { name: 'Previous page' })).toBeEnabled();
  }, 30_000); // 50 rows per page under jsdom

  it('gives an exact total and the last page as before when the count did not reach the cap', async () => {
    const items = Array.from({ length: 50 }, (_, i) =>
      makeQueueItem({ id: `9b1c2d3e-4f50-4a61-8b72-${String(i).padStart(12, '0')}` }),
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, { ...makeQueue(items), total: 120, page: 3 })),
    );
    renderWithApp(<QueueRoute />, { me: makeMe(), path: '/moderation?view=all&page=3' });
    await screen.findByRole('table', { name: '120 comments in all' });
    const pager = screen.getByRole('navigation', { name: 'Pages of comments' });
    expect(within(pager).getByText('Page 3 of 3')).toBeInTheDocument();
    expect(within(pager).getByRole('button', { name: 'Next page' })).toBeDisabled();
  }, 30_000);
});
