// What a runner can do about one open take-down task (issue 11): remove the post through the platform's API where
// it allows (Facebook, X), seeing the last failure to try again, or follow the steps by hand where it does not
// (Instagram), then record it as done below.
import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { POSTS_API, TakedownList, type TakedownDto } from '@schoolgate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert';
import { apiClient } from '../../../lib/api-client';

const PLATFORM_NAMES: Record<string, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

export const platformName = (platform: string) => PLATFORM_NAMES[platform] ?? platform;

function useRemoveTakedown() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.post(POSTS_API.takedownRemove(id), TakedownList, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['posts'] }),
  });
}

export function TakedownActions({ task }: { task: TakedownDto }) {
  const remove = useRemoveTakedown();
  const name = platformName(task.platform);
  return (
    <Stack gap="xs">
      {task.permalink ? (
        <Anchor href={task.permalink} target="_blank" rel="noreferrer" size="sm">
          Open the post on {name}
        </Anchor>
      ) : null}
      {task.lastError ? (
        <Alert color="red" title={`${name} did not remove the post`} role="alert">
          {task.lastError} You can try again, or delete it by hand and record it below.
        </Alert>
      ) : null}
      {task.removal.viaApi ? (
        <div>
          <Button color="red" variant="light" loading={remove.isPending} onClick={() => remove.mutate(task.id)}>
            {task.lastError ? `Try removing from ${name} again` : `Remove from ${name}`}
          </Button>
        </div>
      ) : (
        <>
          {task.removal.note ? <Text size="sm">{task.removal.note}</Text> : null}
          <List type="ordered" size="sm" aria-label={`Steps to take the post down on ${name}`}>
            {task.removal.manualSteps.map((step) => (
              <List.Item key={step}>{step}</List.Item>
            ))}
          </List>
        </>
      )}
      <ErrorAlert error={remove.error} />
    </Stack>
  );
}
