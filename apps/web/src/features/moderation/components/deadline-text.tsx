import { Group, Text } from '@mantine/core';
import type { QueueItem } from '@schoolgate/contracts';
import { formatDeadline } from '../format-time';
import { WarningIcon } from './warning-icon';

interface DeadlineTextProps {
  needsResponse: boolean;
  responseDueAt: string | null;
  respondedAt: string | null;
  overdue: boolean;
  /** Hidden, deleted or removed by its author before an answer: closed without a reply, so no longer due. */
  platformState: string;
  /** A journalist's unanswered comment: held for the head (and the chair), hidden or not (004). */
  pressHold: QueueItem['pressHold'];
}

const HELD_FOR = { head: 'the head', head_and_chair: 'the head and the chair of governors' } as const;

/** The response deadline in UK time; an overdue one says "Overdue" in words and with an icon, as well as in red. */
export function DeadlineText({
  needsResponse,
  responseDueAt,
  respondedAt,
  overdue,
  platformState,
  pressHold,
}: DeadlineTextProps) {
  if (!needsResponse) {
    return (
      <Text size="sm" c="dimmed">
        No reply needed
      </Text>
    );
  }
  if (respondedAt) return <Text size="sm">Responded {formatDeadline(respondedAt)}</Text>;
  if (pressHold) {
    // A hidden press comment is not closed: the journalist still waits for an answer the head approves.
    return (
      <Text size="sm">
        Held for {HELD_FOR[pressHold]}: press contact
        {platformState === 'visible' && responseDueAt ? `, due ${formatDeadline(responseDueAt)}` : ''}
      </Text>
    );
  }
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
