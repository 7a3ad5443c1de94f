import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { HOLD_SUBJECT_KINDS, type HoldSubjectKind } from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { formatLondonDateTime } from '../../../lib/format';
import { useLegalHolds, useLiftHold, usePlaceHold } from '../api/data-protection';
import { useFieldErrors } from '../../../lib/use-field-errors';

const KIND_LABELS: Record<HoldSubjectKind, string> = {
  author: 'A commenter',
  comment: 'A comment',
  concern: 'A concern',
};

/** The school's legal holds, current first, with placing and lifting. */
export function LegalHolds({ canEdit }: { canEdit: boolean }) {
  const holds = useLegalHolds();
  const place = usePlaceHold();
  const lift = useLiftHold();
  const [kind, setKind] = useState<HoldSubjectKind>('author');
  const [subjectId, setSubjectId] = useState('');
  const [reason, setReason] = useState('');
  const { fieldError, markChanged } = useFieldErrors(place.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    place.mutate(
      { subjectKind: kind, subjectId: subjectId.trim(), reason },
      {
        onSuccess: () => {
          setSubjectId('');
          setReason('');
          notifications.show({ message: 'The legal hold is in place.', color: 'green' });
        },
      },
    );
  };

  return (
    <Stack gap="md">
      {holds.isPending ? <CentredLoader label="Loading legal holds" /> : null}
      <ErrorAlert error={holds.error} title="The legal holds could not be loaded" />
      <ErrorAlert error={lift.error} title="The hold could not be lifted" />
      {holds.data ? (
        holds.data.items.length === 0 ? (
          <Text role="status">No record is on legal hold.</Text>
        ) : (
          <Table withTableBorder>
            <Table.Caption>Records on legal hold are kept by the retention job and cannot be erased.</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Record</Table.Th>
                <Table.Th scope="col">Why</Table.Th>
                <Table.Th scope="col">Placed</Table.Th>
                <Table.Th scope="col">State</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {holds.data.items.map((hold) => (
                <Table.Tr key={hold.id}>
                  <Table.Td>{hold.subjectLabel}</Table.Td>
                  <Table.Td>{hold.reason}</Table.Td>
                  <Table.Td>
                    {formatLondonDateTime(hold.placedAt)}
                    {hold.placedBy ? ` by ${hold.placedBy}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {hold.liftedAt ? (
                      <Badge color="gray" variant="light">
                        Lifted {formatLondonDateTime(hold.liftedAt)}
                      </Badge>
                    ) : canEdit ? (
                      <Button
                        size="xs"
                        variant="default"
                        loading={lift.isPending && lift.variables === hold.id}
                        onClick={() => lift.mutate(hold.id)}
                        aria-label={`Lift the hold on ${hold.subjectLabel}`}
                      >
                        Lift hold
                      </Button>
                    ) : (
                      <Badge variant="light">In place</Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : null}
      {canEdit ? (
        <form onSubmit={submit} aria-label="Place a legal hold" noValidate>
          <Stack gap="sm" maw={560}>
            <ErrorAlert error={place.error} title="The hold could not be placed" />
            <NativeSelect
              label="What to hold"
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as HoldSubjectKind)}
              data={HOLD_SUBJECT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
            />
            <TextInput
              label="Its id"
              description="The last part of the comment’s or concern’s page address, or a commenter’s id from the requests search above."
              value={subjectId}
              onChange={(e) => {
                setSubjectId(e.currentTarget.value);
                markChanged('subjectId');
              }}
              error={fieldError('subjectId')}
              required
            />
            <Textarea
              label="Why it is held"
              description="A claim, an investigation, a request from the police: say which."
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                markChanged('reason');
              }}
              error={fieldError('reason')}
              autosize
              minRows={2}
              required
            />
            <Group>
              <Button type="submit" loading={place.isPending}>
                Place legal hold
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
