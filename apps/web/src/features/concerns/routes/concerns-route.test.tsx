// Issue 12: the concerns page for those who follow some concerns up beyond the DSL team: the office sees parents'
// complaints, the chair of governors allegations about the head; any other governor sees only their own.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { ConcernsRoute } from './concerns-route';

afterEach(() => vi.unstubAllGlobals());

const COMPLAINT = {
  id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
  reference: 'C-PQRS-TUVW',
  source: 'public',
  type: 'other',
  urgency: 'routine',
  route: 'complaint',
  status: 'open',
  raisedAt: '2026-12-07T09:00:00.000Z',
  seen: false,
};

const pageOf = (items: object[], total = items.length) => ({
  items,
  total,
  totalIsLowerBound: false,
  page: 1,
  pageSize: 50,
  secondFactorValidUntil: null,
});

function stubApi(list: Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      String(url).includes('/api/concerns/mine') ? jsonResponse(200, { items: [] }) : list.clone(),
    ),
  );
}

describe('the concerns page', () => {
  it("shows the office the parents' complaints to follow up", async () => {
    stubApi(jsonResponse(200, pageOf([COMPLAINT])));
    renderWithApp(<ConcernsRoute />, { me: makeMe({ role: 'account_admin' }) });
    expect(await screen.findByRole('link', { name: 'C-PQRS-TUVW' })).toHaveAttribute(
      'href',
      `/concerns/${COMPLAINT.id}`,
    );
    expect(screen.getByText('Complaint from a parent')).toBeInTheDocument();
    // Six columns do not fit a phone: the table scrolls in its own box, which a keyboard can reach.
    const scroller = screen
      .getAllByRole('region', { name: 'Concerns for you to follow up' })
      .find((region) => region.getAttribute('tabindex') === '0');
    expect(scroller).toContainElement(screen.getByRole('table', { name: 'Concerns for you to follow up' }));
  });

  it('shows the chair of governors the list the API gives them', async () => {
    stubApi(
      jsonResponse(200, pageOf([{ ...COMPLAINT, source: 'staff', type: 'harassment', route: 'allegation_head' }])),
    );
    renderWithApp(<ConcernsRoute />, { me: makeMe({ role: 'governor', permissions: [] }) });
    expect(await screen.findByText('About the headteacher')).toBeInTheDocument();
  });

  it('hides the list, without an error, from a governor who reads no concerns', async () => {
    stubApi(
      jsonResponse(403, { error: { code: 'FORBIDDEN', message: 'Concerns are read by the DSL team.', fields: [] } }),
    );
    renderWithApp(<ConcernsRoute />, { me: makeMe({ role: 'governor', permissions: [] }) });
    expect(await screen.findByText('You have not raised any concerns.')).toBeInTheDocument();
    expect(screen.queryByText('Concerns for you to follow up')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('gives the office the address of the page where parents raise a concern, to put on the website', async () => {
    const token = 'a'.repeat(32);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        String(url).includes('/api/concerns/public-link')
          ? jsonResponse(200, { path: `/report/${token}` })
          : String(url).includes('/api/concerns/mine')
            ? jsonResponse(200, { items: [] })
            : jsonResponse(200, { items: [], secondFactorValidUntil: null }),
      ),
    );
    renderWithApp(<ConcernsRoute />, { me: makeMe({ role: 'account_admin' }) });
    expect(await screen.findByRole('heading', { name: 'The page for parents and the public' })).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/report/${token}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy the address of the page for parents' })).toBeInTheDocument();
  });

  it('pages through a long list of concerns, and starts again at page 1 when the filter changes', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      if (String(url).includes('/api/concerns/mine')) return jsonResponse(200, { items: [] });
      const query = new URL(url, 'http://x').searchParams;
      const page = Number(query.get('page'));
      const reference = `C-PAGE-${String(page).padStart(4, '0')}`;
      return jsonResponse(200, { ...pageOf([{ ...COMPLAINT, reference }], 120), page });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<ConcernsRoute />, { me: makeMe({ role: 'dsl' }) });
    expect(await screen.findByText('120 open concerns')).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Pages of concerns' });
    expect(within(pager).getByText('Page 1 of 3')).toBeInTheDocument();
    await userEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'C-PAGE-0002' })).toBeInTheDocument();
    expect(String(fetchMock.mock.calls.at(-1)![0])).toMatch(/status=open.*page=2|page=2.*status=open/);

    await userEvent.click(screen.getByRole('radio', { name: 'All' }));
    expect(await screen.findByText('120 concerns')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'C-PAGE-0001' })).toBeInTheDocument();
    expect(String(fetchMock.mock.calls.at(-1)![0])).toContain('status=all');
  }, 30_000);
});
