import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ConversationDetail } from '@schoolgate/contracts';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { ConversationRoute } from './conversation-route';

afterEach(() => vi.unstubAllGlobals());

const waiting: ConversationDetail = {
  id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  platform: 'facebook',
  account: { id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', displayName: 'Meadowbank Primary School' },
  participant: { externalId: 'psid-1', name: 'Priya Lawson' },
  lastMessage: 'When are the school photos? My number is 07700 900123.',
  lastMessageAt: '2026-11-18T10:00:00.000Z',
  categories: ['personal_data'],
  flags: ['personal_data'],
  reviewState: 'to_review',
  responseDueAt: '2026-11-19T16:00:00.000Z',
  overdue: false,
  respondedAt: null,
  messages: [
    {
      id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      direction: 'in',
      text: 'When are the school photos? My number is 07700 900123.',
      sentAt: '2026-11-18T10:00:00.000Z',
      categories: ['personal_data'],
      sentBy: null,
    },
  ],
  canReply: true,
  replyNote: null,
};
const answered: ConversationDetail = {
  ...waiting,
  responseDueAt: null,
  respondedAt: '2026-11-18T11:00:00.000Z',
  reviewState: 'reviewed',
  messages: [
    ...waiting.messages,
    {
      id: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f',
      direction: 'out',
      text: 'Next Tuesday morning.',
      sentAt: '2026-11-18T11:00:00.000Z',
      categories: [],
      sentBy: 'Ali Admin',
    },
  ],
};

describe('ConversationRoute', () => {
  it('shows the thread and its flag in words, and sends an answer', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? jsonResponse(200, { outcome: 'sent', message: 'The answer was sent.', conversation: answered })
        : jsonResponse(200, waiting),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(
      <Routes>
        <Route path="/moderation/messages/:id" element={<ConversationRoute />} />
      </Routes>,
      {
        me: makeMe({ role: 'account_admin', permissions: ['read:comment', 'moderate:comment'] }),
        path: `/moderation/messages/${waiting.id}`,
      },
    );
    await screen.findByRole('heading', { level: 1, name: 'Private message from Priya Lawson' });
    expect(screen.getAllByText('Personal details').length).toBeGreaterThan(0);
    await userEvent.type(screen.getByRole('textbox', { name: /Your answer/ }), 'Next Tuesday morning.');
    await userEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(await screen.findByText('The answer was sent.')).toBeInTheDocument();
    expect(screen.getByText('Next Tuesday morning.')).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'POST');
    expect(JSON.parse(String((post![1] as RequestInit).body))).toEqual({ text: 'Next Tuesday morning.' });
  }, 30_000);
});
