import { List, Stack, Text, Title } from '@mantine/core';
import type { PublicationRestrictionChange } from '@schoolgate/contracts';
import { formatDate } from '../consent-labels';

interface RestrictionHistoryProps {
  pupilName: string;
  /** Earlier changes only, newest first: the one in force is shown above this list. */
  changes: PublicationRestrictionChange[];
}

/**
 * The reasons given before the one in force, for the head and the DSL team: part of the same recorded view as the
 * current reason, so it is shown only after they have asked for it.
 */
export function RestrictionHistory({ pupilName, changes }: RestrictionHistoryProps) {
  if (changes.length === 0) return null;
  return (
    <Stack gap={4} mt="sm">
      <Title order={4} fz="sm" id="restriction-history-heading">
        Earlier reasons
      </Title>
      <List spacing="xs" size="sm" aria-label={`Earlier do-not-publish reasons for ${pupilName}`}>
        {changes.map((change) => (
          <List.Item key={`${change.setAt}-${change.reason}`}>
            <Text size="sm" fw={500} span>
              {change.doNotPublish ? 'Put on the list' : 'Taken off the list'}:
            </Text>{' '}
            <Text size="sm" span>
              {change.reason}
            </Text>
            <Text size="xs" c="dimmed">
              Recorded by {change.setBy ?? 'Schoolgate'} on {formatDate(change.setAt)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
