// Every school of the trust in one table, worst first, each judged red, amber or green against its policy.
import { Table } from '@mantine/core';
import type { TrustSchoolRow } from '@schoolgate/contracts';
import { RagBadge } from './rag-badge';
import { ScrollTable } from '../../../components/scroll-table';

const pct = (value: number | null) => (value === null ? 'Nothing to count' : `${value}%`);

export function TrustTable({ schools, caption }: { schools: readonly TrustSchoolRow[]; caption: string }) {
  return (
    <ScrollTable label={caption} minWidth={760}>
      <Table striped captionSide="top" verticalSpacing="xs">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">School</Table.Th>
            <Table.Th scope="col">Overall</Table.Th>
            <Table.Th scope="col" ta="right">
              Replies on time
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Overdue now
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Staff signed
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Staff trained
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Accounts short of runners
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Concerns raised
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schools.map((s) => (
            <Table.Tr key={s.schoolId}>
              <Table.Th scope="row" fw={500}>
                {s.name}
              </Table.Th>
              <Table.Td>
                <RagBadge rag={s.rag.overall} />
              </Table.Td>
              <Table.Td ta="right">{pct(s.onTimePercent)}</Table.Td>
              <Table.Td ta="right">{s.stillOverdue}</Table.Td>
              <Table.Td ta="right">{pct(s.acceptancePercent)}</Table.Td>
              <Table.Td ta="right">{pct(s.trainingPercent)}</Table.Td>
              <Table.Td ta="right">{s.accountsShort}</Table.Td>
              <Table.Td ta="right">{s.concernsRaised}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
