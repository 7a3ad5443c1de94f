import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { StaffMember } from '@schoolgate/contracts';
import { ErrorAlert } from '../../../components/error-alert';
import { useDeactivateStaff } from '../api/staff';

interface DeactivateDialogProps {
  member: StaffMember | null;
  onClose: () => void;
}

export function DeactivateDialog({ member, onClose }: DeactivateDialogProps) {
  const deactivate = useDeactivateStaff();
  const close = () => {
    deactivate.reset();
    onClose();
  };
  const name = member ? `${member.firstName} ${member.lastName}` : '';
  return (
    <Modal opened={member !== null} onClose={close} title={`Deactivate ${name}?`}>
      <Stack gap="md">
        <Text>
          {name} will no longer be able to sign in or be named as an account runner. Their records and history are kept,
          and you can find them under &quot;Former staff&quot;.
        </Text>
        <ErrorAlert error={deactivate.error} title="They could not be deactivated" />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button
            color="red.9"
            loading={deactivate.isPending}
            onClick={() =>
              member &&
              deactivate.mutate(member.id, {
                onSuccess: () => {
                  notifications.show({ message: `${name} has been deactivated.`, color: 'green' });
                  close();
                },
              })
            }
          >
            Deactivate
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
