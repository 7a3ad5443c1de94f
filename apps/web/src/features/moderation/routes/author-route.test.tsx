import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuthorDetail } from '@schoolgate/contracts';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { AuthorRoute } from './author-route';

afterEach(() => vi.unstubAllGlobals());

const FACEBOOK_BLOCK_STEPS = [
  "Open the school's Facebook Page and find a comment by the person.",
  'Click the three dots next to the comment and choose to ban the person from the Page.',
];
const INSTAGRAM_BLOCK_STEPS = [
  "Go to the person's profile (tap their name on the comment).",
  'Tap the three dots at the top right and choose "Block".',
];

function makeAuthor(overrides: Partial<AuthorDetail> = {}): AuthorDetail {
  return {
    id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e01',
    platform: 'facebook',
    name: 'Pat Jones',
    handle: null,
    isPress: false,
    comments: [],
    removals: 0,
    steps: [],
    ladder: ['warn', 'block', 'report_to_platform'],
    suggestedNextStep: null,
    suggestionReason: null,
    blocking: { viaApi: true, manualSteps: FACEBOOK_BLOCK_STEPS },
    ...overrides,
  };
}

function renderAuthor(author: AuthorDetail, fetchMock: ReturnType<typeof vi.fn>) {
  vi.stubGlobal('fetch', fetchMock);
  return renderWithApp(
    <Routes>
      <Route path="/moderation/authors/:id" element={<AuthorRoute />} />
    </Routes>,
    {
      me: makeMe({ role: 'account_admin', permissions: ['read:comment', 'moderate:comment', 'escalate:author'] }),
      path: `/moderation/authors/${author.id}`,
    },
  );
}

function posted(fetchMock: ReturnType<typeof vi.fn>): unknown[] {
  return fetchMock.mock.calls
    .filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST')
    .map(([, init]) => JSON.parse(String((init as RequestInit).body)));
}

// Whole flows through forms: slower than the default allows when the machine is busy.
describe('AuthorRoute', { timeout: 20_000 }, () => {
  it('gives the steps to block by hand when the platform refuses, then records the block as done by hand', async () => {
    const author = makeAuthor();
    const blocked = makeAuthor({
      steps: [
        {
          id: 7,
          action: 'block',
          manual: true,
          detail: { via: 'by hand' },
          by: 'Ali Admin',
          at: '2025-06-02T09:30:00.000Z',
        },
      ],
    });
    let posts = 0;
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method !== 'POST') return jsonResponse(200, author);
      posts += 1;
      return jsonResponse(
        200,
        posts === 1
          ? {
              ...author,
              stepOutcome: {
                outcome: 'manual_needed',
                message: 'The platform did not block the author (platform unavailable).',
                manualSteps: FACEBOOK_BLOCK_STEPS,
              },
            }
          : blocked,
      );
    });
    renderAuthor(author, fetchMock);

    await screen.findByRole('heading', { level: 1, name: 'Pat Jones' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Step taken' }), 'block');
    await userEvent.click(screen.getByRole('button', { name: 'Record this step' }));

    const panel = await screen.findByRole('alert', { name: 'The block needs doing by hand on the platform' });
    expect(within(panel).getByText(/did not block the author/)).toBeInTheDocument();
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(FACEBOOK_BLOCK_STEPS);
    expect(screen.queryByText('The step has been recorded.')).not.toBeInTheDocument();

    await userEvent.click(within(panel).getByRole('button', { name: 'I have done these steps: record the block' }));
    await vi.waitFor(() =>
      expect(
        screen.queryByRole('alert', { name: 'The block needs doing by hand on the platform' }),
      ).not.toBeInTheDocument(),
    );
    expect(posted(fetchMock)).toEqual([{ step: 'block' }, { step: 'block', doneByHand: true }]);
    expect(await screen.findByText('The step has been recorded.')).toBeInTheDocument();
  });

  it('says a block on Instagram is done by hand, with the steps, before it is recorded', async () => {
    const author = makeAuthor({
      platform: 'instagram',
      blocking: {
        viaApi: false,
        manualSteps: INSTAGRAM_BLOCK_STEPS,
        note: "Instagram's API cannot block people: it has to be done in the Instagram app.",
      },
    });
    renderAuthor(
      author,
      vi.fn(async () => jsonResponse(200, author)),
    );

    const guide = await screen.findByRole('alert', { name: 'Blocking on Instagram is done by hand' });
    expect(within(guide).getByText(/it has to be done in the Instagram app/)).toBeInTheDocument();
    expect(
      within(guide)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(INSTAGRAM_BLOCK_STEPS);
  });

  it('shows the platform’s reference for a report recorded from a comment on the ladder', async () => {
    const author = makeAuthor({
      steps: [
        {
          id: 9,
          action: 'report_to_platform',
          manual: true,
          detail: { reference: 'XR-20931', via: 'by hand', fromComment: '9b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a01' },
          by: 'Ali Admin',
          at: '2025-06-02T09:30:00.000Z',
        },
      ],
    });
    renderAuthor(
      author,
      vi.fn(async () => jsonResponse(200, author)),
    );

    const ladder = await screen.findByRole('list', { name: "The school's steps for repeated unacceptable comments" });
    const rung = within(ladder).getByText('Report to the platform').closest('li')!;
    expect(within(rung).getByText('Done')).toBeInTheDocument();
    expect(within(rung).getByText(/by Ali Admin\. Reference: XR-20931/)).toBeInTheDocument();
  });
});
