// The moderation pages, handed to app/router.tsx as one list so the router needs a single line for them.
import type { RouteObject } from 'react-router';
import { AuthorRoute } from './author-route';
import { CommentRoute } from './comment-route';
import { ComplianceRoute } from './compliance-route';
import { QueueRoute } from './queue-route';

export const moderationRoutes: RouteObject[] = [
  { path: 'moderation', element: <QueueRoute /> },
  { path: 'moderation/comments/:id', element: <CommentRoute /> },
  { path: 'moderation/authors/:id', element: <AuthorRoute /> },
  { path: 'moderation/compliance', element: <ComplianceRoute /> },
];
