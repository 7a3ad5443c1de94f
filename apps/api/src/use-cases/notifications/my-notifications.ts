// A person's own notifications. No permission rule: everyone may read and clear their own, and only those.
import { notificationsRepository } from '@schoolgate/db';
import type { MarkNotificationsReadRequest, NotificationListResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';

export async function listMyNotifications(ctx: AppContext, actor: Actor): Promise<NotificationListResponse> {
  const { items, unread } = await notificationsRepository.listForUser(ctx.db, actor.userId);
  return {
    unread,
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
  };
}

export async function markMyNotificationsRead(ctx: AppContext, actor: Actor, input: MarkNotificationsReadRequest) {
  await notificationsRepository.markRead(ctx.db, actor.userId, input.ids, ctx.now());
}
