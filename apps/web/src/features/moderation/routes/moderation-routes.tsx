// The moderation pages, each loaded when opened, handed to app/router.tsx as one list so the router needs a single line for them.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../app/lazy-page';

export const moderationRoutes: RouteObject[] = [
  { path: 'moderation', element: lazyPage(() => import('./queue-route'), 'QueueRoute') },
  { path: 'moderation/comments/:id', element: lazyPage(() => import('./comment-route'), 'CommentRoute') },
  { path: 'moderation/authors/:id', element: lazyPage(() => import('./author-route'), 'AuthorRoute') },
  { path: 'moderation/compliance', element: lazyPage(() => import('./compliance-route'), 'ComplianceRoute') },
  { path: 'moderation/messages', element: lazyPage(() => import('./messages-route'), 'MessagesRoute') },
  {
    path: 'moderation/messages/:id',
    element: lazyPage(() => import('./conversation-route'), 'ConversationRoute'),
  },
];
