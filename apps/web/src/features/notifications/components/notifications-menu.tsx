// The bell in the header: reminders (policy review, training, consent), escalations (overdue comments) and
// requests (a reply to a journalist waiting for the head). Unread ones are counted on the button in words as well
// as the badge (the words are visually hidden but part of the button's name, which starts with what it shows).
import { Badge, Button, Group, Popover, ScrollArea, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { NotificationItem } from '@schoolgate/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatLondonDateTime } from '../../../lib/format';
import { useMarkNotificationsRead, useNotifications } from '../api/notifications';

function Entry({ item, onOpen }: { item: NotificationItem; onOpen: (item: NotificationItem) => void }) {
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      p="xs"
      style={{ borderRadius: 6, background: item.read ? undefined : 'var(--mantine-color-blue-0)' }}
    >
      <Text size="sm" fw={item.read ? 500 : 700}>
        {item.read ? null : <VisuallyHidden>Unread: </VisuallyHidden>}
        {item.title}
      </Text>
      <Text size="sm">{item.body}</Text>
      <Text size="xs" c="dimmed">
        {formatLondonDateTime(item.createdAt)}
      </Text>
    </UnstyledButton>
  );
}

export function NotificationsMenu() {
  const [opened, setOpened] = useState(false);
  const list = useNotifications();
  const markRead = useMarkNotificationsRead();
  const navigate = useNavigate();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const open = (item: NotificationItem) => {
    if (!item.read) markRead.mutate([item.id]);
    setOpened(false);
    if (item.link) navigate(item.link);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={380}
      shadow="md"
      trapFocus
      hideDetached={false}
    >
      <Popover.Target>
        <Button
          variant="default"
          size="sm"
          px={{ base: 'xs', sm: 'md' }}
          onClick={() => setOpened((o) => !o)}
          rightSection={
            unread ? (
              <Badge size="sm" color="red.9" circle>
                {unread}
                <VisuallyHidden> unread</VisuallyHidden>
              </Badge>
            ) : undefined
          }
        >
          Notifications
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label="Notifications">
        <Group justify="space-between" mb="xs">
          <Text fw={700}>Notifications</Text>
          {unread ? (
            <Button variant="subtle" size="xs" loading={markRead.isPending} onClick={() => markRead.mutate('all')}>
              Mark all as read
            </Button>
          ) : null}
        </Group>
        {items.length === 0 ? (
          <Text size="sm">Nothing yet. Reminders and requests for you will appear here.</Text>
        ) : (
          <ScrollArea.Autosize mah={420}>
            <Stack gap={4}>
              {items.map((item) => (
                <Entry key={item.id} item={item} onOpen={open} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
