import {
  Button,
  Code,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CredentialField, RevealedCredentials, SaveCredentialsRequest } from '@schoolgate/contracts';
import { REVEAL_REASON_MIN } from '@schoolgate/domain/shared';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useCredentials, useRevealCredentials, useSaveCredentials } from '../api/stewardship';
import { formatLondonDateTime } from '../../../lib/format';

const FIELD_LABELS: Record<CredentialField, string> = {
  username: 'Username',
  password: 'Password',
  recoveryCodes: 'Recovery codes',
  twoFactorSeed: 'Two-factor seed',
};

/** The account's own sign-in details (004): which are held, revealed only with a reason, changed by its runners. */
export function CredentialsCard({ accountId }: { accountId: string }) {
  const summary = useCredentials(accountId);
  const [revealing, setRevealing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState<RevealedCredentials | null>(null);
  const data = summary.data;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="credentials-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg" id="credentials-heading">
            Sign-in details
          </Title>
          {data?.mayReveal ? (
            <Group gap="xs">
              {shown ? (
                <Button variant="default" onClick={() => setShown(null)}>
                  Hide
                </Button>
              ) : (
                <Button disabled={data.stored.length === 0} onClick={() => setRevealing(true)}>
                  Reveal
                </Button>
              )}
              <Button variant="light" onClick={() => setEditing(true)}>
                Change
              </Button>
            </Group>
          ) : null}
        </Group>
        <ErrorAlert error={summary.error} />
        {data ? (
          <Text size="sm">
            {data.stored.length === 0
              ? 'No sign-in details are stored yet.'
              : `Stored: ${data.stored.map((f) => FIELD_LABELS[f].toLowerCase()).join(', ')}.`}{' '}
            {data.updatedAt
              ? `Last changed by ${data.updatedBy ?? 'someone'} on ${formatLondonDateTime(data.updatedAt)}.`
              : ''}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          Kept encrypted. Only this account’s runners and the head can see them, after giving a reason; every time they
          are seen is recorded in the audit log and the head is told.
        </Text>
        {shown ? (
          <Stack gap={4} aria-label="Revealed sign-in details">
            {(Object.keys(FIELD_LABELS) as CredentialField[])
              .filter((f) => shown[f] !== null)
              .map((f) => (
                <Group key={f} gap="xs" align="flex-start">
                  <Text size="sm" fw={600} w={140}>
                    {FIELD_LABELS[f]}
                  </Text>
                  <Code block style={{ flex: 1 }}>
                    {shown[f]}
                  </Code>
                </Group>
              ))}
          </Stack>
        ) : null}
      </Stack>
      <RevealDialog
        accountId={accountId}
        opened={revealing}
        onClose={() => setRevealing(false)}
        onRevealed={(values) => {
          setShown(values);
          setRevealing(false);
        }}
      />
      <EditDialog accountId={accountId} opened={editing} onClose={() => setEditing(false)} />
    </Paper>
  );
}

function RevealDialog(props: {
  accountId: string;
  opened: boolean;
  onClose: () => void;
  onRevealed: (values: RevealedCredentials) => void;
}) {
  const reveal = useRevealCredentials(props.accountId);
  const [reason, setReason] = useState('');
  const close = () => {
    reveal.reset();
    setReason('');
    props.onClose();
  };
  const fieldError = isApiError(reveal.error) ? reveal.error.fieldMessage('reason') : undefined;
  return (
    <Modal opened={props.opened} onClose={close} title="Why do you need the sign-in details?">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          reveal.mutate(reason, {
            onSuccess: (values) => {
              setReason('');
              props.onRevealed(values);
            },
          });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Your reason is kept in the audit log with your name, and the head is told that you looked.
          </Text>
          <Textarea
            label="Reason"
            description={`At least ${REVEAL_REASON_MIN} characters.`}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError}
            data-autofocus
          />
          {fieldError ? null : <ErrorAlert error={reveal.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={reveal.isPending}>
              Reveal
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EditDialog(props: { accountId: string; opened: boolean; onClose: () => void }) {
  const save = useSaveCredentials(props.accountId);
  const [values, setValues] = useState<Record<CredentialField, string>>({
    username: '',
    password: '',
    recoveryCodes: '',
    twoFactorSeed: '',
  });
  // The value is read in the handler: React runs the updater later, when the event's target is gone.
  const set = (f: CredentialField) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [f]: value }));
  };
  const close = () => {
    save.reset();
    setValues({ username: '', password: '', recoveryCodes: '', twoFactorSeed: '' });
    props.onClose();
  };
  return (
    <Modal opened={props.opened} onClose={close} title="Change the sign-in details" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Only what was typed is sent: a blank box keeps what is stored.
          const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')) as SaveCredentialsRequest;
          save.mutate(body, {
            onSuccess: () => {
              notifications.show({ color: 'green', message: 'The sign-in details were saved.' });
              close();
            },
          });
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Fill in only what has changed; a box left blank keeps what is stored.
          </Text>
          <TextInput label="Username" value={values.username} onChange={set('username')} autoComplete="off" />
          <PasswordInput
            label="Password"
            value={values.password}
            onChange={set('password')}
            autoComplete="new-password"
          />
          <Textarea label="Recovery codes" autosize value={values.recoveryCodes} onChange={set('recoveryCodes')} />
          <TextInput
            label="Two-factor seed"
            value={values.twoFactorSeed}
            onChange={set('twoFactorSeed')}
            autoComplete="off"
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
