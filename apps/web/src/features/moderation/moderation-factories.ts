// Builders for moderation API answers in component tests, so each test states only what matters to it.
import type { CommentActionResponse, CommentDetail, QueueItem, QueueResponse } from '@schoolgate/contracts';

export const ACCOUNT = {
  id: '7a0d1c8e-5b5f-4c1e-9d59-1f2a3b4c5d01',
  handle: 'meadowbankprimary',
  displayName: 'Meadowbank Primary School',
};

export function makeQueueItem(overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    id: '9b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a01',
    platform: 'facebook',
    account: ACCOUNT,
    author: { id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e01', name: 'Pat Jones', handle: null, isPress: false },
    text: 'When does the summer fair start?',
    postedAt: '2025-06-02T08:00:00.000Z',
    receivedAt: '2025-06-02T08:00:02.000Z',
    labels: [],
    severity: 0,
    decision: 'leave',
    decisionReason: 'No category reached the school’s thresholds.',
    platformState: 'visible',
    reviewState: 'to_review',
    needsResponse: false,
    responseDueAt: null,
    respondedAt: null,
    overdue: false,
    pressHold: null,
    ...overrides,
  };
}

export function makeQueue(items: QueueItem[]): QueueResponse {
  return {
    items,
    total: items.length,
    totalIsLowerBound: false,
    page: 1,
    pageSize: 50,
    accounts: [{ ...ACCOUNT, platform: 'facebook' }],
  };
}

export function makeCommentDetail(overrides: Partial<CommentDetail> = {}): CommentDetail {
  return {
    ...makeQueueItem(),
    post: {
      externalId: '1234567890_111',
      text: 'Our summer fair is on Saturday 21 June, from 12 until 3.',
      permalink: 'https://www.facebook.com/1234567890/posts/111',
    },
    complaintsUrl: null,
    publicReportUrl: null,
    revisions: [],
    actions: [],
    evidence: [],
    authorHistory: [],
    capabilities: {
      hide: { viaApi: true, manualSteps: [] },
      delete: { viaApi: true, manualSteps: [] },
      reply: { viaApi: true, manualSteps: [] },
    },
    pendingPressReply: null,
    ...overrides,
  };
}

export function makeActionResponse(overrides: Partial<CommentActionResponse> = {}): CommentActionResponse {
  return { outcome: 'done', message: 'Done.', manualSteps: [], comment: makeCommentDetail(), ...overrides };
}
