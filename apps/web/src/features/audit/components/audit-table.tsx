import { Code, Table, Text } from '@mantine/core';
import type { AuditEntry } from '@schoolgate/contracts';
import { formatLondonDateTime } from '../../../lib/format';
import { actionLabel, recordLabel } from '../action-labels';
import { ScrollTable } from '../../../components/scroll-table';

export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  return (
    <ScrollTable label={caption} minWidth={760}>
      <Table striped verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Entry</Table.Th>
            <Table.Th scope="col">Time (UK)</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Record</Table.Th>
            <Table.Th scope="col">From address</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{entry.seq}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.occurredAt}>{formatLondonDateTime(entry.occurredAt)}</time>
              </Table.Td>
              <Table.Td>{entry.actor.name ?? 'Schoolgate (automatic)'}</Table.Td>
              <Table.Td>
                {actionLabel(entry.action)}
                {actionLabel(entry.action) !== entry.action ? (
                  <Text size="xs" c="dimmed">
                    {entry.action}
                  </Text>
                ) : null}
                {/* A reason given for the action (revealing an account's sign-in details) is part of the record. */}
                {typeof entry.details.reason === 'string' ? (
                  <Text size="xs">Reason: {entry.details.reason}</Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {recordLabel(entry.entityType)}
                {entry.entityId ? (
                  <Text size="xs" c="dimmed" title={entry.entityId}>
                    <Code c="inherit" bg="transparent" p={0}>
                      {entry.entityId.slice(0, 8)}
                    </Code>
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{entry.actor.address ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
