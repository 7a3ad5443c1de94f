import { Group, Text } from '@mantine/core';
import { formatDeadline } from '../format-time';
import { WarningIcon } from './warning-icon';

interface DeadlineTextProps {
  needsResponse: boolean;
  responseDueAt: string | null;
  respondedAt: string | null;
  overdue: boolean;
  /** Hidden, deleted or removed by its author before an answer: closed without a reply, so no longer due. */
  platformState: string;
}

/** The response deadline in UK time; an overdue one says "Overdue" in words and with an icon, as well as in red. */
export function DeadlineText({ needsResponse, responseDueAt, respondedAt, overdue, platformState }: DeadlineTextProps) {
  if (!needsResponse) {
    return (
      <Text size="sm" c="dimmed">
        No reply needed
      </Text>
    );
  }
  if (respondedAt) return <Text size="sm">Responded {formatDeadline(respondedAt)}</Text>;
  if (platformState !== 'visible') {
    return (
      <Text size="sm" c="dimmed">
        Closed without a reply
      </Text>
    );
  }
  if (!responseDueAt) return <Text size="sm">Reply needed</Text>;
  if (overdue) {
    return (
      <Group gap={4} wrap="nowrap" c="red.9">
        <WarningIcon />
        <Text size="sm" fw={700} c="red.9">
          Overdue: was due {formatDeadline(responseDueAt)}
        </Text>
      </Group>
    );
  }
  return <Text size="sm">Due {formatDeadline(responseDueAt)}</Text>;
}
