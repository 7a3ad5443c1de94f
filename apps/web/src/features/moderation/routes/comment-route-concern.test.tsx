// Issue 12 on the comment page: a comment that alerted the safeguarding team says so, and a moderator can raise a
// concern from it in one step.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeResponse } from '@schoolgate/contracts';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { makeCommentDetail } from '../moderation-factories';
import { CommentRoute } from './comment-route';

afterEach(() => vi.unstubAllGlobals());

const threat = makeCommentDetail({
  text: "I'll be waiting for him at the gates",
  labels: [{ category: 'threat', score: 0.85, evidence: 'threat phrase' }],
});
const friendly = makeCommentDetail({ text: 'Lovely fair!', labels: [] });
const CONCERN_ID = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

function renderComment(me: MeResponse, id: string) {
  return renderWithApp(
    <Routes>
      <Route path="/moderation/comments/:id" element={<CommentRoute />} />
    </Routes>,
    { me, path: `/moderation/comments/${id}` },
  );
}

const moderator = () =>
  makeMe({ role: 'account_admin', permissions: ['read:comment', 'moderate:comment', 'create:concern'] });

describe('raising a concern from a comment', () => {
  it('says the comment alerted the team, and raises a concern showing its reference and a link', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) =>
      init?.method === 'POST' && url.endsWith('/api/concerns/from-comment')
        ? jsonResponse(201, { id: CONCERN_ID, reference: 'C-2026-0007', status: 'open' })
        : jsonResponse(200, threat),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderComment(moderator(), threat.id);

    expect(await screen.findByText('This comment alerted the safeguarding team')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Raise a concern' }));
    const dialog = await screen.findByRole('dialog', { name: 'Raise a concern about this comment' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Raise the concern' }));

    const link = await screen.findByRole('link', { name: 'Open concern C-2026-0007' });
    expect(link).toHaveAttribute('href', `/concerns/${CONCERN_ID}`);
    const post = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/api/concerns/from-comment'));
    expect(JSON.parse(String((post?.[1] as RequestInit).body))).toEqual({
      commentId: threat.id,
      type: 'parent_post',
      urgency: 'urgent',
      whatHappened: '',
    });
  }, 20_000);

  it('offers the DSL, who reads comments but does not moderate, the button on a comment that alerted them', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, threat)),
    );
    renderComment(makeMe({ role: 'dsl', permissions: ['read:comment', 'create:concern'] }), threat.id);
    expect(await screen.findByText('This comment alerted the safeguarding team')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Raise a concern' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hide' })).not.toBeInTheDocument();
  });

  it('shows no notice on a friendly comment, and no button to someone who may only read it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, friendly)),
    );
    renderComment(makeMe({ role: 'governor', permissions: ['read:comment'] }), friendly.id);
    await screen.findByText('Lovely fair!');
    expect(screen.queryByText('This comment alerted the safeguarding team')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Raise a concern' })).not.toBeInTheDocument();
  });

  it("offers a reply template with the school's public raise-a-concern page", async () => {
    const url = 'https://schoolgate.meadowbank.sch.uk/report/0123456789abcdef0123456789abcdef';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, { ...threat, publicReportUrl: url })),
    );
    renderComment(moderator(), threat.id);
    await userEvent.click(await screen.findByRole('button', { name: 'Reply' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reply to this comment' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Start from a template'), 'report-privately');
    expect((within(dialog).getByLabelText(/^Reply/) as HTMLTextAreaElement).value).toBe(
      `If you are worried about a child, please do not share the details here: tell us privately at ${url}. It goes straight to the right person in school, and you will get a reference number.`,
    );
  }, 20_000);
});
