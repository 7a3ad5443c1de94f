import { z } from 'zod';
import { text } from './text.ts';

export const NotificationItem = z.object({
  id: z.uuid(),
  kind: text(),
  title: text(),
  body: text(),
  link: text().nullable(),
  createdAt: text(),
  read: z.boolean(),
});
export type NotificationItem = z.infer<typeof NotificationItem>;

export const NotificationListResponse = z.object({ items: z.array(NotificationItem), unread: z.number().int() });
export type NotificationListResponse = z.infer<typeof NotificationListResponse>;

export const MarkNotificationsReadRequest = z.object({
  /** The notifications to mark as read, or "all". */
  ids: z.union([z.array(z.uuid()).min(1).max(200), z.literal('all')]),
});
export type MarkNotificationsReadRequest = z.infer<typeof MarkNotificationsReadRequest>;
