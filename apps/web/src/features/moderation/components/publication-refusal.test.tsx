// The checks on a reply (issue 11) as the moderator meets them: each reason with the policy clause behind it; an
// advisory finding sent anyway only with a reason, which is sent to be recorded; a consent finding offers no way round.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PUBLICATION_CLAUSES } from '@schoolgate/domain/shared';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { makeActionResponse, makeCommentDetail } from '../moderation-factories';
import { CommentActions } from './comment-actions';

afterEach(() => vi.unstubAllGlobals());

const blocked = (fields: { field: string; message: string }[]) =>
  jsonResponse(422, { error: { code: 'PUBLICATION_BLOCKED', message: 'This cannot be sent.', fields } });
const posted = (fetchMock: ReturnType<typeof vi.fn>) =>
  fetchMock.mock.calls
    .map(([, init]) => init as RequestInit | undefined)
    .filter((init) => init?.method === 'POST')
    .map((init) => JSON.parse(String(init?.body ?? '{}')));

async function sendReply(text: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Reply' }));
  const dialog = await screen.findByRole('dialog', { name: 'Reply to this comment' });
  await userEvent.click(within(dialog).getByRole('textbox', { name: /^Reply/ }));
  await userEvent.paste(text);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Send reply' }));
  return dialog;
}

describe('a reply stopped by the publication checks', { timeout: 40_000 }, () => {
  it('shows an advisory finding with its clause and sends it anyway only with a reason', async () => {
    const comment = makeCommentDetail();
    const refusal = () =>
      blocked([
        {
          field: 'checks.political_statement',
          message: 'It reads as a political statement. (may be overridden with a reason)',
        },
      ]);
    // Refused until the request carries an override; then sent.
    const fetchMock = vi.fn(async (_url: unknown, init?: RequestInit) =>
      String(init?.body ?? '').includes('override')
        ? jsonResponse(200, makeActionResponse({ message: 'Reply sent.', comment }))
        : refusal(),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CommentActions comment={comment} canModerate canApprovePress={false} />, { me: makeMe() });

    const dialog = await sendReply('Thank you: the council vote on the crossing is on Tuesday.');
    const shown = await within(dialog).findByRole('alert', { name: 'Check this reply before it is sent' });
    expect(within(shown).getByText('It reads as a political statement.')).toBeInTheDocument();
    expect(within(shown).getByText(`Policy: ${PUBLICATION_CLAUSES.political_statement}`)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(await screen.findByText('Say why, in a few words.')).toBeInTheDocument();
    expect(posted(fetchMock)).toHaveLength(1);

    await userEvent.click(screen.getByRole('textbox', { name: /Why send it anyway/ }));
    await userEvent.paste('A road safety notice, not campaigning.');
    await userEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    await vi.waitFor(() => expect(posted(fetchMock)).toHaveLength(2));
    expect(posted(fetchMock)[1]).toEqual({
      action: 'reply',
      text: 'Thank you: the council vote on the crossing is on Tuesday.',
      override: { checks: ['political_statement'], reason: 'A road safety notice, not campaigning.' },
    });
  });

  it('offers no way round a consent finding, even beside an advisory one', async () => {
    const comment = makeCommentDetail();
    const fetchMock = vi.fn().mockResolvedValue(
      blocked([
        {
          field: 'checks.pupil_consent',
          message:
            'The reply names Noah Price, whose family has not consented to his name being published. (cannot be overridden)',
        },
        { field: 'checks.unrelated_advert', message: 'It reads like an advert. (may be overridden with a reason)' },
      ]),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CommentActions comment={comment} canModerate canApprovePress={false} />, { me: makeMe() });

    const dialog = await sendReply('Well done Noah Price!');
    const refusal = await within(dialog).findByRole('alert', { name: 'This reply cannot be sent' });
    expect(within(refusal).getByText(/names Noah Price/)).toBeInTheDocument();
    expect(within(refusal).getByText(`Policy: ${PUBLICATION_CLAUSES.pupil_consent}`)).toBeInTheDocument();
    expect(within(refusal).queryByRole('button', { name: 'Send anyway' })).not.toBeInTheDocument();
    expect(within(refusal).getByText(/cannot be overridden/)).toBeInTheDocument();
  });
});
