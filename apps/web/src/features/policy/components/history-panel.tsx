import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ImportPolicyHistoryResponse, PolicyHistoryEntry } from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import {
  useDeletePolicyHistoryEntry,
  useImportPolicyHistory,
  usePolicyHistory,
  usePreviewPolicyHistory,
  useSavePolicyHistoryEntry,
} from '../api/policy-history';
import { formatIsoDate } from './version-labels';

const EMPTY = { version: '', date: '', author: '', reason: '' };
const EXAMPLE = 'Version,Date,Author,Reason\n0.1,12/03/2018,A Patel,First policy\n0.2,01/09/2019,J Smith,Annual review';

/**
 * The versions the school's policy had before Schoolgate, which open the "Version history" table at the end of the
 * document: listed for everyone, and for those who change the policy, added one at a time or pasted as CSV
 * (previewed, then confirmed), corrected and removed.
 */
export function HistoryPanel() {
  const me = useSession();
  const canEdit = can(me, 'update:policy');
  const history = usePolicyHistory();
  return (
    <Stack gap="md" component="section" aria-labelledby="history-title" mt="xl">
      <div>
        <Title order={2} id="history-title">
          Version history
        </Title>
        <Text c="dimmed" size="sm" maw={720}>
          Versions of the policy from before Schoolgate: they come first in the version history at the end of the
          document, before the versions approved here.
        </Text>
      </div>
      {history.isPending ? <CentredLoader label="Loading the version history" /> : null}
      <ErrorAlert error={history.error} title="The version history could not be loaded" />
      {history.data ? <HistoryTable rows={history.data.items} canEdit={canEdit} /> : null}
      {canEdit ? <ImportHistory /> : null}
    </Stack>
  );
}

function HistoryTable({ rows, canEdit }: { rows: readonly PolicyHistoryEntry[]; canEdit: boolean }) {
  const remove = useDeletePolicyHistoryEntry();
  const [editing, setEditing] = useState<PolicyHistoryEntry | null>(null);
  return (
    <Stack gap="md">
      {rows.length === 0 ? (
        <Text>No earlier versions have been added.</Text>
      ) : (
        <Table withTableBorder striped aria-label="Earlier versions" maw={960}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>Author</Table.Th>
              <Table.Th>Reason</Table.Th>
              {canEdit ? <Table.Th>Change</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{row.version}</Table.Td>
                <Table.Td>{formatIsoDate(row.date)}</Table.Td>
                <Table.Td>{row.author}</Table.Td>
                <Table.Td>{row.reason}</Table.Td>
                {canEdit ? (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => setEditing(row)}>
                        Edit<VisuallyHidden> version {row.version}</VisuallyHidden>
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={remove.isPending && remove.variables === row.id}
                        onClick={() =>
                          remove.mutate(row.id, {
                            onSuccess: () => notifications.show({ message: `Version ${row.version} removed.` }),
                          })
                        }
                        aria-label={`Remove version ${row.version}`}
                      >
                        Remove
                      </Button>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert error={remove.error} title="The row could not be removed" />
      {canEdit ? <EntryForm key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function EntryForm({ editing, onDone }: { editing: PolicyHistoryEntry | null; onDone: () => void }) {
  const save = useSavePolicyHistoryEntry();
  const [row, setRow] = useState(editing ? { ...editing } : EMPTY);
  const fieldError = (field: string) => (isApiError(save.error) ? save.error.fieldMessage(field) : undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { id: editing?.id ?? null, version: row.version, date: row.date, author: row.author, reason: row.reason },
      {
        onSuccess: (saved) => {
          notifications.show({ message: `Version ${saved.version} saved.`, color: 'green' });
          setRow(EMPTY);
          onDone();
        },
      },
    );
  };
  const input = (key: keyof typeof EMPTY) => ({
    value: row[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setRow({ ...row, [key]: event.currentTarget.value }),
    error: fieldError(key),
    required: true,
  });
  return (
    <Paper withBorder p="md" radius="md" maw={960}>
      <form
        onSubmit={submit}
        noValidate
        aria-label={editing ? `Edit version ${editing.version}` : 'Add an earlier version'}
      >
        <Stack gap="sm">
          <Text fw={600}>{editing ? `Edit version ${editing.version}` : 'Add an earlier version'}</Text>
          <ErrorAlert error={save.error} title="The version could not be saved" />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Version" placeholder="0.2" {...input('version')} />
            <TextInput label="Date" type="date" {...input('date')} />
            <TextInput label="Author" {...input('author')} />
          </SimpleGrid>
          <TextInput label="Reason for the version" {...input('reason')} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {editing ? 'Save changes' : 'Add version'}
            </Button>
            {editing ? (
              <Button variant="subtle" onClick={onDone}>
                Cancel
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ImportHistory() {
  const [csv, setCsv] = useState('');
  const preview = usePreviewPolicyHistory();
  const confirm = useImportPolicyHistory();
  const shown: ImportPolicyHistoryResponse | undefined = preview.data;
  const ready = shown && shown.errors.length === 0 && shown.rows.length > 0;
  return (
    <Paper withBorder p="md" radius="md" maw={960}>
      <Stack gap="sm">
        <Text fw={600}>Import earlier versions from a spreadsheet</Text>
        <Text size="sm">
          Copy the table from the old policy into a spreadsheet, save or copy it as CSV, and paste it here. The columns
          are Version, Date (2018-03-12 or 12/03/2018), Author and Reason.
        </Text>
        <Textarea
          label="Version history as CSV"
          placeholder={EXAMPLE}
          rows={6}
          value={csv}
          onChange={(event) => {
            setCsv(event.currentTarget.value);
            preview.reset();
          }}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Group>
          <Button
            variant="light"
            disabled={csv.trim() === ''}
            loading={preview.isPending}
            onClick={() => preview.mutate(csv)}
          >
            Preview
          </Button>
        </Group>
        <ErrorAlert error={preview.error} title="The CSV could not be read" />
        {shown ? (
          <Stack gap="sm" aria-live="polite">
            {shown.errors.length > 0 ? (
              <Alert color="red" variant="light" title="Some rows need correcting before anything is imported">
                <List size="sm">
                  {shown.errors.map((error) => (
                    <List.Item key={`${error.line}-${error.field ?? ''}`}>
                      Line {error.line}
                      {error.field ? `, ${error.field}` : ''}: {error.reason}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            {shown.rows.length > 0 ? (
              <Table withTableBorder aria-label="Versions to import">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Version</Table.Th>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Author</Table.Th>
                    <Table.Th>Reason</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.rows.map((row, index) => (
                    <Table.Tr key={index}>
                      <Table.Td>{row.version}</Table.Td>
                      <Table.Td>{formatIsoDate(row.date)}</Table.Td>
                      <Table.Td>{row.author}</Table.Td>
                      <Table.Td>{row.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
            <ErrorAlert error={confirm.error} title="Nothing was imported" />
            {ready ? (
              <Group>
                <Button
                  loading={confirm.isPending}
                  onClick={() =>
                    confirm.mutate(csv, {
                      onSuccess: (result) => {
                        notifications.show({
                          message: `${result.imported} earlier version${result.imported === 1 ? '' : 's'} imported.`,
                          color: 'green',
                        });
                        setCsv('');
                        preview.reset();
                      },
                    })
                  }
                >
                  Import {shown.rows.length} version{shown.rows.length === 1 ? '' : 's'}
                </Button>
              </Group>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
