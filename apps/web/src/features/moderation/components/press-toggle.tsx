import { Stack, Switch, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/error-alert';
import { useSetAuthorPress } from '../api/moderation';

interface PressToggleProps {
  authorId: string;
  isPress: boolean;
  canChange: boolean;
}

/** 004: journalists' contact goes to the head before any reply; marking an author as press turns that on. */
export function PressToggle({ authorId, isPress, canChange }: PressToggleProps) {
  const setPress = useSetAuthorPress(authorId);
  if (!canChange) {
    return (
      <Text size="sm">
        {isPress ? 'Marked as press: replies wait for the head’s approval.' : 'Not marked as press.'}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Switch
        label="This author is a journalist (press)"
        description="Replies to them will wait for the headteacher's approval before they are sent."
        checked={setPress.isPending && setPress.variables !== undefined ? setPress.variables : isPress}
        disabled={setPress.isPending}
        onChange={(e) => setPress.mutate(e.currentTarget.checked)}
      />
      <ErrorAlert error={setPress.error} title="The press marking was not changed" />
    </Stack>
  );
}
