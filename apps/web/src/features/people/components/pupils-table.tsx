import { Table, Text } from '@mantine/core';
import type { Pupil } from '@schoolgate/contracts';
import { yearGroupLabel } from '../year-groups';
import { StatusBadge } from './status-badge';
import { ScrollTable } from '../../../components/scroll-table';

export function PupilsTable({ pupils, caption }: { pupils: Pupil[]; caption: string }) {
  return (
    <ScrollTable label={caption} minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Year group</Table.Th>
            <Table.Th scope="col">Class</Table.Th>
            <Table.Th scope="col">MIS ID</Table.Th>
            <Table.Th scope="col">Publishing</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pupils.map((pupil) => (
            <Table.Tr key={pupil.id}>
              <Table.Th scope="row" fw={600}>
                {pupil.firstName} {pupil.lastName}
                {pupil.preferredName && pupil.preferredName !== pupil.firstName ? (
                  <Text size="xs" c="dimmed" fw={400}>
                    Known as {pupil.preferredName}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>{yearGroupLabel(pupil.yearGroup)}</Table.Td>
              <Table.Td>{pupil.className ?? '–'}</Table.Td>
              <Table.Td>{pupil.misId}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {pupil.doNotPublish ? <StatusBadge kind="doNotPublish" /> : '–'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
