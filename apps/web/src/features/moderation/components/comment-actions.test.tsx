import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { makeActionResponse, makeCommentDetail } from '../moderation-factories';
import { CommentActions } from './comment-actions';

afterEach(() => vi.unstubAllGlobals());

const X_STEPS = [
  'Open the reply on x.com while signed in as the school.',
  'Choose “Hide reply” from the reply’s menu.',
  'Block the author if the school’s ladder says so.',
];

function sentBodies(fetchMock: ReturnType<typeof vi.fn>): unknown[] {
  return fetchMock.mock.calls.map(([, init]) => JSON.parse(String((init as RequestInit | undefined)?.body ?? '{}')));
}

describe('CommentActions', () => {
  it('says what X cannot do, and shows the manual steps when the platform cannot delete', async () => {
    const comment = makeCommentDetail({
      platform: 'x',
      capabilities: {
        hide: { viaApi: true, manualSteps: [] },
        delete: {
          viaApi: false,
          manualSteps: X_STEPS,
          note: 'X does not let an account delete other people’s replies.',
        },
      },
    });
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { action: string };
      return body.action === 'delete'
        ? jsonResponse(
            200,
            makeActionResponse({
              outcome: 'manual_needed',
              message: 'Evidence kept. X cannot delete this reply.',
              manualSteps: X_STEPS,
              comment,
            }),
          )
        : jsonResponse(200, makeActionResponse({ message: 'Recorded.', comment }));
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CommentActions comment={comment} canModerate canApprovePress={false} />, { me: makeMe() });

    expect(screen.getByText(/X does not let an account delete other people’s replies/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this comment?' });
    expect(within(dialog).getByText('Schoolgate keeps the evidence first.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep evidence and delete' }));

    const panel = await screen.findByRole('region', { name: 'This needs doing by hand on the platform' });
    const steps = within(panel).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(X_STEPS);
    expect(within(panel).getByRole('list').tagName).toBe('OL');

    await userEvent.click(within(panel).getByRole('button', { name: /I have done these steps/ }));
    await vi.waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'This needs doing by hand on the platform' }),
      ).not.toBeInTheDocument(),
    );
    expect(sentBodies(fetchMock)).toEqual([{ action: 'delete' }, { action: 'record_manual', manualAction: 'delete' }]);
  });
});
