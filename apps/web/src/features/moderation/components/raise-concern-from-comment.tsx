// Issue 12: from the comment page, one step to a concern (the comment and its evidence pack go with it), and a notice
// when the comment's labels alerted the safeguarding team on arrival.
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { safeguardingAlertFor, type CommentCategory } from '@schoolgate/domain/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useConcernFromComment } from '../../concerns/api/concerns';
import { TYPE_LABELS } from '../../concerns/concern-labels';

interface Props {
  commentId: string;
  labels: ReadonlyArray<{ category: string; namesPupil?: boolean | undefined }>;
  canRaise: boolean;
}

export function alertedSafeguarding(labels: Props['labels']): boolean {
  return safeguardingAlertFor(labels.map((l) => ({ ...l, category: l.category as CommentCategory }))).alert;
}

export function RaiseConcernFromComment({ commentId, labels, canRaise }: Props) {
  const alerted = alertedSafeguarding(labels);
  const [opened, { open, close }] = useDisclosure(false);
  const [type, setType] = useState<string>('parent_post');
  const [urgency, setUrgency] = useState<string>(alerted ? 'urgent' : 'routine');
  const [whatHappened, setWhatHappened] = useState('');
  const raise = useConcernFromComment();
  const raised = raise.data;
  return (
    <Stack gap="sm">
      {alerted && (
        <Alert color="red" title="This comment alerted the safeguarding team">
          The DSL, the deputy DSLs and the head were told when it arrived. Raise a concern if it needs one.
        </Alert>
      )}
      {raised ? (
        <Alert color="green" title={`Concern ${raised.reference} raised`}>
          <Anchor component={Link} to={`/concerns/${raised.id}`}>
            Open concern {raised.reference}
          </Anchor>
        </Alert>
      ) : (
        canRaise && (
          <Group>
            <Button color="red" variant="light" onClick={open}>
              Raise a concern
            </Button>
          </Group>
        )
      )}
      <Modal opened={opened} onClose={close} title="Raise a concern about this comment">
        <Stack gap="sm">
          <Text size="sm">The comment, its author and its evidence go to the safeguarding team with the concern.</Text>
          <Select
            label="What is it about"
            data={['parent_post', 'cyberbullying', 'harassment', 'inappropriate_content', 'other'].map((v) => ({
              value: v,
              label: TYPE_LABELS[v] ?? v,
            }))}
            value={type}
            onChange={(v) => setType(v ?? 'parent_post')}
            allowDeselect={false}
          />
          <Select
            label="How urgent"
            data={[
              { value: 'routine', label: 'Routine' },
              { value: 'urgent', label: 'Urgent: someone may be at risk now' },
            ]}
            value={urgency}
            onChange={(v) => setUrgency(v ?? 'routine')}
            allowDeselect={false}
          />
          <Textarea
            label="What happened"
            description="Optional: leave it empty and the concern says which comment it came from."
            value={whatHappened}
            onChange={(e) => setWhatHappened(e.currentTarget.value)}
            rows={3}
          />
          {raise.isError && <ErrorAlert error={raise.error} title="The concern was not raised" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={raise.isPending}
              onClick={() =>
                raise.mutate(
                  {
                    commentId,
                    type: type as 'parent_post',
                    urgency: urgency as 'routine',
                    whatHappened: whatHappened.trim(),
                  },
                  { onSuccess: close },
                )
              }
            >
              Raise the concern
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
