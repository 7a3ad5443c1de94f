import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CommentDetail, MeResponse } from '@schoolgate/contracts';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { makeActionResponse, makeCommentDetail } from '../moderation-factories';
import { CommentRoute } from './comment-route';

afterEach(() => vi.unstubAllGlobals());

const toPress = makeCommentDetail({
  text: 'I am writing a story for the Gazette about the new car park. Can the school comment?',
  author: { id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e09', name: 'Jo Reporter', handle: 'jo_news', isPress: true },
  needsResponse: true,
  responseDueAt: '2025-06-03T08:00:00.000Z',
});
const waiting: CommentDetail = {
  ...toPress,
  pendingPressReply: {
    text: 'Please contact the school office.',
    proposedBy: 'Ali Admin',
    at: '2025-06-02T09:30:00.000Z',
  },
};

function renderComment(me: MeResponse) {
  return renderWithApp(
    <Routes>
      <Route path="/moderation/comments/:id" element={<CommentRoute />} />
    </Routes>,
    { me, path: `/moderation/comments/${toPress.id}` },
  );
}

function bodies(fetchMock: ReturnType<typeof vi.fn>): unknown[] {
  return fetchMock.mock.calls
    .map(([, init]) => (init as RequestInit | undefined)?.body)
    .filter((body) => body !== undefined)
    .map((body) => JSON.parse(String(body)));
}

describe('CommentRoute', () => {
  it('holds a reply to a journalist as waiting for the head’s approval', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? jsonResponse(
            200,
            makeActionResponse({ outcome: 'pending_approval', message: 'Waiting for the head.', comment: waiting }),
          )
        : jsonResponse(200, toPress),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderComment(makeMe({ role: 'account_admin', permissions: ['read:comment', 'moderate:comment'] }));

    await screen.findByRole('heading', { level: 1, name: 'Comment by Jo Reporter' });
    await userEvent.click(screen.getByRole('button', { name: 'Reply' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reply to this comment' });
    expect(within(dialog).getByText('This author is marked as press')).toBeInTheDocument();
    await userEvent.selectOptions(within(dialog).getByLabelText('Start from a template'), 'contact-office');
    expect((within(dialog).getByLabelText(/^Reply/) as HTMLTextAreaElement).value).toContain(
      'please contact the school office',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send for the head’s approval' }));

    const panel = await screen.findByRole('region', { name: "Reply waiting for the head's approval" });
    expect(within(panel).getByText('Please contact the school office.')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Approve and send' })).not.toBeInTheDocument();
    expect(bodies(fetchMock)[0]).toMatchObject({ action: 'reply' });
  });

  it('lets the head approve and send a waiting press reply', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? jsonResponse(
            200,
            makeActionResponse({
              message: 'Reply sent.',
              comment: { ...toPress, respondedAt: '2025-06-02T10:00:00.000Z' },
            }),
          )
        : jsonResponse(200, waiting),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderComment(makeMe());

    const panel = await screen.findByRole('region', { name: "Reply waiting for the head's approval" });
    await userEvent.click(within(panel).getByRole('button', { name: 'Approve and send' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: "Reply waiting for the head's approval" })).not.toBeInTheDocument(),
    );
    expect(bodies(fetchMock)).toEqual([{ action: 'approve_press_reply' }]);
  });

  it('shows the post the comment is on, with a link to it on the platform', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, toPress)),
    );
    renderComment(makeMe());

    const post = await screen.findByRole('region', { name: 'The post it is on' });
    expect(within(post).getByText('Our summer fair is on Saturday 21 June, from 12 until 3.')).toBeInTheDocument();
    expect(within(post).getByRole('link', { name: /Open the post on Facebook/ })).toHaveAttribute(
      'href',
      'https://www.facebook.com/1234567890/posts/111',
    );
    // Only the platform's id was known before: the page no longer shows it in place of the post.
    expect(screen.queryByText('1234567890_111')).not.toBeInTheDocument();
  });

  it('says plainly when the post’s text is not known', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(200, { ...toPress, post: { externalId: '1234567890_111', text: null, permalink: null } }),
      ),
    );
    renderComment(makeMe());

    const post = await screen.findByRole('region', { name: 'The post it is on' });
    expect(within(post).getByText('Post text not available')).toBeInTheDocument();
    expect(within(post).queryByRole('link')).not.toBeInTheDocument();
  });
});
