import { Badge, Button, Group, NativeSelect, Radio, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { HOLD_SUBJECT_KINDS, type HoldSubjectKind } from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { formatLondonDateTime } from '../../../lib/format';
import { useLegalHolds, useLiftHold, usePlaceHold, useSubjectSearch } from '../api/data-protection';
import { useFieldErrors } from '../../../lib/use-field-errors';

const KIND_LABELS: Record<HoldSubjectKind, string> = {
  author: 'A commenter',
  comment: 'A comment',
  concern: 'A concern',
};

const PAGE_NAMES: Record<Exclude<HoldSubjectKind, 'author'>, string> = { comment: 'comment', concern: 'concern' };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The record a pasted page address (".../moderation/comments/<id>", ".../concerns/<id>") points at: its last id.
 * Anything else is sent as typed, and the server names what is wrong with it.
 */
export function recordIdFrom(pasted: string): string {
  return pasted.match(UUID)?.at(-1) ?? pasted.trim();
}

/** The school's legal holds, current first, with placing and lifting. */
export function LegalHolds({ canEdit }: { canEdit: boolean }) {
  const holds = useLegalHolds();
  const place = usePlaceHold();
  const lift = useLiftHold();
  const [kind, setKind] = useState<HoldSubjectKind>('author');
  const [subjectId, setSubjectId] = useState('');
  const [reason, setReason] = useState('');
  // A commenter is found by name with the same search as subject requests; a comment or concern by its page address.
  const [q, setQ] = useState('');
  const authors = useSubjectSearch('author', kind === 'author' ? q : '');
  const { fieldError, markChanged } = useFieldErrors(place.error);
  const chooseKind = (next: HoldSubjectKind) => {
    setKind(next);
    setSubjectId('');
    setQ('');
    markChanged('subjectId');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    place.mutate(
      { subjectKind: kind, subjectId: kind === 'author' ? subjectId : recordIdFrom(subjectId), reason },
      {
        onSuccess: () => {
          setSubjectId('');
          setQ('');
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
              onChange={(e) => chooseKind(e.currentTarget.value as HoldSubjectKind)}
              data={HOLD_SUBJECT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
            />
            {kind === 'author' ? (
              <>
                <TextInput
                  label="Find the commenter"
                  description="Type at least two letters of their name or handle."
                  value={q}
                  onChange={(e) => {
                    setQ(e.currentTarget.value);
                    setSubjectId('');
                  }}
                  error={fieldError('subjectId')}
                  required
                />
                <ErrorAlert error={authors.error} title="The search did not work" />
                {authors.data ? (
                  authors.data.items.length === 0 ? (
                    <Text role="status">Nobody who commented matches “{q}”.</Text>
                  ) : (
                    <Radio.Group
                      label="Which commenter"
                      value={subjectId}
                      onChange={(id) => {
                        setSubjectId(id);
                        markChanged('subjectId');
                      }}
                    >
                      <Stack gap={6} mt="xs">
                        {authors.data.items.map((item) => (
                          <Radio key={item.id} value={item.id} label={`${item.label} (${item.detail})`} />
                        ))}
                      </Stack>
                    </Radio.Group>
                  )
                ) : null}
              </>
            ) : (
              <TextInput
                label={`The ${PAGE_NAMES[kind]}’s page address`}
                description={`Open the ${PAGE_NAMES[kind]} in Schoolgate and copy the address from the browser’s address bar.`}
                value={subjectId}
                onChange={(e) => {
                  setSubjectId(e.currentTarget.value);
                  markChanged('subjectId');
                }}
                error={fieldError('subjectId')}
                required
              />
            )}
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
