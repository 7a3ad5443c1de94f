import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PolicyVersionSummary } from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useApprovePolicyVersion } from '../api/policy';

interface ApproveDialogProps {
  version: PolicyVersionSummary | null;
  onClose: () => void;
}

/** Records the governors' decision: the meeting date, the minute reference and who approved it. */
export function ApproveDialog({ version, onClose }: ApproveDialogProps) {
  const approve = useApprovePolicyVersion();
  const [approvedOn, setApprovedOn] = useState('');
  const [minuteRef, setMinuteRef] = useState('');
  const [approverName, setApproverName] = useState('');
  const fieldError = (field: string) => (isApiError(approve.error) ? approve.error.fieldMessage(field) : undefined);
  const close = () => {
    approve.reset();
    setApprovedOn('');
    setMinuteRef('');
    setApproverName('');
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!version) return;
    approve.mutate(
      { id: version.id, approvedOn, minuteRef, approverName },
      {
        onSuccess: () => {
          notifications.show({ message: `Approval of version ${version.number} recorded.`, color: 'green' });
          close();
        },
      },
    );
  };
  return (
    <Modal
      opened={version !== null}
      onClose={close}
      title={`Record the governors' approval of version ${version?.number ?? ''}`}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Enter the details from the minutes of the meeting that approved this version. The next review date is
            counted from the meeting date.
          </Text>
          <ErrorAlert error={approve.error} title="The approval could not be recorded" />
          <TextInput
            label="Date of the meeting"
            type="date"
            required
            value={approvedOn}
            onChange={(e) => setApprovedOn(e.currentTarget.value)}
            error={fieldError('approvedOn')}
            data-autofocus
          />
          <TextInput
            label="Minute reference"
            description="As written in the minutes, for example FGB 2026/03 item 7."
            required
            value={minuteRef}
            onChange={(e) => setMinuteRef(e.currentTarget.value)}
            error={fieldError('minuteRef')}
          />
          <TextInput
            label="Approved by"
            description="The name of the chair or the governor who approved it for the board."
            required
            value={approverName}
            onChange={(e) => setApproverName(e.currentTarget.value)}
            error={fieldError('approverName')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={approve.isPending}>
              Record approval
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
