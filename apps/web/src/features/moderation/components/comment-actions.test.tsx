import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { makeActionResponse, makeCommentDetail } from '../moderation-factories';
import { CommentActions } from './comment-actions';

afterEach(() => vi.unstubAllGlobals());

const FACEBOOK_STEPS = [
  "Open the school's Facebook Page and find the post with the comment.",
  'Click the three dots next to the comment and choose "Delete".',
  'Come back to Schoolgate and mark the step as done.',
];

function sentBodies(fetchMock: ReturnType<typeof vi.fn>): unknown[] {
  return fetchMock.mock.calls.map(([, init]) => JSON.parse(String((init as RequestInit | undefined)?.body ?? '{}')));
}

const answering = (comment = makeCommentDetail()) =>
  vi.fn(async () => jsonResponse(200, makeActionResponse({ message: 'Recorded as done on the platform.', comment })));

// Whole flows through dialogs: slower than the default allows when the machine is busy.
describe('CommentActions', { timeout: 20_000 }, () => {
  it('says plainly that X cannot delete a reply, and records the steps X allows instead', async () => {
    const comment = makeCommentDetail({
      platform: 'x',
      capabilities: {
        hide: { viaApi: true, manualSteps: [] },
        delete: { viaApi: false, manualSteps: [], note: "X does not let anyone delete another person's post." },
      },
    });
    const fetchMock = answering(comment);
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CommentActions comment={comment} canModerate canApprovePress={false} />, { me: makeMe() });

    const notice = screen.getByRole('alert', { name: "X cannot delete replies to the school's posts" });
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'hide the reply',
      'report it to X, and note the reference X gives you',
      'block the account',
      'ask the author to delete it',
    ]);
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Instead of deleting…' }));
    const dialog = await screen.findByRole('dialog', { name: 'What to do instead of deleting' });
    expect(within(dialog).getByText(/X does not let anyone delete replies to the school’s posts/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the steps taken' }));
    expect(within(dialog).getByText('Tick at least one step you have taken.')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('checkbox', { name: /I reported it to X/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /I blocked the account/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the steps taken' }));
    expect(within(dialog).getByText('Enter the reference X gave for your report.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByRole('textbox', { name: /X’s reference for the report/ }), 'XR-20931');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the steps taken' }));

    await vi.waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'What to do instead of deleting' })).not.toBeInTheDocument(),
    );
    expect(sentBodies(fetchMock)).toEqual([
      { action: 'record_manual', manualAction: 'report_platform', reference: 'XR-20931' },
      { action: 'record_manual', manualAction: 'block' },
    ]);
    expect(sentBodies(fetchMock)).not.toContainEqual(expect.objectContaining({ manualAction: 'delete' }));
  });

  it('shows the manual steps when the platform refuses to delete, and records the delete when done', async () => {
    const comment = makeCommentDetail({ platform: 'facebook' });
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { action: string };
      return body.action === 'delete'
        ? jsonResponse(
            200,
            makeActionResponse({
              outcome: 'manual_needed',
              message: 'The platform did not delete the comment (platform unavailable).',
              manualSteps: FACEBOOK_STEPS,
              comment,
            }),
          )
        : jsonResponse(200, makeActionResponse({ message: 'Recorded.', comment }));
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CommentActions comment={comment} canModerate canApprovePress={false} />, { me: makeMe() });

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this comment?' });
    expect(within(dialog).getByText('Schoolgate keeps the evidence first.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep evidence and delete' }));

    const panel = await screen.findByRole('region', { name: 'This needs doing by hand on the platform' });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((s) => s.textContent),
    ).toEqual(FACEBOOK_STEPS);
    expect(within(panel).getByRole('list').tagName).toBe('OL');

    await userEvent.click(within(panel).getByRole('button', { name: /I have done these steps/ }));
    await vi.waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'This needs doing by hand on the platform' }),
      ).not.toBeInTheDocument(),
    );
    expect(sentBodies(fetchMock)).toEqual([{ action: 'delete' }, { action: 'record_manual', manualAction: 'delete' }]);
  });

  it('asks for the platform’s reference when a report is recorded, and offers no delete on X', async () => {
    const comment = makeCommentDetail({ platform: 'x' });
    const fetchMock = answering(comment);
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CommentActions comment={comment} canModerate canApprovePress={false} />, { me: makeMe() });

    await userEvent.click(screen.getByRole('button', { name: 'Record a manual step' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a step done on the platform' });
    const select = within(dialog).getByRole('combobox', { name: 'What did you do on the platform?' });
    const offered = within(select)
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    expect(offered).not.toContain('delete');
    expect(offered).toContain('ask_to_delete');

    await userEvent.selectOptions(select, 'report_platform');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /report reference/ }), 'X-77');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the step' }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(sentBodies(fetchMock)).toEqual([
      { action: 'record_manual', manualAction: 'report_platform', reference: 'X-77' },
    ]);
  });

  it('starts a reply to a complaint from the template that points to the school’s complaints page', async () => {
    const comment = makeCommentDetail({ complaintsUrl: 'https://meadowbank.sch.uk/complaints' });
    const fetchMock = answering(comment);
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CommentActions comment={comment} canModerate canApprovePress={false} />, { me: makeMe() });

    await userEvent.click(screen.getByRole('button', { name: 'Reply' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reply to this comment' });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Start from a template' }),
      'Point to the complaints procedure',
    );
    const reply = within(dialog).getByRole('textbox', { name: /^Reply/ });
    expect((reply as HTMLTextAreaElement).value).toContain(
      'Please use our complaints procedure at https://meadowbank.sch.uk/complaints,',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send reply' }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(sentBodies(fetchMock)).toEqual([
      { action: 'reply', text: expect.stringContaining('https://meadowbank.sch.uk/complaints') },
    ]);
  });
  it('lets only someone who approves press replies close a journalist’s comment as responded', async () => {
    const base = makeCommentDetail({ needsResponse: true, respondedAt: null });
    const comment = makeCommentDetail({
      needsResponse: true,
      respondedAt: null,
      author: { ...base.author, isPress: true },
    });
    vi.stubGlobal('fetch', answering(comment));
    const { unmount } = renderWithApp(<CommentActions comment={comment} canModerate canApprovePress={false} />, {
      me: makeMe(),
    });
    expect(screen.getByRole('button', { name: 'Reply' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as responded' })).not.toBeInTheDocument();
    unmount();
    renderWithApp(<CommentActions comment={comment} canModerate canApprovePress />, { me: makeMe({ role: 'head' }) });
    expect(screen.getByRole('button', { name: 'Mark as responded' })).toBeInTheDocument();
  });
});
