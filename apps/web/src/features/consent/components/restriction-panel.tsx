import { Alert, Button, Group, Paper, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useSetRestriction, useShowRestrictionReason } from '../api/consent';
import { formatDate } from '../consent-labels';
import { RestrictionHistory } from './restriction-history';

interface RestrictionPanelProps {
  pupilId: string;
  pupilName: string;
  doNotPublish: boolean;
  canRead: boolean;
  canUpdate: boolean;
}

/**
 * The do-not-publish list for the head and the DSL team: the reason, and the reasons given before it, stay hidden
 * until they ask for them, because each view is recorded; setting or clearing the flag always needs a reason.
 */
export function RestrictionPanel({ pupilId, pupilName, doNotPublish, canRead, canUpdate }: RestrictionPanelProps) {
  const reason = useShowRestrictionReason(pupilId);
  const save = useSetRestriction(pupilId);
  const [flag, setFlag] = useState(doNotPublish);
  const [newReason, setNewReason] = useState('');
  const [missing, setMissing] = useState<string | undefined>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (newReason.trim() === '') {
      setMissing('Give the reason.');
      return;
    }
    setMissing(undefined);
    save.mutate(
      { doNotPublish: flag, reason: newReason.trim() },
      {
        onSuccess: (answer) => {
          setNewReason('');
          reason.reset();
          notifications.show({
            color: 'green',
            message: answer.doNotPublish
              ? `${pupilName} is on the do-not-publish list.`
              : `${pupilName} has been taken off the do-not-publish list.`,
          });
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="restriction-heading">
      <Stack gap="sm">
        <Title order={3} fz="lg" id="restriction-heading">
          Do-not-publish list
        </Title>
        <Text size="sm">
          {doNotPublish
            ? `${pupilName} is on the do-not-publish list: no photo or name may be published, whatever the consents say.`
            : `${pupilName} is not on the do-not-publish list.`}
        </Text>
        {canRead ? (
          <>
            <Text size="sm" c="dimmed">
              Only the headteacher and the DSL team can see the reason and the reasons given before it. Each time it is
              shown, your name and the time are recorded in the audit trail.
            </Text>
            {reason.data ? (
              <Alert color="gray" variant="light" title="Reason" role="status">
                <Text size="sm">{reason.data.reason ?? 'No reason has been recorded (set by the MIS import).'}</Text>
                {reason.data.setAt ? (
                  <Text size="xs" c="dimmed" mt={4}>
                    Recorded by {reason.data.setBy ?? 'Schoolgate'} on {formatDate(reason.data.setAt)}
                  </Text>
                ) : null}
                <RestrictionHistory pupilName={pupilName} changes={(reason.data.history ?? []).slice(1)} />
              </Alert>
            ) : (
              <Group>
                <Button variant="default" loading={reason.isPending} onClick={() => reason.mutate()}>
                  Show reason
                </Button>
              </Group>
            )}
            <ErrorAlert error={reason.error} title="The reason could not be shown" />
          </>
        ) : null}
        {canUpdate ? (
          <form onSubmit={submit} noValidate aria-label="Change the do-not-publish flag">
            <Stack gap="sm">
              <ErrorAlert error={save.error} title="The change was not saved" />
              <Switch
                label="On the do-not-publish list"
                checked={flag}
                onChange={(e) => setFlag(e.currentTarget.checked)}
              />
              <Textarea
                label={flag ? 'Reason for the restriction' : 'Reason for clearing it'}
                description="Write it in general terms; it is seen only by the headteacher and the DSL team."
                required
                rows={3}
                maxLength={1000}
                value={newReason}
                onChange={(e) => setNewReason(e.currentTarget.value)}
                error={missing ?? (isApiError(save.error) ? save.error.fieldMessage('reason') : undefined)}
              />
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  Save
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
