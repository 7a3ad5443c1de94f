import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { HandoverTask } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useRunnerOptions } from '../api/accounts';
import { useCloseAccount, useHandovers, useNameRunner } from '../api/stewardship';
import { PLATFORM_LABELS } from './labels';
import { formatLondonDate } from '../../sign-in/components/london-date';

/** The open handover tasks (004), all of them or one account's: name a new runner or close the account. */
export function HandoverTasks({ accountId }: { accountId?: string }) {
  const handovers = useHandovers();
  const items = (handovers.data?.items ?? []).filter((h) => !accountId || h.accountId === accountId);
  if (items.length === 0) return null;
  return (
    <Stack gap="sm" mb="md">
      {items.map((task) => (
        <HandoverCard key={task.id} task={task} />
      ))}
    </Stack>
  );
}

function HandoverCard({ task }: { task: HandoverTask }) {
  const options = useRunnerOptions(task.mayResolve);
  const nameRunner = useNameRunner();
  const closeAccount = useCloseAccount();
  const [staffId, setStaffId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [closing, setClosing] = useState(false);
  const headingId = `handover-${task.id}`;
  const what = `${PLATFORM_LABELS[task.platform]}: ${task.handle}`;
  const fieldError = (error: unknown, field: string) => (isApiError(error) ? error.fieldMessage(field) : undefined);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} bg="orange.0">
      <Stack gap="xs">
        <Title order={3} fz="md" id={headingId}>
          Handover needed: {what}
        </Title>
        <Text size="sm">
          {task.leaver} has left and ran this account (since {formatLondonDate(task.openedAt)}). Name a new runner who
          has signed the policy and is trained, or close the account.
        </Text>
        {!task.mayResolve ? (
          <Alert variant="light" color="gray">
            The head or another runner of this account settles the handover.
          </Alert>
        ) : (
          <>
            <ErrorAlert error={nameRunner.error ?? closeAccount.error} />
            <Group align="flex-end">
              <Select
                label="New runner"
                placeholder="Choose a member of staff"
                searchable
                data={(options.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
                value={staffId}
                onChange={setStaffId}
                error={fieldError(nameRunner.error, 'staffId')}
                style={{ flex: 1 }}
              />
              <Button
                disabled={!staffId}
                loading={nameRunner.isPending}
                onClick={() =>
                  staffId &&
                  nameRunner.mutate(
                    { id: task.id, staffId },
                    { onSuccess: () => notifications.show({ color: 'green', message: `${what} has a new runner.` }) },
                  )
                }
              >
                Name runner
              </Button>
              {!closing ? (
                <Button variant="subtle" color="red" onClick={() => setClosing(true)}>
                  Close the account instead
                </Button>
              ) : null}
            </Group>
            {closing ? (
              <Group align="flex-end">
                <TextInput
                  label="Why the account is closing"
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  error={fieldError(closeAccount.error, 'reason')}
                  style={{ flex: 1 }}
                />
                <Button
                  color="red"
                  loading={closeAccount.isPending}
                  onClick={() => closeAccount.mutate({ id: task.id, reason })}
                >
                  Close the account
                </Button>
              </Group>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
