import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PolicyVersionSummary } from '@schoolgate/contracts';
import { ErrorAlert } from '../../../components/error-alert';
import { usePublishPolicyVersion } from '../api/policy';

interface PublishDialogProps {
  version: PolicyVersionSummary | null;
  /** The version in force now, which publishing replaces. */
  current: PolicyVersionSummary | null;
  onClose: () => void;
}

/** Says plainly what publishing changes before it happens. */
export function PublishDialog({ version, current, onClose }: PublishDialogProps) {
  const publish = usePublishPolicyVersion();
  const close = () => {
    publish.reset();
    onClose();
  };
  return (
    <Modal opened={version !== null} onClose={close} title={`Publish version ${version?.number ?? ''}?`}>
      <Stack gap="md">
        <Text>When you publish version {version?.number}:</Text>
        <List spacing={4}>
          <List.Item>
            Schoolgate starts applying its settings at once: response deadlines, comment handling, post checks and the
            rest.
          </List.Item>
          <List.Item>
            {current
              ? `Version ${current.number}, in force now, is marked as superseded.`
              : 'It becomes the first policy in force at this school.'}
          </List.Item>
          <List.Item>Staff are asked to sign the Statement of Acceptance for this version.</List.Item>
          <List.Item>The head and governors are reminded before its review date.</List.Item>
        </List>
        <ErrorAlert error={publish.error} title="The version could not be published" />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button
            loading={publish.isPending}
            onClick={() =>
              version &&
              publish.mutate(version.id, {
                onSuccess: () => {
                  notifications.show({ message: `Version ${version.number} is now in force.`, color: 'green' });
                  close();
                },
              })
            }
          >
            Publish version {version?.number}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
